// The plot chain: from any event or actor, trace forward to what it led to (the coup of
// 11 September 1973 and what followed) or back to its causes, along the causal and sequence
// relationships. The chain is laid out as a timeline, left to right by date, in lanes by kind; each
// node is captioned with its date, a partial date (sitting at the start of its period) is drawn
// with a dashed border, and the side panel lists every step with its date and quote. "The road to
// 11 September" traces back from the coup, one click from the toolbar.
import { h } from './dom.js';
import { KINDS, kindInfo } from './cy-style.js';
import { streamLens, elementIds } from './lens-stream.js';
import { namesOf, stepItem } from './lens-text.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./explorer.js').Panel} Panel */
/** @typedef {import('./lens-panel.js').LensPanel} LensPanel */
/** @typedef {import('./hub-client.js').ChainStep} ChainStep */
/** @typedef {import('./hub-client.js').ChainRequest} ChainRequest */

const LENS = 'chain';
// The coup of 11 September 1973 in the curated graph (graph/nodes/events.csv).
const COUP_ID = 'coup_1973';
const MAX_STEPS = 40;
const COLUMN_GAP = 200;
const LANE_GAP = 120;
// A date written to the day (YYYY-MM-DD); shorter ones are known only to the month or year.
const DAY_DATE_LENGTH = 10;

/** @implements {Panel} */
export class ChainLens {
  #panel;
  /** @type {Explorer | null} */
  #explorer = null;
  #facts = h('input', { type: 'checkbox', attrs: { name: 'chainFactsOnly' } });
  #answer = h('div', { className: 'lens-answer' });
  /** @type {{ id: string, direction: ChainRequest['direction'], maxSteps: number } | null} */
  #traced = null;
  /** where the nodes were before the timeline moved them, to put them back when the lens closes */
  /** @type {Map<string, import('cytoscape').Position> | null} */
  #saved = null;

  /** @param {LensPanel} panel */
  constructor(panel) {
    this.#panel = panel;
    this.#facts.addEventListener('change', () => { if (this.#traced) this.trace(this.#traced.id, this.#traced.direction, this.#traced.maxSteps); });
  }

  /** @param {Explorer} explorer */
  mount(explorer) {
    this.#explorer = explorer;
    explorer.addNodeAction({ name: 'trace-forward', label: 'Trace forward', key: 'T', run: (id) => { this.trace(id, 'forward'); } });
    explorer.addNodeAction({ name: 'trace-back', label: 'Trace back', key: 'Shift+T', run: (id) => { this.trace(id, 'backward'); } });
    explorer.addShortcut('t', 'Trace the plot chain forward from the selected node', () => { if (explorer.selectedId) this.trace(explorer.selectedId, 'forward'); });
    explorer.addShortcut('T', 'Trace the plot chain back from the selected node', () => { if (explorer.selectedId) this.trace(explorer.selectedId, 'backward'); });
    const toolbar = /** @type {HTMLElement} */ (document.querySelector('.toolbar'));
    toolbar.append(h('button', {
      type: 'button', id: 'road-button', text: 'The road to 11 September', title: 'Trace the plot chain back from the coup of 11 September 1973',
      on: { click: () => { this.trace(COUP_ID, 'backward'); } },
    }));
    explorer.addLens(LENS, (args) => {
      if (typeof args.node !== 'string' || (args.direction !== 'forward' && args.direction !== 'backward')) return Promise.resolve();
      this.#facts.checked = args.factsOnly === true;
      const maxSteps = typeof args.maxSteps === 'number' ? Math.max(1, Math.min(MAX_STEPS, Math.floor(args.maxSteps))) : MAX_STEPS;
      return this.trace(args.node, args.direction, maxSteps);
    });
  }

