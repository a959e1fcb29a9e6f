// The graph tools above the canvas: rings, fit, zoom, undo, clear and large type.
import { byId } from './dom.js';

/** @typedef {import('./explorer.js').Panel} Panel */

/** @implements {Panel} */
export class Toolbar {
  /** @param {import('./explorer.js').Explorer} explorer */
  mount(explorer) {
    const depth = /** @type {HTMLSelectElement} */ (byId('depth-select'));
    const undo = /** @type {HTMLButtonElement} */ (byId('undo-button'));
    const largeType = byId('large-type-button');
    const { graph } = explorer;

    explorer.depth = Number(depth.value);
    depth.addEventListener('change', () => { explorer.depth = Number(depth.value); });
    byId('fit-button').addEventListener('click', () => graph.fit());
    byId('zoom-in-button').addEventListener('click', () => graph.zoomIn());
    byId('zoom-out-button').addEventListener('click', () => graph.zoomOut());
    undo.addEventListener('click', () => explorer.undo());
    byId('clear-button').addEventListener('click', () => explorer.clear());
    largeType.addEventListener('click', () => explorer.setLargeType(!explorer.largeType));

    explorer.addEventListener('change', () => {
      undo.disabled = !graph.canUndo;
      undo.title = graph.canUndo ? `Undo ${graph.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
    });
    explorer.addEventListener('large-type', () => largeType.setAttribute('aria-pressed', String(explorer.largeType)));
  }
}
