// The search box: a combobox with a listbox of results (WAI-ARIA combobox pattern). Arrow keys move
// the active option, Enter opens it, Escape closes the list (a second Escape clears the text).
// Emits 'choose' (detail: the search hit).
import { kindInfo } from './cy-style.js';
import { swatch } from './legend.js';

const DEBOUNCE_MS = 150;
const RESULT_LIMIT = 12;

export class SearchBox extends EventTarget {
  #input;
  #list;
  #search;
  #hits = [];
  #active = -1;
  #timer = 0;
  #generation = 0;

  constructor(input, list, search) {
    super();
    this.#input = input;
    this.#list = list;
    this.#search = search;
    input.addEventListener('input', () => this.#schedule());
    input.addEventListener('keydown', (e) => this.#onKey(e));
    input.addEventListener('blur', () => setTimeout(() => this.#close(), 150));
    list.addEventListener('mousedown', (e) => e.preventDefault());
    list.addEventListener('click', (e) => {
      const option = e.target.closest('[role="option"]');
      if (option) this.#choose(Number(option.dataset.index));
    });
  }

  focus() { this.#input.focus(); }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run(), DEBOUNCE_MS);
  }

  async #run() {
    const text = this.#input.value.trim();
    const generation = ++this.#generation;
    if (!text) {
      this.#close();
      return;
    }
    try {
      const hits = await this.#search(text, RESULT_LIMIT);
      if (generation !== this.#generation) return;
      this.#render(hits);
    } catch {
      if (generation === this.#generation) this.#render([], 'Search is not available right now.');
    }
  }

  #render(hits, message) {
    this.#hits = hits;
    this.#active = hits.length ? 0 : -1;
    const query = this.#input.value.trim().toLowerCase();
    this.#list.innerHTML = '';
    if (!hits.length) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = message ?? 'No match by name or alias.';
      this.#list.append(li);
    }
    hits.forEach((hit, i) => {
      const li = document.createElement('li');
      li.id = `search-option-${i}`;
      li.setAttribute('role', 'option');
      li.dataset.index = String(i);
      li.dataset.id = hit.id;
      const info = kindInfo(hit.kind);
      const alias = (hit.aliases ?? []).find((a) => a.toLowerCase().includes(query) && !hit.name.toLowerCase().includes(query));
      li.innerHTML = `${swatch(info)}<span class="hit-name"></span>${alias ? '<span class="hit-alias"></span>' : ''}<span class="hit-kind">${info.label}</span>`;
      li.querySelector('.hit-name').textContent = hit.name;
      if (alias) li.querySelector('.hit-alias').textContent = `(${alias})`;
      this.#list.append(li);
    });
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

  #choose(index) {
    const hit = this.#hits[index];
    if (!hit) return;
    this.#close();
    this.#input.value = hit.name;
    this.dispatchEvent(new CustomEvent('choose', { detail: hit }));
  }

  #close() {
    this.#list.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
    this.#active = -1;
  }
}