  /**
   * Traces the chain from a node and lays it out as a timeline.
   * @param {string} id
   * @param {ChainRequest['direction']} direction
   * @param {number} [maxSteps]
   */
  async trace(id, direction, maxSteps = MAX_STEPS) {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    const forward = direction === 'forward';
    this.#traced = { id, direction, maxSteps };
    /** @type {ChainRequest} */
    const request = { direction, maxSteps, factsOnly: this.#facts.checked };
    let name = explorer.label(id);
    this.#panel.show({
      lens: LENS,
      title: forward ? 'Plot chain: what followed' : 'Plot chain: how it came about',
      args: { node: id, ...request },
      focus: id,
      onClose: () => this.#restore(),
    }, h('label', { className: 'lens-check' }, this.#facts, h('span', { text: "Facts only (leave out the author's claims)" })), this.#answer);
    this.#say(`Tracing ${forward ? 'forward from' : 'back from'} ${name}…`);
    this.#saved ??= explorer.graph.positions();
    explorer.graph.spotlight(null);
    explorer.graph.setCaptions(new Map());
    const started = performance.now();
    /** @type {Timeline | null} */
    let timeline = null;
    const answer = await streamLens(explorer, {
      key: LENS,
      label: `the plot chain ${forward ? 'from' : 'to'} ${name}`,
      method: 'StreamChain',
      args: [id, request],
      elements: (/** @type {ChainStep} */ s) => ({ nodes: [s.from, s.to], edges: [s.edge] }),
      // The legend's filters cut the chain: a hidden step, and every step that hangs from it, is left out.
      keep: (/** @type {ChainStep} */ s, /** @type {ChainStep[]} */ kept) => explorer.passesFilters(s.to.data) && explorer.passesFilters(s.edge.data)
        && (s.from.data.id === id || kept.some((k) => k.to.data.id === s.from.data.id)),
      // The steps are drawn straight onto the timeline: a layout first and a glide after it took most of a second.
      place: (/** @type {ChainStep[]} */ steps) => (timeline = timelineOf(id, explorer.graph.nodeData(id) ?? steps.find((s) => s.from.data.id === id)?.from.data ?? null, steps, forward)).positions,
    });
    if (answer.cancelled) return;
    if (answer.error) {
      this.#say(`Could not trace the chain: ${answer.error}`, 'error');
      return;
    }
    const steps = answer.items;
    name = steps[0]?.from.data.id === id ? steps[0].from.data.label : explorer.label(id);
    timeline ??= timelineOf(id, explorer.graph.nodeData(id), steps, forward);
    const ids = [id, ...elementIds(steps.map((s) => ({ nodes: [s.from, s.to], edges: [s.edge] })))];
    explorer.graph.spotlight(ids, { hideRest: true });
    explorer.graph.setCaptions(timeline.captions, timeline.uncertain);
    this.#render(steps, timeline.inTime, timeline.lanes, forward, name, answer.left);
    // Nodes already on the canvas move onto the timeline at once too.
    await explorer.graph.arrange(timeline.positions, { animate: false });
    explorer.graph.fit(ids);
    explorer.recordLens(LENS, started, steps.length);
  }

  /**
   * @param {ChainStep[]} steps as the server sent them
   * @param {ChainStep[]} inTime earliest first
   * @param {string[]} lanes
   * @param {boolean} forward
   * @param {string} name
   * @param {number} left
   */
  #render(steps, inTime, lanes, forward, name, left) {
    if (steps.length === 0) {
      this.#say(`${name} has no ${forward ? 'consequences' : 'causes'} in the plot chain (causal and sequence relationships)${left ? ' that the legend shows' : ''}.`);
      return;
    }
    const names = namesOf(steps.flatMap((s) => [s.from, s.to]));
    this.#answer.replaceChildren(
      h('p', { className: 'lens-summary', text: `${steps.length} steps ${forward ? 'forward from' : 'back from'} ${name}, earliest first${left ? ` (${left} left out by the legend's filters)` : ''}.` }),
      h('p', { className: 'lens-note', text: `Lanes from the top: ${lanes.map((k) => kindInfo(k).label).join(', ')}. A dashed border and a question mark: the date is known only to the month or year.` }),
      h('ol', { className: 'chain-steps' }, ...inTime.map((s) => stepItem(s.edge.data, names, {
        date: s.date, uncertain: s.uncertain, data: { order: String(s.order), from: s.from.data.id, to: s.to.data.id, date: s.date ?? '' },
      }))));
  }

  #restore() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    this.#traced = null;
    explorer.graph.spotlight(null);
    explorer.graph.setCaptions(new Map());
    if (this.#saved) explorer.graph.arrange(this.#saved);
    this.#saved = null;
  }

  /**
   * @param {string} text
   * @param {'note' | 'error'} [kind]
   */
  #say(text, kind = 'note') {
    this.#answer.replaceChildren(h('p', { className: kind === 'error' ? 'lens-summary lens-error' : 'lens-summary', text }));
  }
}

/**
 * The chain as a timeline.
 * @typedef {object} Timeline
 * @property {ChainStep[]} inTime the steps earliest first
 * @property {string[]} lanes the kinds with a lane, top to bottom
 * @property {Map<string, import('cytoscape').Position>} positions each node's column by time and row by kind
 * @property {Map<string, string>} captions each node's date and name
 * @property {Set<string>} uncertain the nodes whose date is known only to the month or year
 */

/**
 * Lays the chain out left to right in time (forward steps come earliest first, backward latest
 * first), in lanes by kind.
 * @param {string} id the start node
 * @param {import('./hub-client.js').NodeData | null} start its data, when known
 * @param {ChainStep[]} steps as the server sent them
 * @param {boolean} forward
 * @returns {Timeline}
 */
function timelineOf(id, start, steps, forward) {
  const inTime = forward ? steps : [...steps].reverse();
  const startDate = start?.start ?? null;
  const first = { id, kind: start?.kind ?? '', label: start?.label ?? id, date: startDate, uncertain: isPartial(startDate) };
  const order = [
    ...(forward ? [first] : []),
    ...inTime.map((s) => ({ id: s.to.data.id, kind: s.to.data.kind, label: s.to.data.label, date: s.date, uncertain: s.uncertain })),
    ...(forward ? [] : [first]),
  ];
  const lanes = KINDS.map((k) => k.kind).filter((k) => order.some((o) => o.kind === k));
  return {
    inTime,
    lanes,
    positions: new Map(order.map((o, column) => [o.id, { x: column * COLUMN_GAP, y: Math.max(0, lanes.indexOf(o.kind)) * LANE_GAP }])),
    captions: new Map(order.map((o) => [o.id, o.date ? `${o.date}${o.uncertain ? ' ?' : ''}\n${o.label}` : o.label])),
    uncertain: new Set(order.filter((o) => o.uncertain).map((o) => o.id)),
  };
}

/** @param {string | null | undefined} date */
function isPartial(date) {
  return Boolean(date) && /** @type {string} */ (date).length < DAY_DATE_LENGTH;
}
