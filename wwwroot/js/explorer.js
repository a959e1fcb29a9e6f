// The page's one state owner. GraphController owns what is drawn; Explorer owns everything else
// the page knows: the selection, the view (lens, its arguments), the streams in flight, the
// element budget per node, the cache of node details, the ring depth, large type and the work
// in progress. Panels and lenses are modules that register here (use()) and then only read this
// state, call its methods and listen to its events; none keeps a copy of another's state.
//
// Events (detail):
//   'select'      id | null          a node was selected (or the selection cleared)
//   'select-edge' EdgeView           an edge was selected
//   'change'      —                  elements were added or removed, or undo history moved
//   'node-change' id                 what is drawn around this node changed (for its details)
//   'view'        View               the lens, its arguments or the focus changed
//   'status'      StatusReport       progress, results and errors for the status line
//   'connection'  ConnectionState    the hub's connection state
//   'welcome'     GraphInfo          the server's greeting with the graph's size
//   'large-type'  boolean            large type switched
//   'panels'      Record<string, boolean>  a foldable panel was shown or folded away
//   'date'        string | null      the date the graph is seen at changed (time.js)
//   'restore'     View               a view is about to be shown again (a link, back or forward): panels
//                                    put away what belongs to the view shown now (the lens closes)
//   'clear'       —                  the graph was emptied (a lens's answer is gone with it)
//   'moved'       id                 the reader dragged a node to a place of its own
//
// The date: `explorer.date` is a partial ISO date (`1973`, `1973-09`, `1973-09-11`) or null for all
// of time. What is drawn is marked against it on every change; a lens that filters its own answers
// reads it with existsAt() from time.js.
//   'filters'     Filters            a node kind or relationship category was hidden or shown
//   'context'     ContextRequest     the context menu was asked for on a node (right click)
//
// Node actions (path from here, trace forward, who shaped this…) are registered by lenses with
// addNodeAction() and offered wherever a node is acted on: the details panel and the context menu.
//
// Lenses: a lens records what it shows in the view (setView with its name and every argument it ran
// with), so a link holds it; it registers with addLens() how to run again from those arguments, which
// restoreView() awaits.
//
// Places: where the reader dragged nodes by hand (the last MAX_MOVED of them) is part of the view,
// so a link puts them back there after the layout (placeNodes); every other node is laid out afresh.
//
// Overlays (anything drawn over the canvas: the legend, the details sheet, a time slider…) are
// registered with addOverlay(element); fitting and revealing keep the graph out from under them.
import { hubErrorMessage } from './hub-client.js';

/** @typedef {import('./graph-controller.js').GraphController} GraphController */
/** @typedef {import('./graph-controller.js').AddStep} AddStep */
/** @typedef {import('./hub-client.js').HubClient} HubClient */
/** @typedef {import('./hub-client.js').Batch} Batch */
/** @typedef {import('./hub-client.js').NodeDetails} NodeDetails */
/** @typedef {import('./hub-client.js').StreamObserver<Batch & import('./graph-controller.js').DrawBatch>} BatchObserver */
/** @typedef {import('./hub-client.js').StreamHandle} StreamHandle */

/**
 * A panel or lens: mount() is called once, with the state owner, when it is registered.
 * @typedef {object} Panel
 * @property {(explorer: Explorer) => void} mount
 */

/**
 * What the page shows: the lens (neighbourhood by default), its arguments and the focused node.
 * @typedef {object} View
 * @property {string} lens
 * @property {Record<string, unknown>} args
 * @property {string | null} focus
 */

/** @typedef {{ kind: 'busy' | 'done' | 'error', text: string }} StatusReport */

/**
 * Runs a lens again from the arguments it recorded in the view; settles when its answer is drawn.
 * @typedef {(args: Record<string, unknown>) => Promise<unknown>} LensRunner
 */

/**
 * What the legend hides: node kinds and relationship categories. Lenses leave hidden ones out.
 * @typedef {object} Filters
 * @property {ReadonlySet<string>} kinds hidden node kinds
 * @property {ReadonlySet<string>} categories hidden relationship categories
 */

/**
 * Something a lens offers to do from a node.
 * @typedef {object} NodeAction
 * @property {string} name stable name, also the button's data-action
 * @property {string} label what the button says
 * @property {string} [key] the shortcut that runs it on the selected node, for the button's title
 * @property {(id: string) => void} run
 */

