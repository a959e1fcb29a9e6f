// The console's editor: CodeMirror 6 with Neo4j's Cypher language support (highlighting, and
// completion of the graph's labels, relationship types, property keys and categories). Errors are
// the server's (the engine that runs the query decides), marked where its message says they are.
import { cypherEditor, StateEffect, StateField, Decoration, EditorView } from '../lib/vendor.js';
import { pageNonce } from './page-nonce.js';

const POSITION = /line (\d+), column (\d+)(?: \(offset: (\d+)\))?/;

// The console's own commands, offered where a line starts with ':'.
const COMMANDS = [
  { name: ':param', description: 'Set one parameter: :param name => value' },
  { name: ':params', description: 'Set every parameter from JSON, or :params clear' },
];

/** @typedef {{ labels: string[], relationshipTypes: string[], categories: string[], propertyKeys: string[] }} GraphSchema */
/** @typedef {{ from: number, to: number, message: string } | null} ErrorMark */

// The server's error is kept in a field of its own: the package's built-in linter (which drives the
// highlighting) replaces the lint diagnostics shortly after each edit, and would wipe the mark.
const setErrorMark = /** @type {import('@codemirror/state').StateEffectType<ErrorMark>} */ (StateEffect.define());
const errorMarks = StateField.define({
  create: () => Decoration.none,
  update(marks, transaction) {
    // An edit takes the mark away: the text it pointed at has changed.
    let next = transaction.docChanged ? Decoration.none : marks;
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorMark)) continue;
      const mark = /** @type {ErrorMark} */ (effect.value);
      next = mark
        ? Decoration.set([Decoration.mark({ class: 'cm-error-mark', attributes: { title: mark.message } }).range(mark.from, mark.to)])
        : Decoration.none;
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export class CypherEditor {
  #api;
  /** @type {GraphSchema} */
  #schema = { labels: [], relationshipTypes: [], categories: [], propertyKeys: [] };
  /** @type {string[]} */
  #parameters = [];

  /**
   * @param {HTMLElement} parent
   * @param {string} value
   * @param {() => void} run called on Ctrl+Enter (or Cmd+Enter)
   */
  constructor(parent, value, run) {
    this.#api = cypherEditor(parent, {
      value,
      lineNumbers: true,
      lineWrapping: true,
      // The server's parser decides what is valid (it knows Neo4j 5's forms); its errors are marked below.
      lint: false,
      autocomplete: true,
      autofocus: false,
      theme: 'light',
      placeholder: 'MATCH (p:Person)-[:MEMBER_OF]->(party) RETURN p, party',
      // CodeMirror mounts its styles as <style> elements; the page's policy takes them with its nonce.
      postExtensions: [errorMarks, EditorView.cspNonce.of(pageNonce())],
    });
    this.#api.onKeyDown((event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        run();
      }
    });
  }

  get value() { return this.#api.codemirror.state.doc.toString(); }

  set value(text) { this.#api.setValue(text); }

  focus() { this.#api.focus(); }

  /**
   * Completion from the graph: categories complete where property values and keys are written.
   * @param {GraphSchema} schema
   */
  setSchema(schema) {
    this.#schema = schema;
    this.#completeFrom();
  }

  /**
   * The parameters set now, completed after '$'.
   * @param {string[]} names
   */
  setParameters(names) {
    this.#parameters = names;
    this.#completeFrom();
  }

  #completeFrom() {
    const schema = this.#schema;
    this.#api.setSchema({
      labels: schema.labels,
      relationshipTypes: schema.relationshipTypes,
      propertyKeys: [...schema.propertyKeys, ...schema.categories.map((c) => `category: '${c}'`)],
      parameters: this.#parameters,
      consoleCommands: COMMANDS,
    });
  }

  /**
   * Marks the error's position (from `line L, column C (offset: O)` in its message), if it has one:
   * the word that starts there, or one character.
   * @param {string} message
   * @returns {{ line: number, column: number } | null} where it was marked
   */
  markError(message) {
    const match = POSITION.exec(message);
    if (!match) return null;
    const line = Number(match[1]);
    const column = Number(match[2]);
    const view = this.#api.codemirror;
    const doc = view.state.doc;
    const from = match[3] !== undefined
      ? Math.min(Number(match[3]), doc.length)
      : Math.min(doc.line(Math.min(Math.max(1, line), doc.lines)).from + column - 1, doc.length);
    const word = /^[^\s(){}[\],;]+/.exec(doc.sliceString(from, Math.min(doc.length, from + 80)));
    const to = Math.min(doc.length, from + Math.max(1, word ? word[0].length : 1));
    if (to > from) view.dispatch({ effects: setErrorMark.of({ from, to, message }) });
    return { line, column };
  }

  clearError() {
    this.#api.codemirror.dispatch({ effects: setErrorMark.of(null) });
  }
}
