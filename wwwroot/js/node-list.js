// The keyboard and screen-reader route into the graph: every visible node as a button, by name.
// Enter selects a node (and shows its details); the ⊕ button beside it expands it.
// Emits 'select' and 'expand' (detail: node id).
import { kindInfo } from './cy-style.js';
import { swatch } from './legend.js';

export class NodeList extends EventTarget {
  #list;
  #count;
  #current = null;

  constructor(list, count) {
    super();
    this.#list = list;
    this.#count = count;
  }

  render(nodes) {
    const focusedId = document.activeElement?.closest?.('#node-list li')?.dataset.id;
    this.#list.replaceChildren(...nodes.map((n) => this.#item(n)));
    this.#count.textContent = `(${nodes.length})`;
    this.markCurrent(this.#current);
    if (focusedId) this.#list.querySelector(`li[data-id="${CSS.escape(focusedId)}"] .node-item`)?.focus();
  }

  markCurrent(id) {
    this.#current = id;
    for (const button of this.#list.querySelectorAll('.node-item')) {
      const current = button.parentElement.dataset.id === id;
      if (current) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }

  #item(node) {
    const li = document.createElement('li');
    li.dataset.id = node.id;
    const info = kindInfo(node.kind);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'node-item';
    button.innerHTML = swatch(info);
    const name = document.createElement('span');
    name.textContent = node.label;
    button.append(name);
    button.setAttribute('aria-label', `${node.label}, ${info.label}${node.hasMore ? ', has more neighbours' : ''}`);
    button.addEventListener('click', () => this.#emit('select', node.id));
    const expand = document.createElement('button');
    expand.type = 'button';
    expand.className = 'expand-item';
    expand.textContent = '⊕';
    expand.title = `Expand ${node.label}`;
    expand.setAttribute('aria-label', `Expand ${node.label}`);
    expand.addEventListener('click', () => this.#emit('expand', node.id));
    li.append(button, expand);
    return li;
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