/**
 * A stream of batches drawn onto the graph as one undo step.
 * @typedef {object} DrawRequest
 * @property {string} key what a newer request with the same key replaces (e.g. the node id)
 * @property {string} label names the progress messages ("the neighbourhood of X")
 * @property {string} [undoLabel] names the undo step ("expand X"); the label by default
 * @property {(observer: BatchObserver) => StreamHandle} start opens the stream
 * @property {(added: number, remaining: number) => string} [summary] the status line's closing text
 */

const OPEN_LIMIT = 80;
const EXPAND_LIMIT = 60;
const MAX_LIMIT = 2000;
const LARGE_TYPE_KEY = 'explorer.largeType';
// Places kept for the link: enough for a hand-arranged view, few enough for an address bar.
export const MAX_MOVED = 50;

export class Explorer extends EventTarget {
  /** The graph on the canvas; every change to it goes through this controller. */
  graph;
  /** The server connection. */
  hub;
  /**
   * Read by the browser tests: the nodes whose expansion was asked for, in order, and the timings of
   * expansions, double-click (or request) to first ring drawn.
   */
  /** @type {{ requested: string[], expansions: { id: string, ms: number, serverMs: number, ring: number, rings?: number }[] }} */
  metrics = { requested: [], expansions: [] };
  /** Timings of lenses, read by the browser tests: request to answer drawn and listed. */
  /** @type {{ lens: string, ms: number, items: number }[]} */
  lensMetrics = [];

  /** @type {Map<string, { cancel: () => void, step: AddStep }>} */
  #streams = new Map();
  /** @type {Map<string, number>} */
  #limits = new Map();
  /** @type {Map<string, NodeDetails>} */
  #details = new Map();
  /** @type {Map<string, import('cytoscape').Position>} oldest first */
  #moved = new Map();
  /** @type {Set<Promise<unknown>>} */
  #pending = new Set();
  /** @type {Panel[]} */
  #panels = [];
  /** @type {ResizeObserver} */
  #watchOverlays;
  /** @type {string | null} */
  #selected = null;
  /** @type {View} */
  #view = { lens: 'neighbourhood', args: {}, focus: null };
  /** @type {Set<HTMLElement>} */
  #overlays = new Set();
  /** @type {Record<string, boolean>} */
  #panelsShown = {};
  /** @type {Map<string, { description: string, run: () => void }>} */
  #shortcuts = new Map();
  /** @type {NodeAction[]} */
  #nodeActions = [];
  /** @type {Map<string, LensRunner>} */
  #lenses = new Map();
  /** @type {Promise<import('./hub-client.js').CategoryCount[]> | null} */
  #categories = null;
  /** @type {Filters} */
  #filters = { kinds: new Set(), categories: new Set() };
  #depth = 1;
  #largeType = false;
  #opened = false;
  /** @type {string | null} */
  #date = null;
  /** @type {((info: import('./hub-client.js').GraphInfo) => void) | null} */
  #startView = null;

