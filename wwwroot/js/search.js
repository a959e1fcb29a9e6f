// The search box: a combobox with a listbox of results (WAI-ARIA combobox pattern). Arrow keys move
// the active option, Enter opens it, Escape closes the list (a second Escape clears the text).
// Choosing a hit opens it through the state owner.
import { kindInfo } from './cy-style.js';
import { swatch } from './legend.js';
import { h } from './dom.js';

/** @typedef {import('./explorer.js').Panel} Panel */

/** @typedef {import('./hub-client.js').SearchHit} SearchHit */

const DEBOUNCE_MS = 150;
const RESULT_LIMIT = 12;

/** @implements {Panel} */
export class SearchBox {
  #input;
  #list;
  /** @type {import('./explorer.js').Explorer | null} */
  #explorer = null;
  /** @type {SearchHit[]} */
  #hits = [];
  #active = -1;
  #timer = 0;
  #generation = 0;

  /**
   * @param {HTMLInputElement} input
   * @param {HTMLElement} list
   */
  constructor(input, list) {
    this.#input = input;
    this.#list = list;
  }

  /** @param {import('./explorer.js').Explorer} explorer */
  mount(explorer) {
    this.#explorer = explorer;
    const input = this.#input;
    const list = this.#list;
    input.addEventListener('input', () => this.#schedule());
    input.addEventListener('keydown', (e) => this.#onKey(e));
    input.addEventListener('blur', () => setTimeout(() => this.#close(), 150));
    list.addEventListener('mousedown', (e) => e.preventDefault());
    list.addEventListener('click', (e) => {
      const option = e.target instanceof Element ? e.target.closest('[role="option"]') : null;
      if (option instanceof HTMLElement) this.#choose(Number(option.dataset.index));
    });
  }

  focus() { this.#input.focus(); }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#run(), DEBOUNCE_MS);
  }

  async #run() {
    const text = this.#input.value.trim();
    const generation = ++this.#generation;
    if (!text) {
      this.#close();
      return;
    }
    try {
      if (!this.#explorer) return;
      const hits = await this.#explorer.hub.search(text, RESULT_LIMIT);
      if (generation !== this.#generation) return;
      this.#render(hits);
    } catch {
      if (generation === this.#generation) this.#render([], 'Search is not available right now.');
    }
  }

  /**
   * @param {SearchHit[]} hits
   * @param {string} [message]
   */
  #render(hits, message) {
    this.#hits = hits;
    this.#active = hits.length ? 0 : -1;
    const query = this.#input.value.trim().toLowerCase();
    const empty = hits.length ? null : h('li', { className: 'empty', text: message ?? 'No match by name or alias.' });
    this.#list.replaceChildren(...(empty ? [empty] : []), ...hits.map((hit, i) => {
      const info = kindInfo(hit.kind);
      const alias = (hit.aliases ?? []).find((a) => a.toLowerCase().includes(query) && !hit.name.toLowerCase().includes(query));
      return h('li', { id: `search-option-${i}`, attrs: { role: 'option' }, data: { index: String(i), id: hit.id } },
        swatch(info),
        h('span', { className: 'hit-name', text: hit.name }),
        alias ? h('span', { className: 'hit-alias', text: `(${alias})` }) : null,
        h('span', { className: 'hit-kind', text: info.label }));
    }));
    this.#list.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
    this.#highlight();
  }

  #highlight() {
    [...this.#list.querySelectorAll('[role="option"]')].forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === this.#active));
      if (i === this.#active) li.scrollIntoView({ block: 'nearest' });
    });
    if (this.#active >= 0) this.#input.setAttribute('aria-activedescendant', `search-option-${this.#active}`);
    else this.#input.removeAttribute('aria-activedescendant');
  }

  /** @param {KeyboardEvent} e */
  #onKey(e) {
    const open = !this.#list.hidden;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) { this.#run(); return; }
        if (this.#hits.length) this.#active = (this.#active + 1) % this.#hits.length;
        this.#highlight();
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (open && this.#hits.length) this.#active = (this.#active - 1 + this.#hits.length) % this.#hits.length;
        this.#highlight();
        break;
      case 'Enter':
        e.preventDefault();
        if (open && this.#active >= 0) this.#choose(this.#active);
        else { clearTimeout(this.#timer); this.#run(); }
        break;
      case 'Escape':
        if (open) this.#close();
        else this.#input.value = '';
        break;
      default:
        break;
    }
  }

  /** @param {number} index */
  #choose(index) {
    const hit = this.#hits[index];
    if (!hit) return;
    this.#close();
    this.#input.value = hit.name;
    this.#explorer?.open(hit.id);
  }

  #close() {
    this.#list.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
    this.#active = -1;
  }
}
