// The context menu of a node: a right click on it, or the menu key (or Shift+F10) on the canvas
// with a node selected, offers what can be done from it: expand, hide and every lens's node action.
import { h, byId } from './dom.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./explorer.js').Panel} Panel */

const MARGIN = 8;

/** @implements {Panel} */
export class ContextMenu {
  #menu = h('ul', { id: 'node-menu', className: 'node-menu', hidden: true, attrs: { role: 'menu' } });
  /** @type {HTMLElement | null} */
  #returnTo = null;

  /** @param {Explorer} explorer */
  mount(explorer) {
    const canvas = byId('cy');
    const area = /** @type {HTMLElement} */ (canvas.parentElement);
    area.append(this.#menu);
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());
    explorer.addEventListener('context', (e) => {
      const { id, x, y } = /** @type {CustomEvent<{ id: string, x: number, y: number }>} */ (e).detail;
      explorer.select(id);
      this.open(explorer, id, x, y);
    });
    canvas.addEventListener('keydown', (e) => {
      const id = explorer.selectedId;
      if (!id || !(e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey))) return;
      e.preventDefault();
      const p = explorer.graph.cy.getElementById(id).renderedPosition();
      this.open(explorer, id, p.x, p.y);
    });
    this.#menu.addEventListener('keydown', (e) => {
      const items = /** @type {HTMLButtonElement[]} */ ([...this.#menu.querySelectorAll('button')]);
      const at = items.indexOf(/** @type {HTMLButtonElement} */ (document.activeElement));
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); this.close(); }
      else if (e.key === 'ArrowDown') { e.preventDefault(); items[(at + 1) % items.length].focus(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); items[(at - 1 + items.length) % items.length].focus(); }
    });
    document.addEventListener('pointerdown', (e) => {
      if (!this.#menu.hidden && !this.#menu.contains(/** @type {Node} */ (e.target))) this.close();
    });
  }

  /**
   * @param {Explorer} explorer
   * @param {string} id
   * @param {number} x canvas pixels
   * @param {number} y
   */
  open(explorer, id, x, y) {
    this.#returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    /** @type {[string, string, () => unknown][]} */
    const entries = [
      ['expand', 'Expand', () => explorer.expand(id)],
      ['hide', 'Hide', () => explorer.hide(id)],
      ...explorer.nodeActions.map((a) => /** @type {[string, string, () => unknown]} */ ([a.name, a.label, () => a.run(id)])),
    ];
    this.#menu.replaceChildren(
      h('li', { className: 'node-menu-title', attrs: { role: 'presentation' }, text: explorer.label(id) }),
      ...entries.map(([name, label, run]) => h('li', { attrs: { role: 'none' } },
        h('button', {
          type: 'button', text: label, data: { action: name }, attrs: { role: 'menuitem' },
          on: { click: () => { this.close(); run(); } },
        }))));
    this.#menu.hidden = false;
    const area = /** @type {HTMLElement} */ (this.#menu.parentElement);
    const left = Math.max(MARGIN, Math.min(x, area.clientWidth - this.#menu.offsetWidth - MARGIN));
    const top = Math.max(MARGIN, Math.min(y, area.clientHeight - this.#menu.offsetHeight - MARGIN));
    this.#menu.style.left = `${left}px`;
    this.#menu.style.top = `${top}px`;
    /** @type {HTMLButtonElement | null} */ (this.#menu.querySelector('button'))?.focus();
  }

  close() {
    if (this.#menu.hidden) return;
    this.#menu.hidden = true;
    this.#returnTo?.focus();
    this.#returnTo = null;
  }
}
