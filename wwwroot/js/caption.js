// Story captions arrive as HTML that the server rendered from Markdown and sanitised. The page does
// not trust that either: it reads the HTML inert (DOMParser runs no script and loads nothing) and
// rebuilds only paragraphs, emphasis, lists, code and http(s) links with dom.js, as text.
import { h } from './dom.js';

const KEPT = new Set(['P', 'EM', 'STRONG', 'UL', 'OL', 'LI', 'CODE', 'BR', 'A']);

/**
 * The caption as DOM nodes.
 * @param {string} html
 * @returns {Node[]}
 */
export function captionNodes(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return [...parsed.body.childNodes].flatMap(rebuild);
}

/**
 * @param {ChildNode} node
 * @returns {Node[]}
 */
function rebuild(node) {
  if (node.nodeType === Node.TEXT_NODE) return [document.createTextNode(node.textContent ?? '')];
  if (!(node instanceof Element)) return [];
  const children = [...node.childNodes].flatMap(rebuild);
  if (!KEPT.has(node.tagName)) return children;
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') ?? '';
    if (!/^https?:\/\//i.test(href)) return children;
    return [h('a', { attrs: { href, rel: 'noopener noreferrer', target: '_blank' } }, ...children)];
  }
  const tag = /** @type {'p' | 'em' | 'strong' | 'ul' | 'ol' | 'li' | 'code' | 'br'} */ (node.tagName.toLowerCase());
  return [h(tag, {}, ...children)];
}
