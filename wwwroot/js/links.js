// The address bar holds the view, so a copied link reopens it: `node` (the focus, opened with its
// rings and details), `expanded` (the other nodes expanded, comma-separated, in order), `date` (a
// partial ISO date for the time slider), `hideKinds` and `hideCategories` (what the legend hides,
// comma-separated), `lens` and `args` (a lens other than the neighbourhood and the arguments it ran
// with, as JSON), `pos` (where the reader dragged nodes by hand: `<id>:<x>,<y>` joined by `;`, model
// coordinates rounded to whole pixels, at most MAX_MOVED nodes). A new view (focus, lens, date) is a history entry, so back and forward move
// through views; expansions, filters and a playing slider update the current entry instead.
import { isPartialDate } from './time.js';
import { MAX_MOVED } from './explorer.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./explorer.js').Panel} Panel */
/** @typedef {import('./explorer.js').View} View */

/**
 * @typedef {object} LinkState
 * @property {string | null} node
 * @property {string[]} expanded
 * @property {string | null} date
 * @property {string[]} hideKinds node kinds the legend hides
 * @property {string[]} hideCategories relationship categories the legend hides
 * @property {string} lens
 * @property {Record<string, unknown>} args
 * @property {Map<string, { x: number, y: number }>} pos nodes the reader dragged and where to
 */

const NEIGHBOURHOOD = 'neighbourhood';
const LINK_KEYS = ['node', 'expanded', 'date', 'hideKinds', 'hideCategories', 'lens', 'args', 'pos'];
// Dates changing faster than this (a playing slider) replace the current entry.
const SAME_ENTRY_MS = 1000;

/**
 * Reads `<id>:<x>,<y>;…`; a malformed place is left out, the others kept.
 * @param {string} text
 */
