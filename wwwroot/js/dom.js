// The page's one way of building DOM. Text is only ever set as text (text nodes, textContent,
// attributes), never parsed as HTML, so names and quotes from the graph cannot inject markup.
// ESLint forbids innerHTML and its kin everywhere else.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** @typedef {Node | string | number | null | undefined | false} Child */

/**
 * @typedef {object} Props
 * @property {string} [className]
 * @property {string} [id]
 * @property {string} [text] the element's text content
 * @property {string} [title]
 * @property {string} [type] for buttons and inputs
 * @property {boolean} [hidden]
 * @property {boolean} [disabled]
 * @property {Record<string, string>} [attrs] other attributes (aria-*, role, …)
 * @property {Record<string, string>} [data] data-* attributes
 * @property {Record<string, EventListener>} [on] event listeners by event name
 */

/**
 * Creates an HTML element. Strings and numbers among the children become text nodes.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Props} [props]
 * @param {...Child} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  if (props.title) element.title = props.title;
  if (props.type) element.setAttribute('type', props.type);
  if (props.hidden) element.hidden = true;
  if (props.disabled) element.setAttribute('disabled', '');
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const [name, value] of Object.entries(props.data ?? {})) element.dataset[name] = value;
  for (const [event, listener] of Object.entries(props.on ?? {})) element.addEventListener(event, listener);
  if (props.text !== undefined) element.textContent = props.text;
  append(element, children);
  return element;
}

/**
 * Creates an SVG element with the given attributes.
 * @param {string} tag
 * @param {Record<string, string | number>} [attrs]
 * @param {...Child} children
 * @returns {SVGElement}
 */
export function svg(tag, attrs = {}, ...children) {
  const element = /** @type {SVGElement} */ (document.createElementNS(SVG_NS, tag));
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  append(element, children);
  return element;
}

/**
 * Appends children, skipping the empty ones, so optional parts can be written inline.
 * @param {Element} parent
 * @param {Child[]} children
 */
function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'number' ? String(child) : child);
  }
}

/**
 * Replaces an element's children, skipping the empty ones.
 * @param {Element} parent
 * @param {...Child} children
 */
export function fill(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * The element with this id; a missing element is a broken page, so it throws.
 * @param {string} id
 * @returns {HTMLElement}
 */
export function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no element #${id}.`);
  return element;
}
