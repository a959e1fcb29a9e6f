// Owns the Cytoscape instance. Every change to the graph goes through this class, which announces
// it on its EventTarget bus: 'select' (detail: id or null), 'select-edge' (detail: EdgeView),
// 'expand' (detail: id), 'change'. Undo and redo are cytoscape-undo-redo's stacks, with two actions:
// 'add-ring' (elements a stream added) and 'remove-elements' (hide, collapse).
import { cytoscape } from '../lib/vendor.js';
import { graphStyle } from './cy-style.js';

/** @typedef {import('cytoscape').Core} Core */
/** @typedef {import('cytoscape').Collection} Collection */
/** @typedef {import('cytoscape').NodeSingular} NodeSingular */
/** @typedef {import('cytoscape').NodeCollection} NodeCollection */
/** @typedef {import('./hub-client.js').NodeData} NodeData */
/** @typedef {import('./hub-client.js').EdgeData} EdgeData */
/** @typedef {import('./hub-client.js').Batch} Batch */

/** @typedef {EdgeData & { sourceLabel: string, targetLabel: string }} EdgeView */

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
    this.#cy.on('dbltap', 'node', (e) => this.#emit('expand', e.target.id()));
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
   * @param {Pick<Batch, 'nodes' | 'edges'>} batch
   * @param {AddStep} [step]
   * @returns {Promise<number>}
   */
  addBatch(batch, step) {
    const cy = this.#cy;
    let added = cy.collection();
    cy.batch(() => {
      for (const node of batch.nodes) {
        if (this.has(node.data.id)) continue;
        const anchor = this.#anchorFor(node.data.id, batch.edges);
        added = added.union(cy.add({ group: 'nodes', data: node.data, position: this.#spawnNear(anchor) }));
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
    if (added.nodes().nonempty()) this.#layout = this.#layout.then(() => this.#runLayout(added.nodes()));
    return new Promise((resolve) => requestAnimationFrame(() => resolve(freshIds.length)));
  }

  /** Waits for the layouts started so far and for the view to stop moving. */
  async settled() {
    await this.#layout;
    while (this.#cy.animated() || this.#cy.nodes().some((n) => /** @type {NodeSingular} */ (n).animated())) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
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
    this.#emit('select', node.nonempty() ? id : null);
  }

  /**
   * Pans to a node when it is outside the view; leaves the view alone otherwise.
   * @param {string} id
   */
  reveal(id) {
    const node = this.#cy.getElementById(id);
    if (node.empty()) return;
    const view = this.#cy.extent();
    const { x, y } = node.position();
    const inside = x > view.x1 && x < view.x2 && y > view.y1 && y < view.y2;
    if (!inside) this.#cy.animate({ center: { eles: node }, duration: 250 });
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

  fit() { this.#cy.animate({ fit: { eles: this.#cy.elements(), padding: 40 }, duration: 250 }); }

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
      fit: first,
    }));
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    if (!first) this.#keepInView(freshNodes);
  }

  /** @param {NodeCollection} nodes */
  #keepInView(nodes) {
    const cy = this.#cy;
    const view = cy.extent();
    const box = nodes.boundingBox();
    const outside = box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2;
    if (outside) cy.animate({ fit: { eles: cy.elements(), padding: 40 }, duration: 250 });
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