function readPlaces(text) {
  /** @type {Map<string, { x: number, y: number }>} */
  const places = new Map();
  for (const part of text.split(';')) {
    // The last colon: what comes before it is the id, whatever it holds.
    const colon = part.lastIndexOf(':');
    const [x, y, ...rest] = part.slice(colon + 1).split(',').map((n) => (n.trim() ? Number(n) : NaN));
    if (colon < 1 || rest.length || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    places.set(part.slice(0, colon), { x, y });
    if (places.size === MAX_MOVED) break;
  }
  return places;
}

/**
 * Reads a view from a query string; unknown or malformed parts are left out.
 * @param {string} search
 * @returns {LinkState}
 */
export function readLink(search) {
  const q = new URLSearchParams(search);
  const date = q.get('date');
  /** @type {Record<string, unknown>} */
  let args = {};
  try {
    const parsed = JSON.parse(q.get('args') ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) args = parsed;
  } catch { /* a link with broken arguments still opens its node */ }
  /** @param {string} key */
  const list = (key) => (q.get(key) ?? '').split(',').filter(Boolean);
  return {
    node: q.get('node') || null,
    expanded: list('expanded'),
    date: date && isPartialDate(date) ? date : null,
    hideKinds: list('hideKinds'),
    hideCategories: list('hideCategories'),
    lens: q.get('lens') || NEIGHBOURHOOD,
    args,
    pos: readPlaces(q.get('pos') ?? ''),
  };
}

/**
 * The query string of a view.
 * @param {LinkState} state
 */
export function writeLink(state) {
  const q = new URLSearchParams();
  if (state.node) q.set('node', state.node);
  const expanded = state.expanded.filter((id) => id !== state.node);
  if (expanded.length) q.set('expanded', expanded.join(','));
  if (state.date) q.set('date', state.date);
  if (state.hideKinds.length) q.set('hideKinds', [...state.hideKinds].sort().join(','));
  if (state.hideCategories.length) q.set('hideCategories', [...state.hideCategories].sort().join(','));
  if (state.lens !== NEIGHBOURHOOD) {
    q.set('lens', state.lens);
    const args = Object.fromEntries(Object.entries(state.args).filter(([k]) => k !== 'node'));
    if (Object.keys(args).length) q.set('args', JSON.stringify(args));
  }
  const places = [...state.pos].slice(-MAX_MOVED).map(([id, p]) => `${id}:${Math.round(p.x)},${Math.round(p.y)}`);
  if (places.length) q.set('pos', places.join(';'));
  const text = q.toString();
  return text ? `?${text}` : '';
}

/**
 * Whether two lens arguments are the same, whatever the order of their keys.
 * @param {Record<string, unknown>} a
 * @param {Record<string, unknown>} b
 */
function sameArgs(a, b) {
  // The node is the view's focus, compared on its own (links leave it out of `args`).
  /** @param {Record<string, unknown>} x */
  const text = (x) => JSON.stringify(Object.keys(x).filter((k) => k !== 'node' && x[k] !== undefined).sort().map((k) => [k, x[k]]));
  return text(a) === text(b);
}

/** @implements {Panel} */
export class Links {
  /** @type {Explorer | null} */
  #explorer = null;
  #restoring = false;
  #lastPush = 0;
  #recorded = false;

  /** @param {Explorer} explorer */
  mount(explorer) {
    this.#explorer = explorer;
    const first = readLink(location.search);
    if (first.node || first.date || first.lens !== NEIGHBOURHOOD || first.hideKinds.length || first.hideCategories.length || first.pos.size) {
      explorer.startWith((info) => { this.restore({ ...first, node: first.node ?? info.startNodeId }); });
    }
    explorer.addEventListener('view', () => this.#record('view'));
    explorer.addEventListener('date', () => this.#record('date'));
    explorer.addEventListener('change', () => this.#record('same'));
    explorer.addEventListener('filters', () => this.#record('same'));
    explorer.addEventListener('moved', () => this.#record('same'));
    window.addEventListener('popstate', () => { this.restore(readLink(location.search)); });
  }

  /** The view the page shows now. */
  current() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    const { view } = explorer;
    return /** @type {LinkState} */ ({
      node: view.focus,
      expanded: explorer.expandedIds,
      date: explorer.date,
      hideKinds: [...explorer.filters.kinds],
      hideCategories: [...explorer.filters.categories],
      lens: view.lens,
      args: view.args,
      pos: explorer.moved,
    });
  }

  /**
   * Shows a view from a link: the date and the legend's filters first, so what is drawn is marked
   * as it arrives, then the focus with its rings and details, then the other expansions in order,
   * then the nodes the reader had dragged, put back in their places once laid out, then the lens,
   * run again with its arguments.
   * @param {LinkState} state
   */
  async restore(state) {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    this.#restoring = true;
    try {
      explorer.setDate(state.date);
      explorer.setFilters({ kinds: state.hideKinds, categories: state.hideCategories });
      const { view } = explorer;
      const args = { ...state.args, node: state.node };
      const sameLens = state.lens === view.lens && (state.lens === NEIGHBOURHOOD || sameArgs(args, view.args));
      const extra = explorer.expandedIds.some((id) => id !== state.node && !state.expanded.includes(id));
      const expandAll = async () => {
        for (const id of state.expanded) {
          if (!explorer.expandedIds.includes(id)) await explorer.expand(id);
        }
      };
      const select = () => { if (state.node && explorer.graph.has(state.node)) explorer.select(state.node); };
      if (!sameLens) {
        // Another lens, or the same with other arguments: the view is drawn afresh and the lens runs again.
        await explorer.restoreView({ lens: state.lens, args, focus: state.node }, async () => {
          explorer.clear(true);
          if (state.node) await explorer.open(state.node);
          await expandAll();
          await explorer.placeNodes(state.pos);
          select();
        });
      } else {
        if (state.node && (state.node !== view.focus || extra)) {
          explorer.clear(true);
          await explorer.open(state.node);
        }
        await expandAll();
        await explorer.placeNodes(state.pos);
        select();
      }
      await explorer.idle();
    } finally {
      this.#restoring = false;
      // The view from the link is the page's first entry: the next view is a new one.
      this.#recorded = true;
    }
  }

  /**
   * Writes the view into the address bar: a new history entry for another focus or lens (or other
   * lens arguments), or a date set more than a second after the last entry; the current entry otherwise.
   * @param {'view' | 'date' | 'same'} cause
   */
  #record(cause) {
    if (this.#restoring) return;
    const state = this.current();
    // Parameters other modules own (a presentation's `join`) are kept as they are.
    const q = new URLSearchParams(location.search);
    for (const key of LINK_KEYS) q.delete(key);
    for (const [key, value] of new URLSearchParams(writeLink(state))) q.set(key, value);
    const search = q.toString();
    const link = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    if (link === `${location.pathname}${location.search}${location.hash}`) return;
    const now = performance.now();
    const shown = readLink(location.search);
    const newView = cause === 'view'
      ? shown.node !== state.node || shown.lens !== state.lens || !sameArgs(shown.args, state.args)
      : cause === 'date' && now - this.#lastPush > SAME_ENTRY_MS;
    // The first view the page opens by itself replaces the bare address rather than adding to it.
    if (newView && this.#recorded) {
      history.pushState(null, '', link);
      this.#lastPush = now;
    } else {
      history.replaceState(null, '', link);
    }
    this.#recorded = true;
  }
}
