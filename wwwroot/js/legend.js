// The legend: one swatch per node kind, drawn with the same colour and shape as the graph.
import { KINDS } from './cy-style.js';
import { h, svg } from './dom.js';

/** @typedef {import('./explorer.js').Panel} Panel */

/** @type {Record<string, [string, Record<string, string | number>]>} */
const SHAPES = {
  ellipse: ['circle', { cx: 10, cy: 10, r: 8 }],
  'round-rectangle': ['rect', { x: 2, y: 4, width: 16, height: 12, rx: 4 }],
  hexagon: ['polygon', { points: '5,2 15,2 19,10 15,18 5,18 1,10' }],
  diamond: ['polygon', { points: '10,1 19,10 10,19 1,10' }],
  triangle: ['polygon', { points: '10,2 19,18 1,18' }],
  star: ['polygon', { points: '10,1 12.4,7 19,7.3 13.8,11.4 15.6,18 10,14.2 4.4,18 6.2,11.4 1,7.3 7.6,7' }],
  pentagon: ['polygon', { points: '10,1 19,8 15.5,19 4.5,19 1,8' }],
  rectangle: ['rect', { x: 3, y: 2, width: 14, height: 16 }],
};

/**
 * A small picture of a node kind's colour and shape.
 * @param {import('./cy-style.js').KindInfo} info
 * @param {string} [className]
 */
export function swatch({ colour, shape }, className = 'legend-swatch') {
  const [tag, attrs] = SHAPES[shape] ?? SHAPES.ellipse;
  return svg('svg', { class: className, viewBox: '0 0 20 20', 'aria-hidden': 'true', focusable: 'false' },
    svg('g', { fill: colour, stroke: '#333', 'stroke-width': 1.5 }, svg(tag, attrs)));
}

/**
 * The legend panel: fills its container once; it does not change with the graph.
 * @implements {Panel}
 */
export class Legend {
  #container;

  /** @param {HTMLElement} container */
  constructor(container) {
    this.#container = container;
  }

  mount() {
    this.#container.setAttribute('role', 'list');
    this.#container.replaceChildren(
      ...KINDS.map((k) => h('div', { className: 'legend-item', attrs: { role: 'listitem' } }, swatch(k), h('span', { text: k.label }))),
      h('div', { className: 'legend-edge', attrs: { role: 'listitem' } },
        h('span', { className: 'legend-line', attrs: { 'aria-hidden': 'true' } }),
        h('span', { text: 'claim of the author, not an established fact' })));
  }
}
