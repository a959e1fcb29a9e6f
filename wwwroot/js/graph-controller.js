// Owns the Cytoscape instance. Every change to the graph goes through this class, which announces
// it on its EventTarget bus: 'select' (detail: id or null), 'select-edge' (detail: EdgeView),
// 'expand' (detail: id), 'context' (detail: { id, x, y }, a right click in canvas pixels), 'change',
// 'moved' (detail: { id, position }, a node dragged by hand and let go, in model coordinates). Undo and redo are cytoscape-undo-redo's stacks, with two actions:
// 'add-ring' (elements a stream added) and 'remove-elements' (hide, collapse).
import { cytoscape } from '../lib/vendor.js';
import { graphStyle, FILTERED, LENS_ON, LENS_FADED, LENS_HIDDEN, LENS_STEP, UNCERTAIN } from './cy-style.js';
import { cullLabels } from './label-culling.js';
import { freeRect, shrink, viewToContain } from './view-geometry.js';

/** @typedef {import('cytoscape').Core} Core */
/** @typedef {import('cytoscape').Collection} Collection */
/** @typedef {import('cytoscape').NodeSingular} NodeSingular */
/** @typedef {import('cytoscape').NodeCollection} NodeCollection */
/** @typedef {import('./hub-client.js').NodeData} NodeData */
/** @typedef {import('./hub-client.js').EdgeData} EdgeData */
/** @typedef {import('./hub-client.js').Batch} Batch */

/** @typedef {EdgeData & { sourceLabel: string, targetLabel: string }} EdgeView */
/**
 * Elements to draw; `places` puts new nodes where a lens lays them out itself (a timeline), so no
 * layout runs for them and they are drawn in place at once.
 * @typedef {Pick<Batch, 'nodes' | 'edges'> & { places?: ReadonlyMap<string, import('cytoscape').Position> }} DrawBatch
 */
/** @typedef {import('./view-geometry.js').Box} Box */

/**
 * What one stream added, undone as one step. The undo entry is made with the first element added,
 * and later batches of the same stream join it.
 * @typedef {object} AddStep
 * @property {string} label what the undo button names
 * @property {string[]} ids
 * @property {boolean} recorded whether the undo entry exists yet
 * @property {Collection} [removed] what undo took away, for redo
 */

/**
 * @typedef {object} RemoveStep
 * @property {string} label
 * @property {Collection} elements
 */

const LAYOUT_ANIMATION_MS = 450;
const FRESH_HIGHLIGHT_MS = 1500;
const ZOOM_STEP = 1.25;
const SPAWN_RADIUS = 60;
const VIEW_MARGIN = 24;
const VIEW_ANIMATION_MS = 250;
// Below this zoom a focus and its ring are not worth fitting in whole: labels would be unreadable.
const MIN_FIT_ZOOM = 0.45;
const LABEL_DELAY_MS = 60;

const FCOSE = {
  name: 'fcose',
  quality: 'default',
  animate: true,
  animationDuration: LAYOUT_ANIMATION_MS,
  fit: false,
  padding: 40,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: () => 90,
  nodeRepulsion: () => 6500,
  nodeSeparation: 60,
};

export class GraphController extends EventTarget {
  /** @type {Core} */
  #cy;
  #undoRedo;
  #largeType = false;
  /** @type {Promise<void>} */
  #layout = Promise.resolve();
  /** @type {() => Box[]} */
  #obstacles = () => [];
  #labelTimer = 0;

