// The address bar holds the view, so a copied link reopens it: `node` (the focus, opened with its
// rings and details), `expanded` (the other nodes expanded, comma-separated, in order), `date` (a
// partial ISO date for the time slider), `lens` and `args` (a lens other than the neighbourhood and
// its arguments as JSON). A new view is a history entry, so back and forward move through views;
// expansions and a playing slider update the current entry instead.
import { isPartialDate } from './time.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./explorer.js').Panel} Panel */
/** @typedef {import('./explorer.js').View} View */

/**
 * @typedef {object} LinkState
 * @property {string | null} node
 * @property {string[]} expanded
 * @property {string | null} date
 * @property {string} lens
 * @property {Record<string, unknown>} args
 */

const NEIGHBOURHOOD = 'neighbourhood';
const LINK_KEYS = ['node', 'expanded', 'date', 'lens', 'args'];
// Views changing faster than this (a playing slider, a lens streaming) replace the current entry.
const SAME_ENTRY_MS = 1000;

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
  return {
    node: q.get('node') || null,
    expanded: (q.get('expanded') ?? '').split(',').filter(Boolean),
    date: date && isPartialDate(date) ? date : null,
    lens: q.get('lens') || NEIGHBOURHOOD,
    args,
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
  if (state.lens !== NEIGHBOURHOOD) {
    q.set('lens', state.lens);
    const args = Object.fromEntries(Object.entries(state.args).filter(([k]) => k !== 'node'));
    if (Object.keys(args).length) q.set('args', JSON.stringify(args));
  }
  const text = q.toString();
  return text ? `?${text}` : '';
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
    if (first.node || first.date) {
      explorer.startWith((info) => { this.restore({ ...first, node: first.node ?? info.startNodeId }); });
    }
    explorer.addEventListener('view', () => this.#record(true));
    explorer.addEventListener('date', () => this.#record(true));
    explorer.addEventListener('change', () => this.#record(false));
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
      lens: view.lens,
      args: view.args,
    });
  }

  /**
   * Shows a view from a link: the date first, so what is drawn is marked as it arrives, then the
   * focus with its rings and details, then the other expansions in order, then the lens.
   * @param {LinkState} state
   */
  async restore(state) {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    this.#restoring = true;
    try {
      explorer.setDate(state.date);
      const extra = explorer.expandedIds.some((id) => id !== state.node && !state.expanded.includes(id));
      if (state.node && (state.node !== explorer.view.focus || extra)) {
        explorer.clear(true);
        await explorer.open(state.node);
      }
      for (const id of state.expanded) {
        if (!explorer.expandedIds.includes(id)) await explorer.expand(id);
      }
      if (state.lens !== NEIGHBOURHOOD) explorer.restoreView({ lens: state.lens, args: { ...state.args, node: state.node }, focus: state.node });
      if (state.node && explorer.graph.has(state.node)) explorer.select(state.node);
    } finally {
      this.#restoring = false;
    }
  }

  /** @param {boolean} newView */
  #record(newView) {
    if (this.#restoring) return;
    // Parameters other modules own (a presentation's `join`) are kept as they are.
    const q = new URLSearchParams(location.search);
    for (const key of LINK_KEYS) q.delete(key);
    for (const [key, value] of new URLSearchParams(writeLink(this.current()))) q.set(key, value);
    const search = q.toString();
    const link = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    if (link === `${location.pathname}${location.search}${location.hash}`) return;
    const now = performance.now();
    // The first view the page opens by itself replaces the bare address rather than adding to it.
    if (newView && this.#recorded && now - this.#lastPush > SAME_ENTRY_MS) {
      history.pushState(null, '', link);
      this.#lastPush = now;
    } else {
      history.replaceState(null, '', link);
    }
    this.#recorded = true;
  }
}
