// Lints the page's ES modules; the web project's build runs it (npm run check) and fails on an error.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['wwwroot/lib/**', '**/bin/**', '**/obj/**', 'artifacts/**', 'TestResults/**', 'node_modules/**'] },
  js.configs.recommended,
  {
    files: ['wwwroot/js/**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser } },
    rules: {
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-implicit-globals': 'error',
      'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // One way of building DOM (dom.js): text is set as text, never parsed as HTML.
      'no-restricted-syntax': ['error',
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Build DOM with h()/svg() from dom.js; never parse strings as HTML.' },
        { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]", message: 'Build DOM with h()/svg() from dom.js; never parse strings as HTML.' }],
    },
  },
  {
    files: ['*.mjs', 'src/**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
];
