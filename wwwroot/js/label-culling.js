// Readable labels: no two labels drawn on top of each other at the current zoom. Nodes are taken in
// order of importance (the focus, its neighbours, a lens' ranking, then degree); each keeps its full
// label below the node if that overlaps no label kept before, else tries it above the node, then a
// shortened one below and above, else shows none (its full name stays on hover and in the node list). Edge labels are drawn only around the focus, and only
// where they fit along their edge and clear every kept label.
import { overlaps } from './view-geometry.js';

/** @typedef {import('./view-geometry.js').Box} Box */
/** @typedef {import('cytoscape').NodeSingular} NodeSingular */
/** @typedef {import('cytoscape').EdgeSingular} EdgeSingular */

export const ABOVE = 'label-above';
export const SHORT = 'label-short';
export const HIDDEN = 'label-hidden';
export const EDGE_LABEL = 'label-shown';

// Where a node's label may go, best first; the last attempt always succeeds.
const ATTEMPTS = ['', ABOVE, SHORT, `${SHORT} ${ABOVE}`, HIDDEN];
const ALL_NODE_CLASSES = `${ABOVE} ${SHORT} ${HIDDEN}`;

const LABEL_ONLY = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false };

/**
 * The rendered box of an element's label, or null when none is drawn (empty, or too small at this zoom).
 * @param {NodeSingular | EdgeSingular} ele
 * @param {number} zoom
 * @returns {(Box & { w: number, h: number }) | null}
 */
export function labelBox(ele, zoom) {
  if (!ele.style('label')) return null;
  const size = parseFloat(ele.style('font-size')) * zoom;
  if (size < parseFloat(ele.style('min-zoomed-font-size'))) return null;
  const box = ele.renderedBoundingBox(LABEL_ONLY);
  return box.w > 0 && box.h > 0 ? box : null;
}

/**
 * Importance of a node's label: the focus first, then its neighbours, then a lens' `rank`, then degree.
 * @param {NodeSingular} n
 */
function importance(n) {
  return (n.hasClass('focus') ? 4e6 : 0) + (n.hasClass('neighbour') ? 2e6 : 0) + (Number(n.data('rank')) || 0) * 1e4 + (Number(n.data('degree')) || 0);
}

/**
 * Decides which labels are drawn in full, shortened or not at all, and which edge labels are drawn.
 * @param {import('cytoscape').Core} cy
 */
export function cullLabels(cy) {
  const zoom = cy.zoom();
  /** @type {Box[]} */
  const kept = [];
  const nodes = cy.nodes().sort((a, b) => importance(b) - importance(a));
  cy.batch(() => {
    nodes.removeClass(ALL_NODE_CLASSES);
    cy.edges().removeClass(EDGE_LABEL);
  });
  nodes.forEach((n) => {
    for (const classes of ATTEMPTS) {
      n.removeClass(ALL_NODE_CLASSES).addClass(classes);
      const box = classes === HIDDEN ? null : labelBox(n, zoom);
      if (!box) return;
      if (!kept.some((k) => overlaps(k, box))) {
        kept.push(box);
        return;
      }
    }
  });
  cy.edges('.neighbour').forEach((e) => {
    e.addClass(EDGE_LABEL);
    const box = labelBox(e, zoom);
    const s = e.source().renderedPosition();
    const t = e.target().renderedPosition();
    const length = Math.hypot(t.x - s.x, t.y - s.y);
    const fits = box && Math.max(box.w, box.h) < 0.7 * length && !kept.some((k) => overlaps(k, box));
    if (fits && box) kept.push(box);
    else e.removeClass(EDGE_LABEL);
  });
}