  /**
   * @param {GraphController} graph
   * @param {HubClient} hub
   */
  constructor(graph, hub) {
    super();
    this.graph = graph;
    this.hub = hub;
    graph.addEventListener('select', (e) => {
      this.#selected = /** @type {string | null} */ (/** @type {CustomEvent} */ (e).detail);
      this.#emit('select', this.#selected);
    });
    graph.addEventListener('select-edge', (e) => {
      this.#selected = null;
      this.#emit('select-edge', /** @type {CustomEvent} */ (e).detail);
    });
    graph.addEventListener('context', (e) => this.#emit('context', /** @type {CustomEvent} */ (e).detail));
    graph.addEventListener('expand', (e) => { this.expand(/** @type {CustomEvent<string>} */ (e).detail); });
    graph.addEventListener('moved', (e) => {
      const { id, position } = /** @type {CustomEvent<{ id: string, position: import('cytoscape').Position }>} */ (e).detail;
      this.#keepPlace(id, position);
      this.#emit('moved', id);
    });
    graph.addEventListener('change', () => {
      graph.applyFilters(this.#filters);
      this.#emit('change');
    });
    graph.setObstacles(() => this.overlayBoxes());
    this.#watchOverlays = new ResizeObserver(() => this.keepFocusInView());
    hub.addEventListener('state', (e) => this.#onConnection(/** @type {CustomEvent} */ (e).detail));
    hub.addEventListener('welcome', (e) => this.#onWelcome(/** @type {CustomEvent} */ (e).detail));
  }

  /**
   * Registers a panel or lens and mounts it.
   * @template {Panel} P
   * @param {P} panel
   * @returns {P}
   */
  use(panel) {
    this.#panels.push(panel);
    panel.mount(this);
    return panel;
  }

  /** Connects to the server; the welcome opens the start node. */
  start() {
    this.setLargeType(localStorage.getItem(LARGE_TYPE_KEY) === '1');
    return this.hub.start().catch((error) => this.report('error', `Could not connect: ${hubErrorMessage(error)}`));
  }

  /** The selected node's id, or null. */
  get selectedId() { return this.#selected; }

  /** @returns {Readonly<View>} */
  get view() { return this.#view; }

  /** Rings to add when opening or expanding a node. */
  get depth() { return this.#depth; }

  set depth(value) { this.#depth = Math.max(1, Math.floor(value) || 1); }

  get largeType() { return this.#largeType; }

  /** The date the graph is seen at (a partial ISO date), or null for all of time. */
  get date() { return this.#date; }

  /**
   * Sees the graph as of a date, or all of time with null.
   * @param {string | null} date
   */
  setDate(date) {
    if (date === this.#date) return;
    this.#date = date;
    this.#emit('date', date);
  }

  /** The nodes expanded on the canvas (the focus among them), in the order they were expanded. */
  get expandedIds() { return [...this.#limits.keys()].filter((id) => this.graph.has(id)); }

  /** Where the reader put the nodes dragged by hand that are on the canvas, oldest first. */
  get moved() { return new Map([...this.#moved].filter(([id]) => this.graph.has(id))); }

  /**
   * Puts nodes back where the reader had dragged them (a link's places), after the layout in
   * progress, and keeps them as the view's places; nodes not on the canvas are left out.
   * @param {ReadonlyMap<string, import('cytoscape').Position>} places
   * @returns {Promise<void>}
   */
  placeNodes(places) {
    const here = new Map([...places].filter(([id]) => this.graph.has(id)));
    if (here.size === 0) return Promise.resolve();
    for (const [id, position] of here) this.#keepPlace(id, position);
    return this.#track((async () => {
      await this.graph.arrange(here);
      const ids = [...here.keys()];
      if (ids.some((id) => !this.graph.inView(id))) {
        this.graph.bringIntoView(ids, this.#view.focus);
        await this.graph.settled();
      }
    })());
  }

  /**
   * Replaces what the page opens on connecting (the server's start node) with another first view.
   * @param {(info: import('./hub-client.js').GraphInfo) => void} open
   */
  startWith(open) { this.#startView = open; }

  /**
   * Shows a view again (from a link, or back and forward): panels hear 'restore' first and put away
   * what belongs to the view shown now, `draw` brings in the view's nodes, then the view's lens runs
   * again with its arguments. idle() waits for all of it.
   * @param {View} view
   * @param {() => Promise<void>} [draw]
   * @returns {Promise<void>}
   */
  restoreView(view, draw) {
    this.#emit('restore', view);
    return this.#track((async () => {
      await draw?.();
      this.setView(view);
      await this.#lenses.get(view.lens)?.(view.args);
    })());
  }

  /**
   * Registers how a lens runs again from the arguments it recorded in the view.
   * @param {string} name the view's lens name
   * @param {LensRunner} run
   */
  addLens(name, run) {
    if (this.#lenses.has(name)) throw new Error(`The lens '${name}' is registered twice.`);
    this.#lenses.set(name, run);
  }

  /**
   * A node's name as drawn, or its id when it is not on the canvas.
   * @param {string} id
   */
  label(id) { return this.graph.nodeData(id)?.label ?? id; }

  /**
   * Reports progress, a result or an error to the status line.
   * @param {StatusReport['kind']} kind
   * @param {string} [text]
   */
  report(kind, text = '') { this.#emit('status', /** @type {StatusReport} */ ({ kind, text })); }

  /**
   * Sets the view (lens, arguments, focus) and tells the panels.
   * @param {Partial<View>} change
   */
  setView(change) {
    this.#view = { ...this.#view, ...change };
    this.#emit('view', this.#view);
  }

  /** @param {string | null} id */
  select(id) { this.graph.select(id); }

  /**
   * Selects a node and brings it into the visible part of the canvas.
   * @param {string} id
   */
  selectAndReveal(id) {
    this.graph.select(id);
    this.graph.reveal(id);
  }

  /**
   * Registers an element drawn over the canvas, so the graph is kept out from under it.
   * @param {HTMLElement} element
   */
  addOverlay(element) {
    this.#overlays.add(element);
    this.#watchOverlays.observe(element);
  }

  /**
   * The boxes of the visible overlays, in pixels relative to the canvas' top-left corner.
   * @returns {import('./view-geometry.js').Box[]}
   */
  overlayBoxes() {
    const canvas = /** @type {HTMLElement} */ (this.graph.cy.container()).getBoundingClientRect();
    return [...this.#overlays]
      .filter((o) => o.getClientRects().length > 0 && getComputedStyle(o).visibility !== 'hidden')
      .map((o) => o.getBoundingClientRect())
      .map((r) => ({ x1: r.left - canvas.left, y1: r.top - canvas.top, x2: r.right - canvas.left, y2: r.bottom - canvas.top }));
  }

  /** Brings the selected node back into view when an overlay or the canvas changed over it. */
  keepFocusInView() {
    const id = this.#selected;
    if (id && this.graph.has(id) && !this.graph.inView(id)) this.graph.bringIntoView([id], id);
  }

  /**
   * Registers a single-key shortcut (no modifier), run when the focus is not in a text field.
   * @param {string} key as in KeyboardEvent.key
   * @param {string} description
   * @param {() => void} run
   */
  addShortcut(key, description, run) {
    if (this.#shortcuts.has(key)) throw new Error(`The key '${key}' is already taken by: ${this.#shortcuts.get(key)?.description}`);
    this.#shortcuts.set(key, { description, run });
  }

  /**
   * The shortcut registered for a key, if any.
   * @param {string} key
   */
  shortcut(key) { return this.#shortcuts.get(key) ?? null; }

  /**
   * Offers an action on nodes in the details panel and the context menu.
   * @param {NodeAction} action
   */
  addNodeAction(action) {
    if (this.#nodeActions.some((a) => a.name === action.name)) throw new Error(`The node action '${action.name}' is registered twice.`);
    this.#nodeActions.push(action);
  }

  /** @returns {readonly NodeAction[]} */
  get nodeActions() { return this.#nodeActions; }

  /**
   * The relationship categories of the graph with their counts, asked of the server once.
   * @returns {Promise<import('./hub-client.js').CategoryCount[]>}
   */
  categories() {
    this.#categories ??= this.hub.getCategories().catch((error) => {
      this.#categories = null;
      throw error;
    });
    return this.#categories;
  }

  /** @returns {Readonly<Filters>} */
  get filters() { return this.#filters; }

  /**
   * Hides or shows a node kind or a relationship category on the canvas and in every lens.
   * @param {'kinds' | 'categories'} what
   * @param {string} name
   * @param {boolean} shown
   */
  setFilter(what, name, shown) {
    const hidden = new Set(this.#filters[what]);
    if (shown) hidden.delete(name);
    else hidden.add(name);
    this.setFilters({ ...this.#filters, [what]: hidden });
  }

  /**
   * Hides exactly these node kinds and relationship categories (a link's filters).
   * @param {{ kinds: Iterable<string>, categories: Iterable<string> }} hidden
   */
  setFilters({ kinds, categories }) {
    const next = { kinds: new Set(kinds), categories: new Set(categories) };
    const same = (/** @type {ReadonlySet<string>} */ a, /** @type {ReadonlySet<string>} */ b) => a.size === b.size && [...a].every((x) => b.has(x));
    if (same(next.kinds, this.#filters.kinds) && same(next.categories, this.#filters.categories)) return;
    this.#filters = next;
    this.graph.applyFilters(this.#filters);
    this.#emit('filters', this.#filters);
  }

  /**
   * Whether the legend lets this node or edge data be shown.
   * @param {{ kind?: string, category?: string | null }} data
   */
  passesFilters(data) {
    if (data.kind !== undefined && this.#filters.kinds.has(data.kind)) return false;
    return !(data.category && this.#filters.categories.has(data.category));
  }

  /**
   * Records how long a lens took from request to drawn answer.
   * @param {string} lens
   * @param {number} started performance.now() when the request was made
   * @param {number} items
   */
  recordLens(lens, started, items) {
    this.lensMetrics.push({ lens, ms: performance.now() - started, items });
  }

  /**
   * Whether a foldable panel (side panel, legend, details sheet…) is shown.
   * @param {string} name
   */
  isShown(name) { return this.#panelsShown[name] ?? false; }

  /**
   * Shows or folds away a panel; the screen layout applies it.
   * @param {string} name
   * @param {boolean} shown
   */
  setShown(name, shown) {
    if (this.#panelsShown[name] === shown) return;
    this.#panelsShown = { ...this.#panelsShown, [name]: shown };
    this.#emit('panels', this.#panelsShown);
  }

  /**
   * Opens a node: brings its neighbourhood into the graph, selects it and shows its details.
   * @param {string} id
   * @param {number} [limit]
   */
  open(id, limit = OPEN_LIMIT) {
    return this.#track((async () => {
      this.setView({ lens: 'neighbourhood', args: { node: id }, focus: id });
      await this.expand(id, limit);
      if (this.graph.has(id)) {
        this.graph.select(id);
        await this.graph.settled();
        this.graph.bringIntoView(this.graph.ringOf(id), id);
        await this.graph.settled();
      }
    })());
  }

  /**
   * Adds the neighbourhood of a node to the graph, ring by ring as the server streams it.
   * @param {string} id
   * @param {number} [extra] new elements wanted beyond those already drawn around the node
   */
  expand(id, extra = this.#limits.get(id) ?? EXPAND_LIMIT) {
    this.#limits.set(id, extra);
    this.metrics.requested.push(id);
    // The server ranks neighbours without knowing what the page shows, so the budget covers what is
    // already visible around the node plus `extra` new elements.
    const limit = Math.min(MAX_LIMIT, extra + 2 * this.graph.visibleAround(id));
    const name = this.label(id);
    const started = performance.now();
    let first = true;
    return this.draw({
      key: id,
      label: `the neighbourhood of ${name}`,
      undoLabel: `expand ${name}`,
      start: (observer) => this.hub.streamNeighbourhood(id, this.#depth, limit, {
        ...observer,
        next: (batch) => {
          observer.next(batch);
          // Measured when the first ring is drawn: draw() queues each batch behind the last one.
          this.#whenDrawn(() => {
            if (first) {
              first = false;
              this.metrics.expansions.push({ id, ms: performance.now() - started, serverMs: batch.serverMs, ring: batch.ring });
            } else {
              const last = this.metrics.expansions.at(-1);
              if (last) last.rings = batch.ring;
            }
            if (this.#selected === id) this.#emit('node-change', id);
          });
        },
      }),
      summary: (added, remaining) => {
        const more = remaining > 0 ? ` · ${remaining} more not shown (Show more neighbours)` : '';
        return added > 0 ? `Added ${added} elements around ${this.label(id)}${more}` : `Nothing new around ${this.label(id)}${more}`;
      },
    });
  }

  /**
   * Shows more of a node's neighbours than the last expansion did.
   * @param {string} id
   */
  expandMore(id) {
    return this.expand(id, Math.min(MAX_LIMIT, (this.#limits.get(id) ?? EXPAND_LIMIT) * 2));
  }

  /**
   * Draws a stream of batches onto the graph as one undo step, reporting progress: the way every
   * lens adds elements. A newer request with the same key cancels this one.
   * @param {DrawRequest} request
   * @returns {Promise<void>} settles when the stream has ended and its batches are drawn
   */
  draw({ key, label, undoLabel, start, summary }) {
    this.#streams.get(key)?.cancel();
    const step = this.graph.beginExpansion(undoLabel ?? label);
    let added = 0;
    let remaining = 0;
    this.report('busy', `Loading ${label}…`);
    return this.#track(new Promise((resolve) => {
      let ended = false;
      // Runs once, after the batches already received are drawn: on completion, on error, or when
      // the stream is cancelled (a cancelled stream reports neither, and its work must still end).
      /** @param {() => void} [closing] */
      const end = (closing) => this.#whenDrawn(() => {
        if (ended) return;
        ended = true;
        if (this.#streams.get(key) === entry) this.#streams.delete(key);
        this.graph.endExpansion(step);
        closing?.();
        resolve();
      });
      const handle = start({
        next: (batch) => this.#whenDrawn(async () => {
          this.report('busy', `Loading ${label}: ring ${batch.ring}…`);
          remaining = batch.remaining;
          added += await this.graph.addBatch(batch, step);
        }),
        complete: () => end(() => this.report('done', summary?.(added, remaining) ?? `Added ${added} elements: ${label}`)),
        error: (error) => end(() => this.report('error', `Could not load ${label}: ${hubErrorMessage(error)}`)),
      });
      const entry = { cancel: () => { handle.cancel(); end(); }, step };
      this.#streams.set(key, entry);
    }));
  }

  /**
   * Removes the nodes that hang only from this one.
   * @param {string} id
   */
  collapse(id) {
    this.report('done', `Collapsed ${this.graph.collapse(id)} nodes`);
    this.#emit('node-change', id);
  }

  /** @param {string} id */
  hide(id) {
    if (this.graph.has(id)) this.graph.hide(id);
  }

  /** Takes back the last step; undoing a stream still in flight stops it. */
  undo() {
    const step = this.graph.undo();
    for (const [key, entry] of this.#streams) {
      if (entry.step === step) {
        entry.cancel();
        this.#streams.delete(key);
      }
    }
  }

  redo() { this.graph.redo(); }

  /**
   * Stops every stream and empties the graph.
   * @param {boolean} [quietly] leaves the status line alone (a view about to be restored)
   */
  clear(quietly = false) {
    this.#cancelStreams();
    this.#limits.clear();
    this.#moved.clear();
    this.graph.clear();
    this.#emit('clear');
    if (!quietly) this.report('done', 'Cleared the graph; search to start again.');
  }

  /** @param {boolean} on */
  setLargeType(on) {
    this.#largeType = on;
    document.documentElement.classList.toggle('large-type', on);
    this.graph.setLargeType(on);
    localStorage.setItem(LARGE_TYPE_KEY, on ? '1' : '0');
    this.#emit('large-type', on);
  }

  /**
   * A node's details, from the cache or the server.
   * @param {string} id
   * @returns {Promise<NodeDetails>}
   */
  async nodeDetails(id) {
    const cached = this.#details.get(id);
    if (cached) return cached;
    this.report('busy', `Loading the details of ${this.label(id)}…`);
    const node = await this.hub.getNode(id);
    this.#details.set(id, node);
    this.report('done');
    return node;
  }

  /**
   * A node's details if they were loaded before.
   * @param {string} id
   */
  cachedDetails(id) { return this.#details.get(id) ?? null; }

  /**
   * Resolves once no stream or open is in flight and the view has stopped moving. An open moves
   * the view after its stream ends, so waiting for the layout alone can resolve just before that move.
   */
  async idle() {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
    await this.graph.settled();
  }

  /** @type {Promise<void>} batches are drawn one after the other, and a stream's end after its last batch */
  #drawing = Promise.resolve();

  /** @param {() => void | Promise<void>} work */
  #whenDrawn(work) {
    this.#drawing = this.#drawing.then(work).catch((error) => {
      console.error(error);
      this.report('error', `Could not draw: ${String(error)}`);
    });
    return this.#drawing;
  }

  /**
   * Keeps a piece of work in view until it ends, so idle() can wait for it.
   * @template T
   * @param {Promise<T>} work
   * @returns {Promise<T>}
   */
  #track(work) {
    this.#pending.add(work);
    work.finally(() => this.#pending.delete(work));
    return work;
  }

  /**
   * @param {string} id
   * @param {import('cytoscape').Position} position
   */
  #keepPlace(id, position) {
    this.#moved.delete(id);
    this.#moved.set(id, { x: position.x, y: position.y });
    for (const oldest of this.#moved.keys()) {
      if (this.#moved.size <= MAX_MOVED) break;
      this.#moved.delete(oldest);
    }
  }

  #cancelStreams() {
    for (const entry of this.#streams.values()) entry.cancel();
    this.#streams.clear();
  }

  /** @param {import('./hub-client.js').ConnectionState} state */
  #onConnection(state) {
    this.#emit('connection', state);
    if (state === 'disconnected') {
      this.#cancelStreams();
      this.report('error', 'The connection to the server is closed; press Reconnect to try again.');
    }
  }

  /** @param {import('./hub-client.js').GraphInfo} info */
  #onWelcome(info) {
    this.#emit('welcome', info);
    if (!this.#opened && this.graph.isEmpty && (info.startNodeId || this.#startView)) {
      this.#opened = true;
      if (this.#startView) this.#startView(info);
      else if (info.startNodeId) this.open(info.startNodeId);
    }
  }

  /**
   * @param {string} type
   * @param {unknown} [detail]
   */
  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
