// Exports of what is shown (elements hidden by the date stay out): PNG at a chosen scale, SVG, JSON
// (Cytoscape elements), CSV and GraphML (for Gephi and yEd). Each carries the article's attribution.
// XML is built as a DOM and serialised, so names and quotes are escaped by the browser.
import { byId } from './dom.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./explorer.js').Panel} Panel */
/** @typedef {import('./hub-client.js').ArticleView} ArticleView */
/** @typedef {import('./hub-client.js').QuotedElement} QuotedElement */
/** @typedef {import('cytoscape').Collection} Collection */

const SVG_NS = 'http://www.w3.org/2000/svg';
const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const FILE_STEM = 'chile1973-graph';
const CREDIT_HEIGHT = 28;
const CREDIT_FONT = 14;
const NODE_KEYS = ['label', 'kind', 'start', 'end', 'description', 'quote'];
const EDGE_KEYS = ['type', 'label', 'start', 'end', 'claimedBy', 'quote'];
export const CSV_COLUMNS = ['group', 'id', 'label', 'kind', 'source', 'target', 'type', 'start', 'end', 'quote', 'attribution'];

/** @implements {Panel} */
export class Exports {
  /** @type {Explorer | null} */
  #explorer = null;

  /** @param {Explorer} explorer */
  mount(explorer) {
    this.#explorer = explorer;
    const scale = /** @type {HTMLSelectElement} */ (byId('export-scale'));
    const menu = /** @type {HTMLDetailsElement} */ (byId('export-menu'));
    /** @type {Record<string, () => Promise<void>>} */
    const actions = {
      png: () => this.png(Number(scale.value)),
      svg: () => this.svg(),
      json: () => this.json(),
      csv: () => this.csv(),
      graphml: () => this.graphml(),
    };
    for (const [format, run] of Object.entries(actions)) {
      byId(`export-${format}`).addEventListener('click', () => {
        menu.open = false;
        run().catch((error) => explorer.report('error', `Could not export ${format.toUpperCase()}: ${String(error)}`));
      });
    }
  }

  /** @returns {Explorer} */
  get #x() { return /** @type {Explorer} */ (this.#explorer); }

  /** What is shown: the elements drawn (not those the date hides, nor the edges of hidden nodes). */
  #shown() { return this.#x.graph.drawn(); }

  async #attribution() {
    const article = /** @type {ArticleView} */ (await this.#x.hub.invoke('GetArticle'));
    return `Source: ${article.attribution}`;
  }

  /**
   * The quotes of the shown elements, by id (the nodes' quotes are not on the canvas).
   * @param {Collection} elements
   */
  async #quotes(elements) {
    const quoted = /** @type {QuotedElement[]} */ (await this.#x.hub.invoke('GetQuotes', elements.map((e) => e.id())));
    return new Map(quoted.map((q) => [q.id, q.quote]));
  }

  /** @param {number} scale */
  async png(scale) {
    const credit = await this.#attribution();
    const picture = await createImageBitmap(await this.#x.graph.cy.png({ output: 'blob-promise', full: true, scale, bg: '#ffffff' }));
    const canvas = document.createElement('canvas');
    const strip = CREDIT_HEIGHT * scale;
    canvas.width = picture.width;
    canvas.height = picture.height + strip;
    const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(picture, 0, 0);
    g.fillStyle = '#333333';
    g.font = `${CREDIT_FONT * scale}px sans-serif`;
    g.fillText(credit, 8 * scale, picture.height + strip * 0.7, canvas.width - 16 * scale);
    const blob = await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The canvas gave no image'))), 'image/png'));
    download(/** @type {Blob} */ (blob), `${FILE_STEM}@${scale}x.png`);
  }

  // The only npm SVG exporter for Cytoscape (cytoscape-svg) is GPL-3.0, which this MIT page cannot
  // bundle; the drawing here is the graph as shapes, lines and labels at their model positions.
  async svg() {
    const credit = await this.#attribution();
    const shown = this.#shown();
    const box = shown.boundingBox({ includeLabels: true });
    const pad = 20;
    const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
    const root = doc.documentElement;
    const width = Math.ceil(box.w + 2 * pad);
    const height = Math.ceil(box.h + 2 * pad + CREDIT_HEIGHT);
    setAll(root, { viewBox: `${box.x1 - pad} ${box.y1 - pad} ${width} ${height}`, width, height, 'font-family': 'sans-serif' });
    /** @param {string} tag @param {Record<string, string | number>} attrs @param {string} [text] */
    const add = (tag, attrs, text) => {
      const e = doc.createElementNS(SVG_NS, tag);
      setAll(e, attrs);
      if (text !== undefined) e.textContent = text;
      root.append(e);
      return e;
    };
    add('title', {}, 'Chile 1973 knowledge graph');
    add('desc', {}, credit);
    add('rect', { x: box.x1 - pad, y: box.y1 - pad, width, height, fill: '#ffffff' });
    shown.edges().forEach((e) => {
      const s = e.sourceEndpoint();
      const t = e.targetEndpoint();
      add('line', { x1: s.x, y1: s.y, x2: t.x, y2: t.y, stroke: e.style('line-color'), 'stroke-width': parseFloat(e.style('width')) || 1, opacity: e.style('opacity'), class: 'edge', 'data-id': e.id() });
    });
    shown.nodes().forEach((n) => {
      const { x, y } = n.position();
      const w = n.width();
      const hgt = n.height();
      const fill = n.style('background-color');
      const shape = n.style('shape');
      const common = { fill, stroke: n.style('border-color'), 'stroke-width': parseFloat(n.style('border-width')) || 0, opacity: n.style('opacity'), class: 'node', 'data-id': n.id() };
      if (shape === 'ellipse') add('ellipse', { cx: x, cy: y, rx: w / 2, ry: hgt / 2, ...common });
      else add('rect', { x: x - w / 2, y: y - hgt / 2, width: w, height: hgt, rx: shape.startsWith('round') ? 4 : 0, ...common });
      add('text', { x, y: y + hgt / 2 + 12, 'text-anchor': 'middle', 'font-size': 10, fill: '#222222' }, String(n.data('label')));
    });
    add('text', { x: box.x1 - pad + 8, y: box.y1 - pad + height - 9, 'font-size': 12, fill: '#333333', class: 'credit' }, credit);
    download(new Blob([new XMLSerializer().serializeToString(doc)], { type: 'image/svg+xml' }), `${FILE_STEM}.svg`);
  }

  async json() {
    const credit = await this.#attribution();
    const body = { attribution: credit, date: this.#x.date, elements: this.#shown().map((e) => ({ group: e.group(), data: e.data(), position: e.isNode() ? e.position() : undefined })) };
    download(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }), `${FILE_STEM}.json`);
  }

