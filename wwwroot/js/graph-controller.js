// Owns the Cytoscape instance. Every change to the graph goes through this class, which announces
// it on its EventTarget bus: 'select' (detail: id or null), 'select-edge' (detail: the edge's data
// with its ends' labels), 'expand' (detail: id), 'change'.
import { cytoscape } from '../lib/vendor.js';
import { graphStyle } from './cy-style.js';

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
  #cy;
  #undo = [];
  #largeType = false;
  #layout = Promise.resolve();

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
    this.#cy.on('tap', 'node', (e) => this.select(e.target.id()));
    this.#cy.on('tap', (e) => { if (e.target === this.#cy) this.select(null); });
    this.#cy.on('tap', 'edge', (e) => this.#emit('select-edge', this.#edgeView(e.target)));
    this.#cy.on('dbltap', 'node', (e) => this.#emit('expand', e.target.id()));
  }

  /** For tests and diagnostics only. */
  get cy() { return this.#cy; }

  get isEmpty() { return this.#cy.nodes().empty(); }

  get canUndo() { return this.#undo.length > 0; }

  get undoLabel() { return this.#undo.at(-1)?.label ?? ''; }

  has(id) { return this.#cy.getElementById(id).nonempty(); }

  nodeData(id) {
    const node = this.#cy.getElementById(id);
    return node.nonempty() ? node.data() : null;
  }

  /** How many elements around a node are on the canvas: the node, its visible neighbours and edges. */
  visibleAround(id) {
    return this.#cy.getElementById(id).closedNeighborhood().length;
  }

  /** The visible nodes, by name. */
  visibleNodes() {
    return this.#cy.nodes().map((n) => n.data())
      .sort((a, b) => a.label.localeCompare(b.label));
  }

  /** Starts an expansion: what it adds until the next begin() is undone as one step. */
  beginExpansion(label) {
    const step = { kind: 'expand', label, added: [] };
    this.#undo.push(step);
    this.#emit('change');
    return step;
  }

  /** Ends an expansion; one that added nothing leaves no undo step. */
  endExpansion(step) {
    if (step.added.length === 0) {
      const at = this.#undo.indexOf(step);
      if (at >= 0) this.#undo.splice(at, 1);
    }
    this.#emit('change');
  }

  /**
   * Adds a streamed ring. New nodes appear around the node they attach to, then an incremental
   * layout moves only them: every node already on the canvas is a fixed constraint.
   * Resolves once the ring is drawn (before the layout animation ends).
   */
  addBatch(batch, step) {
    const cy = this.#cy;
    const fresh = [];
    cy.batch(() => {
      for (const node of batch.nodes) {
        if (this.has(node.data.id)) continue;
        const anchor = this.#anchorFor(node.data.id, batch.edges);
        const added = cy.add({ group: 'nodes', data: node.data, position: this.#spawnNear(anchor) });
        fresh.push(added);
      }
      for (const edge of batch.edges) {
        if (this.has(edge.data.id) || !this.has(edge.data.source) || !this.has(edge.data.target)) continue;
        fresh.push(cy.add({ group: 'edges', data: edge.data }));
      }
    });
    const freshIds = fresh.map((e) => e.id());
    step?.added.push(...freshIds);
    this.#refreshHasMore();
    const added = cy.collection(fresh);
    added.nodes().addClass('fresh');
    setTimeout(() => added.nodes().removeClass('fresh'), FRESH_HIGHLIGHT_MS);
    this.#emit('change');
    if (added.nodes().nonempty()) this.#layout = this.#layout.then(() => this.#runLayout(added.nodes()));
    return new Promise((resolve) => requestAnimationFrame(() => resolve(freshIds.length)));
  }

  /** Waits for the layouts started so far and for the view to stop moving. */
  async settled() {
    await this.#layout;
    while (this.#cy.animated() || this.#cy.nodes().some((n) => n.animated())) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

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

  /** Pans to a node when it is outside the view; leaves the view alone otherwise. */
  reveal(id) {
    const node = this.#cy.getElementById(id);
    if (node.empty()) return;
    const view = this.#cy.extent();
    const { x, y } = node.position();
    const inside = x > view.x1 && x < view.x2 && y > view.y1 && y < view.y2;
    if (!inside) this.#cy.animate({ center: { eles: node }, duration: 250 });
  }

  hide(id) {
    const node = this.#cy.getElementById(id);
    if (node.empty()) return;
    const removed = node.union(node.connectedEdges()).remove();
    this.#undo.push({ kind: 'hide', label: `hide ${node.data('label')}`, removed });
    this.#refreshHasMore();
    this.select(null);
    this.#emit('change');
  }

  /** Removes the nodes that hang only from this one (leaves of the visible graph). */
  collapse(id) {
    const node = this.#cy.getElementById(id);
    if (node.empty()) return 0;
    const leaves = node.neighborhood().nodes().filter((n) => n.degree(false) === 1 || n.neighborhood().nodes().same(node));
    if (leaves.empty()) return 0;
    const removed = leaves.union(leaves.connectedEdges()).remove();
    this.#undo.push({ kind: 'hide', label: `collapse ${node.data('label')}`, removed });
    this.#refreshHasMore();
    this.#emit('change');
    return leaves.length;
  }

  undo() {
    const step = this.#undo.pop();
    if (!step) return;
    if (step.kind === 'expand') {
      this.#cy.collection(step.added.map((id) => this.#cy.getElementById(id))).remove();
    } else {
      step.removed.restore();
    }
    this.#refreshHasMore();
    this.select(null);
    this.#emit('change');
  }

  clear() {
    this.#cy.elements().remove();
    this.#undo = [];
    this.select(null);
    this.#emit('change');
  }

  fit() { this.#cy.animate({ fit: { eles: this.#cy.elements(), padding: 40 }, duration: 250 }); }

  zoomBy(factor) {
    const cy = this.#cy;
    cy.animate({
      zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } },
      duration: 150,
    });
  }

  zoomIn() { this.zoomBy(ZOOM_STEP); }

  zoomOut() { this.zoomBy(1 / ZOOM_STEP); }

  setLargeType(on) {
    this.#largeType = on;
    this.#cy.style(graphStyle({ largeType: on }));
  }

  get largeType() { return this.#largeType; }

  #edgeView(edge) {
    return { ...edge.data(), sourceLabel: edge.source().data('label'), targetLabel: edge.target().data('label') };
  }

  #anchorFor(id, edges) {
    for (const e of edges) {
      const other = e.data.source === id ? e.data.target : e.data.target === id ? e.data.source : null;
      if (other && this.has(other)) return this.#cy.getElementById(other);
    }
    return null;
  }

  #spawnNear(anchor) {
    const angle = Math.random() * 2 * Math.PI;
    const base = anchor ? anchor.position() : this.#viewportCentre();
    return { x: base.x + SPAWN_RADIUS * Math.cos(angle), y: base.y + SPAWN_RADIUS * Math.sin(angle) };
  }

  #viewportCentre() {
    const { x1, y1, w, h } = this.#cy.extent();
    return { x: x1 + w / 2, y: y1 + h / 2 };
  }

  async #runLayout(freshNodes) {
    const cy = this.#cy;
    const fixed = cy.nodes().not(freshNodes).filter((n) => n.inside());
    const first = fixed.empty();
    const pinned = new Map(fixed.map((n) => [n.id(), { ...n.position() }]));
    const layout = cy.layout({
      ...FCOSE,
      randomize: first,
      fixedNodeConstraint: first ? undefined : [...pinned].map(([nodeId, position]) => ({ nodeId, position })),
      // fcose honours the constraint for the centre of a node's box with its label, which sits off the
      // node's position by half a label: without this, every placed node would drift a few pixels.
      transform: (node, position) => pinned.get(node.id()) ?? position,
      fit: first,
    });
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    if (!first) this.#keepInView(freshNodes);
  }

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

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
