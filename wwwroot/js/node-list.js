// The keyboard and screen-reader route into the graph: every visible node as a button, by name.
// Enter selects a node (and shows its details); the ⊕ button beside it expands it.
import { kindInfo } from './cy-style.js';
import { swatch } from './legend.js';
import { h } from './dom.js';

/** @typedef {import('./explorer.js').Panel} Panel */

/** @implements {Panel} */
export class NodeList {
  #list;
  #count;

  /**
   * @param {HTMLElement} list
   * @param {HTMLElement} count
   */
  constructor(list, count) {
    this.#list = list;
    this.#count = count;
  }

  /** @param {import('./explorer.js').Explorer} explorer */
  mount(explorer) {
    explorer.addEventListener('change', () => this.#render(explorer));
    explorer.addEventListener('select', () => this.#markCurrent(explorer.selectedId));
    explorer.addEventListener('select-edge', () => this.#markCurrent(null));
  }

  /** @param {import('./explorer.js').Explorer} explorer */
  #render(explorer) {
    const nodes = explorer.graph.visibleNodes();
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest('li')?.dataset.id : undefined;
    this.#list.replaceChildren(...nodes.map((n) => this.#item(explorer, n)));
    this.#count.textContent = `(${nodes.length})`;
    this.#markCurrent(explorer.selectedId);
    if (focused) this.#list.querySelector(`li[data-id="${CSS.escape(focused)}"] .node-item`)?.closest('button')?.focus();
  }

  /** @param {string | null} id */
  #markCurrent(id) {
    for (const button of this.#list.querySelectorAll('.node-item')) {
      if (button.parentElement?.dataset.id === id) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }

  /**
   * @param {import('./explorer.js').Explorer} explorer
   * @param {import('./hub-client.js').NodeData} node
   */
  #item(explorer, node) {
    const info = kindInfo(node.kind);
    return h('li', { data: { id: node.id } },
      h('button', {
        type: 'button',
        className: 'node-item',
        attrs: { 'aria-label': `${node.label}, ${info.label}${node.hasMore ? ', has more neighbours' : ''}` },
        on: { click: () => explorer.selectAndReveal(node.id) },
      }, swatch(info), h('span', { text: node.label })),
      h('button', {
        type: 'button',
        className: 'expand-item',
        title: `Expand ${node.label}`,
        attrs: { 'aria-label': `Expand ${node.label}` },
        text: '⊕',
        on: { click: () => { explorer.expand(node.id); } },
      }));
  }
}