  async csv() {
    const credit = await this.#attribution();
    const shown = this.#shown();
    const quotes = await this.#quotes(shown);
    const rows = [CSV_COLUMNS, ...shown.map((e) => {
      const d = e.data();
      return [e.group() === 'nodes' ? 'node' : 'edge', d.id, d.label, d.kind ?? '', d.source ?? '', d.target ?? '', d.type ?? '', d.start ?? '', d.end ?? '', quotes.get(e.id()) ?? d.quote ?? '', credit];
    })];
    download(new Blob([rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n'], { type: 'text/csv' }), `${FILE_STEM}.csv`);
  }

  async graphml() {
    const credit = await this.#attribution();
    const shown = this.#shown();
    const quotes = await this.#quotes(shown);
    const doc = document.implementation.createDocument(GRAPHML_NS, 'graphml', null);
    const root = doc.documentElement;
    /** @param {Element} parent @param {string} tag @param {Record<string, string>} attrs @param {string} [text] */
    const add = (parent, tag, attrs, text) => {
      const e = doc.createElementNS(GRAPHML_NS, tag);
      setAll(e, attrs);
      if (text !== undefined) e.textContent = text;
      parent.append(e);
      return e;
    };
    add(root, 'key', { id: 'g_attribution', for: 'graph', 'attr.name': 'attribution', 'attr.type': 'string' });
    for (const k of NODE_KEYS) add(root, 'key', { id: `n_${k}`, for: 'node', 'attr.name': k, 'attr.type': 'string' });
    for (const k of EDGE_KEYS) add(root, 'key', { id: `e_${k}`, for: 'edge', 'attr.name': k, 'attr.type': 'string' });
    const graph = add(root, 'graph', { id: 'G', edgedefault: 'directed' });
    add(graph, 'data', { key: 'g_attribution' }, credit);
    shown.nodes().forEach((n) => {
      const node = add(graph, 'node', { id: n.id() });
      const d = { ...n.data(), quote: quotes.get(n.id()) };
      for (const k of NODE_KEYS) if (d[k] !== undefined && d[k] !== null) add(node, 'data', { key: `n_${k}` }, String(d[k]));
    });
    shown.edges().forEach((e) => {
      const edge = add(graph, 'edge', { id: e.id(), source: e.data('source'), target: e.data('target') });
      const d = { ...e.data(), quote: quotes.get(e.id()) ?? e.data('quote') };
      for (const k of EDGE_KEYS) if (d[k] !== undefined && d[k] !== null) add(edge, 'data', { key: `e_${k}` }, String(d[k]));
    });
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
    download(new Blob([text], { type: 'application/graphml+xml' }), `${FILE_STEM}.graphml`);
  }
}

/**
 * @param {Element} element
 * @param {Record<string, string | number>} attrs
 */
function setAll(element, attrs) {
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
}

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
 * @param {unknown} value
 */
export function csvField(value) {
  const text = String(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Saves a blob as a file through the browser's download.
 * @param {Blob} blob
 * @param {string} name
 */
function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