  /** @param {HTMLElement} container */
  constructor(container) {
    super();
    this.#cy = cytoscape({
      container,
      style: graphStyle(),
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    // Dragging stays out of the undo history: undo takes back what the graph gained or lost.
    this.#undoRedo = this.#cy.undoRedo({ undoableDrag: false });
    this.#undoRedo.action('add-ring', (/** @type {AddStep} */ step) => this.#redoAdd(step), (/** @type {AddStep} */ step) => this.#undoAdd(step));
    this.#undoRedo.action('remove-elements',
      (/** @type {RemoveStep} */ step) => ({ ...step, elements: step.elements.remove() }),
      (/** @type {RemoveStep} */ step) => ({ ...step, elements: step.elements.restore() }));
    this.#cy.on('tap', 'node', (e) => this.select(e.target.id()));
    this.#cy.on('tap', (e) => { if (e.target === this.#cy) this.select(null); });
    this.#cy.on('tap', 'edge', (e) => this.#emit('select-edge', this.#edgeView(e.target)));
    this.#cy.on('cxttap', 'node', (e) => this.#emit('context', { id: e.target.id(), x: e.renderedPosition.x, y: e.renderedPosition.y }));
    this.#cy.on('dbltap', 'node', (e) => this.#emit('expand', e.target.id()));
    // A long press opens a node on a touch screen, where a double tap is awkward.
    this.#cy.on('taphold', 'node', (e) => this.#emit('expand', e.target.id()));
    this.#cy.on('dragfree', 'node', (e) => this.#emit('moved', { id: e.target.id(), position: { ...e.target.position() } }));
    this.#cy.on('mouseover', 'node, edge', (e) => e.target.addClass('hover'));
    this.#cy.on('mouseout', 'node, edge', (e) => e.target.removeClass('hover'));
    this.#cy.on('viewport resize add remove', () => this.#scheduleLabels());
  }

  /**
   * Tells the controller what covers the canvas: boxes in pixels relative to its top-left corner.
   * Fitting and revealing keep elements out of them.
   * @param {() => Box[]} obstacles
   */
  setObstacles(obstacles) {
    this.#obstacles = obstacles;
  }

  /** The part of the canvas no overlay covers, less a margin, in rendered pixels. */
  visibleBox() {
    const cy = this.#cy;
    return shrink(freeRect(cy.width(), cy.height(), this.#obstacles()), VIEW_MARGIN);
  }

  /**
   * Brings elements into the visible part of the canvas: pans as little as needed, zooms out when
   * they do not fit, and keeps `focusId` in view whatever happens.
   * @param {string[]} ids
   * @param {string | null} [focusId]
   */
  bringIntoView(ids, focusId = null) {
    const cy = this.#cy;
    const eles = this.#byIds(ids).nodes();
    if (eles.empty()) return;
    const focus = focusId ? cy.getElementById(focusId) : cy.collection();
    const target = this.#modelBox(eles);
    const view = viewToContain({ zoom: cy.zoom(), pan: cy.pan() }, target, focus.nonempty() ? this.#modelBox(focus) : null,
      this.visibleBox(), Math.min(MIN_FIT_ZOOM, cy.zoom()));
    const pan = cy.pan();
    if (Math.abs(view.zoom - cy.zoom()) < 1e-3 && Math.abs(view.pan.x - pan.x) < 0.5 && Math.abs(view.pan.y - pan.y) < 0.5) return;
    cy.stop(true, false);
    cy.animate({ zoom: view.zoom, pan: view.pan, duration: VIEW_ANIMATION_MS });
  }

  /**
   * Whether a node is drawn wholly inside the visible part of the canvas.
   * @param {string} id
   */
  inView(id) {
    const node = this.#cy.getElementById(id);
    if (node.empty()) return false;
    const box = node.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
    const free = this.visibleBox();
    return box.x1 >= free.x1 && box.y1 >= free.y1 && box.x2 <= free.x2 && box.y2 <= free.y2;
  }

  /** For tests, diagnostics and lenses that style elements (by class only). */
  get cy() { return this.#cy; }

  get isEmpty() { return this.#cy.nodes().empty(); }

  get canUndo() { return !this.#undoRedo.isUndoStackEmpty(); }

  get canRedo() { return !this.#undoRedo.isRedoStackEmpty(); }

  /** @returns {string} */
  get undoLabel() { return this.#undoRedo.getUndoStack().at(-1)?.args?.label ?? ''; }

  /** @returns {string} */
  get redoLabel() { return this.#undoRedo.getRedoStack().at(-1)?.args?.label ?? ''; }

  /** @param {string} id */
  has(id) { return this.#cy.getElementById(id).nonempty(); }

  /**
   * @param {string} id
   * @returns {NodeData | null}
   */
  nodeData(id) {
    const node = this.#cy.getElementById(id);
    return node.nonempty() ? node.data() : null;
  }

  /**
   * A node and the nodes next to it on the canvas.
   * @param {string} id
   * @returns {string[]}
   */
  ringOf(id) {
    return this.#cy.getElementById(id).closedNeighborhood().nodes().map((n) => n.id());
  }

  /**
   * How many elements around a node are on the canvas: the node, its visible neighbours and edges.
   * @param {string} id
   */
  visibleAround(id) {
    return this.#cy.getElementById(id).closedNeighborhood().length;
  }

  /**
   * The visible nodes, by name.
   * @returns {NodeData[]}
   */
  visibleNodes() {
    return this.#cy.nodes().map((n) => /** @type {NodeData} */ (n.data()))
      .sort((a, b) => a.label.localeCompare(b.label));
  }

  /**
   * Starts a step of streamed additions: what the stream adds is undone as one step.
   * @param {string} label
   * @returns {AddStep}
   */
  beginExpansion(label) {
    return { label, ids: [], recorded: false };
  }

  /**
   * Ends a stream's step; one that added nothing never made an undo entry.
   * @param {AddStep} _step
   */
  endExpansion(_step) {
    this.#emit('change');
  }

  /**
   * Adds a streamed ring. New nodes appear around the node they attach to, then an incremental
   * layout moves only them: every node already on the canvas is a fixed constraint.
   * Resolves with the number of elements added once the ring is drawn (before the layout ends).
   * @param {DrawBatch} batch
   * @param {AddStep} [step]
   * @returns {Promise<number>}
   */
  addBatch(batch, step) {
    const cy = this.#cy;
    let added = cy.collection();
    cy.batch(() => {
      for (const node of batch.nodes) {
        if (this.has(node.data.id)) continue;
        const position = batch.places?.get(node.data.id) ?? this.#spawnNear(this.#anchorFor(node.data.id, batch.edges));
        added = added.union(cy.add({ group: 'nodes', data: node.data, position }));
      }
      for (const edge of batch.edges) {
        if (this.has(edge.data.id) || !this.has(edge.data.source) || !this.has(edge.data.target)) continue;
        added = added.union(cy.add({ group: 'edges', data: edge.data }));
      }
    });
    const freshIds = added.map((e) => e.id());
    if (step && freshIds.length > 0) {
      step.ids.push(...freshIds);
      if (!step.recorded) {
        step.recorded = true;
        this.#undoRedo.do('add-ring', step);
      }
    }
    this.#refreshHasMore();
    added.nodes().addClass('fresh');
    setTimeout(() => added.nodes().removeClass('fresh'), FRESH_HIGHLIGHT_MS);
    this.#emit('change');
    const unplaced = added.nodes().filter((n) => !batch.places?.has(n.id()));
    if (unplaced.nonempty()) this.#layout = this.#layout.then(() => this.#runLayout(unplaced));
    return new Promise((resolve) => requestAnimationFrame(() => resolve(freshIds.length)));
  }

  /** Waits for the layouts started so far and for the view to stop moving. */
  async settled() {
    await this.#layout;
    while (this.#cy.animated() || this.#cy.nodes().some((n) => /** @type {NodeSingular} */ (n).animated())) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    if (this.#labelTimer) this.#updateLabels();
  }

  /**
   * Marks every element with the class a function gives it among `classes` (or none): time and
   * passage marks are drawn this way, so they follow what is added and undone.
   * @param {string[]} classes
   * @param {(data: Record<string, unknown>, isNode: boolean) => string | null} classOf
   */
  mark(classes, classOf) {
    const cy = this.#cy;
    cy.batch(() => {
      cy.elements().forEach((e) => {
        const wanted = classOf(e.data(), e.isNode());
        for (const c of classes) {
          if (c === wanted) e.addClass(c);
          else e.removeClass(c);
        }
      });
    });
    this.#scheduleLabels();
  }

  /** @param {string | null} id */
  select(id) {
    const cy = this.#cy;
    cy.elements().removeClass('focus neighbour faded');
    const node = id ? cy.getElementById(id) : cy.collection();
    if (node.nonempty()) {
      const hood = node.closedNeighborhood();
      cy.elements().not(hood).addClass('faded');
      hood.addClass('neighbour');
      node.removeClass('neighbour').addClass('focus');
    }
    this.#scheduleLabels();
    this.#emit('select', node.nonempty() ? id : null);
  }

  /**
   * Brings a node into the visible part of the canvas when it is not there.
   * @param {string} id
   */
  reveal(id) {
    if (this.has(id) && !this.inView(id)) this.bringIntoView([id], id);
  }

  /** @param {string} id */
  hide(id) {
    const node = this.#cy.getElementById(id);
    if (node.empty()) return;
    this.#undoRedo.do('remove-elements', { label: `hide ${node.data('label')}`, elements: node.union(node.connectedEdges()) });
    this.#refreshHasMore();
    this.select(null);
    this.#emit('change');
  }

  /**
   * Removes the nodes that hang only from this one (leaves of the visible graph).
   * @param {string} id
   * @returns {number} how many nodes went
   */
  collapse(id) {
    const node = this.#cy.getElementById(id);
    if (node.empty()) return 0;
    const leaves = node.neighborhood().nodes().filter((n) => n.degree(false) === 1 || n.neighborhood().nodes().same(node));
    if (leaves.empty()) return 0;
    this.#undoRedo.do('remove-elements', { label: `collapse ${node.data('label')}`, elements: leaves.union(leaves.connectedEdges()) });
    this.#refreshHasMore();
    this.#emit('change');
    return leaves.length;
  }

  /**
   * Takes back the last step.
   * @returns {AddStep | RemoveStep | null} the step undone
   */
  undo() {
    if (!this.canUndo) return null;
    const step = this.#undoRedo.undo();
    this.#afterHistoryMove();
    return step;
  }

  /** Does again the last step undone. */
  redo() {
    if (!this.canRedo) return;
    this.#undoRedo.redo();
    this.#afterHistoryMove();
  }

  clear() {
    this.#cy.elements().remove();
    this.#undoRedo.reset();
    this.select(null);
    this.#emit('change');
  }

  /**
   * The elements drawn now: none the date, a filter or a lens hides, nor the edges of hidden nodes.
   * Cytoscape answers `visible()` from a cache it refreshes when the next frame restyles, so a class
   * set since would still read as before; reading each element's display first restyles what changed.
   */
  drawn() {
    const cy = this.#cy;
    cy.elements().forEach((e) => { e.style('display'); });
    return cy.elements(':visible');
  }

  /** @param {string} id whether the element is drawn now (see drawn()) */
  isDrawn(id) {
    const e = this.#cy.getElementById(id);
    if (e.empty()) return false;
    e.union(e.connectedNodes()).forEach((x) => { x.style('display'); });
    return e.visible();
  }

  /** Follows a change of the canvas' size (a panel folded or shown). */
  resize() { this.#cy.resize(); }

  /**
   * Fits the whole graph, or the given nodes, into the visible part of the canvas.
   * @param {string[]} [ids]
   */
  fit(ids) {
    const cy = this.#cy;
    const nodes = ids ? this.#byIds(ids).nodes() : this.drawn().nodes();
    if (nodes.empty()) return;
    const target = this.#modelBox(nodes);
    const free = this.visibleBox();
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min((free.x2 - free.x1) / (target.x2 - target.x1 || 1), (free.y2 - free.y1) / (target.y2 - target.y1 || 1))));
    const pan = { x: (free.x1 + free.x2) / 2 - zoom * (target.x1 + target.x2) / 2, y: (free.y1 + free.y2) / 2 - zoom * (target.y1 + target.y2) / 2 };
    cy.stop(true, false);
    cy.animate({ zoom, pan, duration: VIEW_ANIMATION_MS });
  }

  /**
   * Hides the nodes of hidden kinds and the edges of hidden categories (a hidden node takes its edges with it).
   * @param {import('./explorer.js').Filters} filters
   */
  applyFilters({ kinds, categories }) {
    const cy = this.#cy;
    cy.batch(() => {
      cy.nodes().forEach((n) => { n.toggleClass(FILTERED, kinds.has(n.data('kind'))); });
      cy.edges().forEach((e) => { e.toggleClass(FILTERED, categories.has(e.data('category'))); });
    });
    this.#scheduleLabels();
  }

  /**
   * Puts a lens's answer in the spotlight: its elements stand out and the rest fades, or, with
   * `hideRest`, leaves the canvas until the spotlight is cleared. Null clears it.
   * @param {string[] | null} ids
   * @param {{ hideRest?: boolean }} [options]
   */
  spotlight(ids, { hideRest = false } = {}) {
    const cy = this.#cy;
    cy.batch(() => {
      cy.elements().removeClass(`${LENS_ON} ${LENS_FADED} ${LENS_HIDDEN} ${LENS_STEP}`);
      if (!ids) return;
      const on = this.#byIds(ids);
      on.addClass(LENS_ON);
      cy.elements().not(on).addClass(hideRest ? LENS_HIDDEN : LENS_FADED);
    });
    this.#scheduleLabels();
  }

  /**
   * Marks the elements of the step being read within the spotlight.
   * @param {string[]} ids
   */
  markStep(ids) {
    const cy = this.#cy;
    cy.elements().removeClass(LENS_STEP);
    this.#byIds(ids).addClass(LENS_STEP);
  }

  /**
   * Captions nodes (drawn instead of their names) and marks some as uncertain; an empty map clears both.
   * @param {Map<string, string>} captions
   * @param {Set<string>} [uncertain]
   */
  setCaptions(captions, uncertain = new Set()) {
    const cy = this.#cy;
    cy.batch(() => {
      cy.nodes('[caption]').removeData('caption');
      cy.nodes().removeClass(UNCERTAIN);
      for (const [id, caption] of captions) cy.getElementById(id).data('caption', caption);
      for (const id of uncertain) cy.getElementById(id).addClass(UNCERTAIN);
    });
  }

  /** Where every node is, to put them back after a lens moved them. */
  positions() {
    return new Map(this.#cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  }

  /**
   * Moves nodes to the given positions, after any layout in progress; gliding there, or at once
   * with `animate: false` (a lens whose answer should be read as soon as it arrives).
   * @param {ReadonlyMap<string, import('cytoscape').Position>} positions
   * @param {{ animate?: boolean }} [options]
   * @returns {Promise<void>}
   */
  arrange(positions, { animate = true } = {}) {
    this.#layout = this.#layout.then(async () => {
      const nodes = this.#cy.nodes().filter((n) => positions.has(n.id()));
      if (nodes.empty()) return;
      if (!animate) {
        this.#cy.batch(() => nodes.forEach((n) => {
          const at = /** @type {import('cytoscape').Position} */ (positions.get(n.id()));
          n.position({ x: at.x, y: at.y });
        }));
        this.#scheduleLabels();
        return;
      }
      const layout = nodes.layout(/** @type {import('cytoscape').LayoutOptions} */ ({
        name: 'preset',
        positions: (/** @type {NodeSingular} */ n) => positions.get(n.id()),
        animate: true,
        animationDuration: LAYOUT_ANIMATION_MS,
        fit: false,
      }));
      const done = layout.promiseOn('layoutstop');
      layout.run();
      await done;
      this.#scheduleLabels();
    });
    return this.#layout;
  }

  /** @param {number} factor */
  zoomBy(factor) {
    const cy = this.#cy;
    cy.animate({
      zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } },
      duration: 150,
    });
  }

  zoomIn() { this.zoomBy(ZOOM_STEP); }

  zoomOut() { this.zoomBy(1 / ZOOM_STEP); }

  /** @param {boolean} on */
  setLargeType(on) {
    this.#largeType = on;
    this.#cy.style(graphStyle({ largeType: on }));
    this.#scheduleLabels();
  }

  get largeType() { return this.#largeType; }

  /** @param {AddStep} step */
  #undoAdd(step) {
    step.removed = this.#byIds(step.ids).remove();
    return step;
  }

  /**
   * The first run records elements already added; a redo puts back those that nothing re-added since.
   * @param {AddStep & { firstTime?: boolean }} step
   */
  #redoAdd(step) {
    if (step.firstTime || !step.removed) return step;
    const back = step.removed.nodes().filter((n) => !this.has(n.id())).restore();
    step.removed.edges().filter((e) => !this.has(e.id()) && this.has(e.data('source')) && this.has(e.data('target'))).restore();
    if (back.nonempty()) this.#layout = this.#layout.then(() => this.#runLayout(back));
    return step;
  }

  /**
   * The elements with these ids that are on the canvas.
   * @param {string[]} ids
   */
  #byIds(ids) {
    const cy = this.#cy;
    return ids.reduce((all, id) => all.union(cy.getElementById(id)), cy.collection());
  }

  #afterHistoryMove() {
    this.#refreshHasMore();
    this.select(null);
    this.#emit('change');
  }

  /**
   * @param {import('cytoscape').EdgeSingular} edge
   * @returns {EdgeView}
   */
  #edgeView(edge) {
    return { ...edge.data(), sourceLabel: edge.source().data('label'), targetLabel: edge.target().data('label') };
  }

  /**
   * @param {string} id
   * @param {{ data: EdgeData }[]} edges
   * @returns {NodeSingular | null}
   */
  #anchorFor(id, edges) {
    for (const e of edges) {
      const other = e.data.source === id ? e.data.target : e.data.target === id ? e.data.source : null;
      if (other && this.has(other)) return /** @type {NodeSingular} */ (/** @type {unknown} */ (this.#cy.getElementById(other)));
    }
    return null;
  }

  /** @param {NodeSingular | null} anchor */
  #spawnNear(anchor) {
    const angle = Math.random() * 2 * Math.PI;
    const base = anchor ? anchor.position() : this.#viewportCentre();
    return { x: base.x + SPAWN_RADIUS * Math.cos(angle), y: base.y + SPAWN_RADIUS * Math.sin(angle) };
  }

  #viewportCentre() {
    const { x1, y1, w, h } = this.#cy.extent();
    return { x: x1 + w / 2, y: y1 + h / 2 };
  }

  /** @param {NodeCollection} freshNodes */
  async #runLayout(freshNodes) {
    const cy = this.#cy;
    const fixed = /** @type {NodeCollection} */ (cy.nodes().not(freshNodes).filter((n) => n.inside()));
    const first = fixed.empty();
    const pinned = new Map(fixed.map((n) => [n.id(), { ...n.position() }]));
    const layout = cy.layout(/** @type {import('cytoscape').LayoutOptions} */ ({
      ...FCOSE,
      randomize: first,
      fixedNodeConstraint: first ? undefined : [...pinned].map(([nodeId, position]) => ({ nodeId, position })),
      // fcose honours the constraint for the centre of a node's box with its label, which sits off the
      // node's position by half a label: without this, every placed node would drift a few pixels.
      transform: (/** @type {NodeSingular} */ node, /** @type {import('cytoscape').Position} */ position) => pinned.get(node.id()) ?? position,
      fit: false,
    }));
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    if (first) this.fit();
    else this.#keepInView(freshNodes);
    this.#scheduleLabels();
  }

  /**
   * After a ring is laid out: the new nodes and the focus come into view.
   * @param {NodeCollection} nodes
   */
  #keepInView(nodes) {
    const focus = this.#cy.nodes('.focus');
    const ids = nodes.union(focus).map((n) => n.id());
    this.bringIntoView(ids, focus.nonempty() ? focus[0].id() : null);
  }

  /**
   * An element set's box in model coordinates, labels included.
   * @param {{ boundingBox: (options: import('cytoscape').BoundingBoxOptions) => Box }} eles
   * @returns {Box}
   */
  #modelBox(eles) {
    const b = eles.boundingBox({ includeLabels: true, includeOverlays: false });
    return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
  }

  /** Re-decides the labels once the view has stopped changing for a moment. */
  #scheduleLabels() {
    clearTimeout(this.#labelTimer);
    this.#labelTimer = window.setTimeout(() => this.#updateLabels(), LABEL_DELAY_MS);
  }

  #updateLabels() {
    clearTimeout(this.#labelTimer);
    this.#labelTimer = 0;
    cullLabels(this.#cy);
  }

  #refreshHasMore() {
    this.#cy.nodes().forEach((n) => {
      const hasMore = (n.data('degree') ?? 0) > n.connectedEdges().length;
      if (Boolean(n.data('hasMore')) !== hasMore) n.data('hasMore', hasMore);
    });
  }

  /**
   * @param {string} type
   * @param {unknown} [detail]
   */
  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
