// Space for the graph on every screen. Up to 1400 px wide (projectors, laptops, tablets) the page is
// compact: the graph takes the whole width, the node list and the legend fold away (P and L, or the
// Panel button and the legend's summary, bring them back), and the details open as a sheet over the
// canvas when something is selected (Escape or × closes it). The explorer keeps the focused node
// out from under every sheet. Wider screens keep the side panel beside the graph (P folds it).
import { byId } from './dom.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./explorer.js').Panel} Panel */

export const COMPACT_QUERY = '(max-width: 1400px)';

/** @implements {Panel} */
export class ScreenLayout {
  /** @param {Explorer} explorer */
  mount(explorer) {
    const main = /** @type {HTMLElement} */ (document.querySelector('.app-main'));
    const side = byId('side-panel');
    const details = byId('details');
    const nodes = byId('node-list-section');
    const legend = /** @type {HTMLDetailsElement} */ (byId('legend-box'));
    const button = byId('panel-button');
    const media = matchMedia(COMPACT_QUERY);
    const compact = () => media.matches;

    for (const overlay of [legend, byId('graph-help'), details, nodes]) explorer.addOverlay(overlay);

    const render = () => {
      const isCompact = compact();
      document.documentElement.classList.toggle('compact', isCompact);
      main.classList.toggle('side-folded', !isCompact && !explorer.isShown('side'));
      side.hidden = false;
      details.hidden = isCompact && !explorer.isShown('details');
      nodes.hidden = isCompact && !explorer.isShown('side');
      if (legend.open !== explorer.isShown('legend')) legend.open = explorer.isShown('legend');
      button.setAttribute('aria-expanded', String(explorer.isShown('side')));
      explorer.graph.resize();
    };
    const reset = () => {
      explorer.setShown('side', !compact());
      explorer.setShown('legend', !compact());
      render();
    };

    explorer.addEventListener('panels', render);
    media.addEventListener('change', reset);
    explorer.addEventListener('select', () => explorer.setShown('details', explorer.selectedId !== null));
    explorer.addEventListener('select-edge', () => explorer.setShown('details', true));
    button.addEventListener('click', () => explorer.setShown('side', !explorer.isShown('side')));
    legend.addEventListener('toggle', () => explorer.setShown('legend', legend.open));
    byId('details-close').addEventListener('click', () => explorer.setShown('details', false));
    document.querySelector('.skip-link')?.addEventListener('click', () => explorer.setShown('side', true));
    explorer.addShortcut('p', 'Show or fold the side panel', () => explorer.setShown('side', !explorer.isShown('side')));
    explorer.addShortcut('l', 'Show or fold the legend', () => explorer.setShown('legend', !explorer.isShown('legend')));
    explorer.addShortcut('Escape', 'Close the details sheet', () => { if (compact()) explorer.setShown('details', false); });
    reset();
  }
}
