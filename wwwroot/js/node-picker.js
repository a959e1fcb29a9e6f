// A text box that names one node of the graph: the reader types, the browser offers the server's
// search hits (a datalist), and the box resolves to the best hit when it is left or submitted.
import { h } from './dom.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {{ id: string, label: string }} PickedNode */

const SUGGESTIONS = 8;
const TYPING_DELAY_MS = 150;
let pickers = 0;

export class NodePicker {
  /** The text box, for the form. */
  input;
  #list;
  #explorer;
  /** @type {PickedNode | null} */
  #picked = null;
  /** @type {import('./hub-client.js').SearchHit[]} */
  #hits = [];
  #timer = 0;

  /**
   * @param {Explorer} explorer
   * @param {string} placeholder
   */
  constructor(explorer, placeholder) {
    this.#explorer = explorer;
    const listId = `node-picker-${++pickers}`;
    this.#list = h('datalist', { id: listId });
    this.input = h('input', { type: 'text', attrs: { list: listId, placeholder, 'aria-label': placeholder.split(':')[0], autocomplete: 'off', spellcheck: 'false' } });
    this.input.addEventListener('input', () => {
      this.#picked = null;
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => { this.#suggest(); }, TYPING_DELAY_MS);
    });
  }

  /** The box and its suggestions. */
  get elements() { return [this.input, this.#list]; }

  /** @param {PickedNode | null} node */
  set(node) {
    this.#picked = node;
    this.input.value = node?.label ?? '';
  }

  /**
   * The node named: the one picked, else the hit whose name is the text, else the best hit.
   * @returns {Promise<PickedNode | null>}
   */
  async resolve() {
    if (this.#picked) return this.#picked;
    const text = this.input.value.trim();
    if (!text) return null;
    const hits = await this.#explorer.hub.search(text, SUGGESTIONS);
    const hit = hits.find((x) => x.name.localeCompare(text, undefined, { sensitivity: 'base' }) === 0) ?? hits[0];
    if (!hit) return null;
    this.set({ id: hit.id, label: hit.name });
    return this.#picked;
  }

  async #suggest() {
    const text = this.input.value.trim();
    if (text.length < 2) return;
    try {
      this.#hits = await this.#explorer.hub.search(text, SUGGESTIONS);
    } catch {
      return;
    }
    this.#list.replaceChildren(...this.#hits.map((x) => h('option', { attrs: { value: x.name } })));
  }
}
