// The details panel: everything known of the selected node and every relationship with its quote,
// or the relationship picked on the canvas. Its buttons act on the graph through the state owner.
import { kindInfo } from './cy-style.js';
import { swatch } from './legend.js';
import { h, fill } from './dom.js';

/** @typedef {import('./explorer.js').Panel} Panel */

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./hub-client.js').NodeDetails} NodeDetails */
/** @typedef {import('./hub-client.js').RelationshipDetails} RelationshipDetails */

const PROMPT = 'Select a node to read what the article says about it.';

/**
 * @param {string | null | undefined} start
 * @param {string | null | undefined} end
 */
export function formatDates(start, end) {
  if (start && end) return `${start} – ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return '';
}

/**
 * A quote of the source, with where it comes from.
 * @param {string | null | undefined} quote
 * @param {string | null | undefined} source
 */
export function quoteBlock(quote, source) {
  if (!quote) return null;
  return h('blockquote', { className: 'quote' }, `“${quote}”`, source ? h('cite', { text: `Source: ${source}` }) : null);
}

/** @param {unknown} value */
function valueText(value) {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** @param {string} key */
function keyText(key) { return key.replaceAll('_', ' '); }

/** @implements {Panel} */
export class DetailsPanel {
  #body;
  /** @type {Explorer | null} */
  #explorer = null;
  /**
   * The node shown, or null for a message or an edge.
   * @type {string | null}
   */
  #shown = null;

  /** @param {HTMLElement} body */
  constructor(body) {
    this.#body = body;
  }

  /** @param {Explorer} explorer */
  mount(explorer) {
    this.#explorer = explorer;
    explorer.addEventListener('select', () => { this.#showSelected(explorer); });
    explorer.addEventListener('select-edge', (e) => this.#showEdge(/** @type {CustomEvent<import('./graph-controller.js').EdgeView>} */ (e).detail));
    explorer.addEventListener('node-change', (e) => {
      const id = /** @type {CustomEvent<string>} */ (e).detail;
      const node = id === this.#shown ? explorer.cachedDetails(id) : null;
      if (node) this.#show(node);
    });
  }

  /** @param {Explorer} explorer */
  async #showSelected(explorer) {
    const id = explorer.selectedId;
    if (!id) {
      this.#message(PROMPT);
      return;
    }
    if (!explorer.cachedDetails(id)) this.#body.replaceChildren(h('p', { className: 'muted', text: `Loading ${explorer.label(id)}…` }));
    try {
      const node = await explorer.nodeDetails(id);
      if (explorer.selectedId === id) this.#show(node);
    } catch (error) {
      explorer.report('error', `Could not load the details: ${error instanceof Error ? error.message : String(error)}`);
      this.#message('The details could not be loaded.');
    }
  }

  /** @param {string} text */
  #message(text) {
    this.#shown = null;
    this.#body.replaceChildren(h('p', { className: 'muted', text }));
  }

  /** @param {NodeDetails} node */
  #show(node) {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    this.#shown = node.id;
    const visible = explorer.graph.has(node.id);
    const hasMore = Boolean(explorer.graph.nodeData(node.id)?.hasMore);
    const info = kindInfo(node.kind);
    const dates = formatDates(node.start, node.end);
    const props = Object.entries(node.properties ?? {});
    const rels = node.relationships ?? [];
    fill(this.#body,
      h('h3', { className: 'node-name', id: 'details-node-name', text: node.name }),
      h('div', { className: 'node-meta' },
        h('span', { className: 'kind-badge' }, swatch(info), info.label),
        dates ? h('span', { text: dates }) : null),
      node.aliases?.length ? h('p', { className: 'aliases' }, h('span', { className: 'muted', text: 'Also known as ' }), node.aliases.join(' · ')) : null,
      node.description ? h('p', { className: 'description', text: node.description }) : null,
      h('div', { className: 'node-actions' },
        this.#button(visible ? 'Expand' : 'Show in graph', 'expand', () => (visible ? explorer.expand(node.id) : explorer.open(node.id))),
        visible && hasMore ? this.#button('Show more neighbours', 'more', () => explorer.expandMore(node.id)) : null,
        visible ? this.#button('Collapse', 'collapse', () => explorer.collapse(node.id)) : null,
        visible ? this.#button('Hide', 'hide', () => explorer.hide(node.id)) : null),
      explorer.nodeActions.length ? h('div', { className: 'node-actions lens-actions', attrs: { role: 'group', 'aria-label': 'Lenses' } },
        ...explorer.nodeActions.map((a) => this.#button(a.label, a.name, () => a.run(node.id), a.key ? `${a.label} (${a.key})` : undefined))) : null,
      quoteBlock(node.quote, node.source),
      props.length ? h('dl', { className: 'props' }, ...props.flatMap(([k, v]) => [h('dt', { text: keyText(k) }), h('dd', { text: valueText(v) })])) : null,
      h('h4', { className: 'rels-title', text: `Relationships (${rels.length})` }),
      h('ul', { className: 'rels' }, ...rels.map((r) => this.#relationship(node, r))));
  }

  /**
   * One relationship picked on the canvas: its two ends, its dates and its quote.
   * @param {import('./graph-controller.js').EdgeView} edge
   */
  #showEdge(edge) {
    this.#shown = null;
    const dates = formatDates(edge.start, edge.end);
    fill(this.#body,
      h('h3', { className: 'node-name', text: edge.label }),
      h('div', { className: 'rel-head' }, this.#link(edge.source, edge.sourceLabel), h('span', { className: 'rel-type', text: edge.label }), this.#link(edge.target, edge.targetLabel)),
      dates ? h('div', { className: 'rel-dates', text: dates }) : null,
      edge.claimedBy ? h('div', { className: 'rel-claim', text: `Claim of ${edge.claimedBy}` }) : null,
      quoteBlock(edge.quote, null));
  }

  /**
   * @param {NodeDetails} node
   * @param {RelationshipDetails} rel
   */
  #relationship(node, rel) {
    const other = this.#link(rel.otherId, rel.otherName);
    const type = h('span', { className: 'rel-type', text: rel.label });
    const self = h('span', { text: node.name });
    const dates = formatDates(rel.start, rel.end);
    const props = Object.entries(rel.properties ?? {}).filter(([k]) => k !== 'claimed_by');
    const claim = rel.properties?.claimed_by;
    return h('li', { className: 'rel' },
      rel.direction === 'out' ? h('div', { className: 'rel-head' }, self, type, other) : h('div', { className: 'rel-head' }, other, type, self),
      dates ? h('div', { className: 'rel-dates', text: dates }) : null,
      props.length ? h('div', { className: 'rel-dates', text: props.map(([k, v]) => `${keyText(k)}: ${valueText(v)}`).join(' · ') }) : null,
      claim ? h('div', { className: 'rel-claim', text: `Claim of ${valueText(claim)}` }) : null,
      quoteBlock(rel.quote, rel.source));
  }

  /**
   * A related node's name as a button that opens it.
   * @param {string} id
   * @param {string} text
   */
  #link(id, text) {
    return h('button', {
      type: 'button', className: 'link-button', title: `Open ${text}`, text,
      on: { click: () => { this.#explorer?.open(id); } },
    });
  }

  /**
   * @param {string} label
   * @param {string} action
   * @param {() => unknown} run
   * @param {string} [title]
   */
  #button(label, action, run, title) {
    return h('button', { type: 'button', text: label, title, data: { action }, on: { click: () => { run(); } } });
  }
}
