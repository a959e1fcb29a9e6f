// The legend and filter: one swatch per node kind, drawn with the same colour and shape as the graph,
// and one line per relationship category.
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
 * The legend, which is also the filter: one box per node kind and per relationship category, with
 * how many are on the canvas (and, for categories, in the whole graph). Unticking one hides it on
 * the canvas and in every lens; the state is the explorer's (setFilter), the legend only shows it.
 * @implements {Panel}
 */
export class Legend {
  #container;
  #kinds = h('fieldset', { className: 'legend-group' }, h('legend', { text: 'Nodes' }));
  #categories = h('fieldset', { className: 'legend-group legend-categories' }, h('legend', { text: 'Relationships' }));
  /** @type {Map<string, { input: HTMLInputElement, count: HTMLElement }>} */
  #kindBoxes = new Map();
  /** @type {Map<string, { input: HTMLInputElement, count: HTMLElement, total: number }>} */
  #categoryBoxes = new Map();

  /** @param {HTMLElement} container */
  constructor(container) {
    this.#container = container;
  }

  /** @param {import('./explorer.js').Explorer} explorer */
  mount(explorer) {
    for (const k of KINDS) {
      const { item, input, count } = this.#box(k.label, () => explorer.setFilter('kinds', k.kind, input.checked), swatch(k));
      input.dataset.kind = k.kind;
      this.#kindBoxes.set(k.kind, { input, count });
      this.#kinds.append(item);
    }
    this.#container.replaceChildren(this.#kinds, this.#categories,
      h('div', { className: 'legend-edge' },
        h('span', { className: 'legend-line', attrs: { 'aria-hidden': 'true' } }),
        h('span', { text: 'claim of the author, not an established fact' })));
    const loadCategories = () => explorer.categories().then((counts) => {
      if (this.#categoryBoxes.size > 0) return;
      for (const c of counts) {
        const { item, input, count } = this.#box(c.category, () => explorer.setFilter('categories', c.category, input.checked));
        input.dataset.category = c.category;
        this.#categoryBoxes.set(c.category, { input, count, total: c.relationships });
        this.#categories.append(item);
      }
      this.#count(explorer);
    }).catch(() => { /* retried at the next welcome */ });
    explorer.addEventListener('welcome', loadCategories);
    explorer.addEventListener('change', () => this.#count(explorer));
    explorer.addEventListener('filters', () => this.#count(explorer));
  }

  /**
   * One tickable line of the legend.
   * @param {string} label
   * @param {() => void} onChange
   * @param {SVGElement} [picture]
   */
  #box(label, onChange, picture) {
    const input = h('input', { type: 'checkbox', attrs: { checked: '' }, on: { change: () => onChange() } });
    const count = h('span', { className: 'legend-count' });
    const item = h('label', { className: 'legend-item', title: `Show or hide ${label}` }, input, picture ?? null, h('span', { text: label }), count);
    return { item, input, count };
  }

  /** @param {import('./explorer.js').Explorer} explorer */
  #count(explorer) {
    const { cy } = explorer.graph;
    /** @type {Map<string, number>} */
    const kinds = new Map();
    cy.nodes().forEach((n) => { kinds.set(n.data('kind'), (kinds.get(n.data('kind')) ?? 0) + 1); });
    /** @type {Map<string, number>} */
    const categories = new Map();
    cy.edges().forEach((e) => { categories.set(e.data('category'), (categories.get(e.data('category')) ?? 0) + 1); });
    const { filters } = explorer;
    for (const [kind, box] of this.#kindBoxes) {
      box.count.textContent = String(kinds.get(kind) ?? 0);
      box.input.checked = !filters.kinds.has(kind);
    }
    for (const [category, box] of this.#categoryBoxes) {
      box.count.textContent = `${categories.get(category) ?? 0} / ${box.total}`;
      box.count.title = `${categories.get(category) ?? 0} on the canvas of ${box.total} in the graph`;
      box.input.checked = !filters.categories.has(category);
    }
  }
}
