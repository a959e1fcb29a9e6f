// The details panel: everything known of the selected node and every relationship with its quote.
// Emits 'open' (detail: node id) when a related node is chosen, and 'action' (detail: {action, id})
// for the panel's buttons: expand, more, collapse, hide.
import { kindInfo } from './cy-style.js';
import { swatch } from './legend.js';

const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
};

export function formatDates(start, end) {
  if (start && end) return `${start} – ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return '';
}

function quoteBlock(quote, source) {
  if (!quote) return null;
  return el('blockquote', { className: 'quote' },
    `“${quote}”`,
    source ? el('cite', {}, `Source: ${source}`) : null);
}

function valueText(value) {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export class DetailsPanel extends EventTarget {
  #body;
  #heading;
  #currentId = null;

  constructor(body, heading) {
    super();
    this.#body = body;
    this.#heading = heading;
  }

  get currentId() { return this.#currentId; }

  showLoading(label) {
    this.#body.replaceChildren(el('p', { className: 'muted' }, `Loading ${label}…`));
  }

  showMessage(text) {
    this.#currentId = null;
    this.#body.replaceChildren(el('p', { className: 'muted' }, text));
  }

  /** Renders a node; `visible` tells whether it is on the canvas, `hasMore` whether neighbours are not. */
  show(node, { visible, hasMore }) {
    this.#currentId = node.id;
    const info = kindInfo(node.kind);
    const dates = formatDates(node.start, node.end);
    const badge = el('span', { className: 'kind-badge' });
    badge.innerHTML = swatch(info);
    badge.append(info.label);

    const actions = el('div', { className: 'node-actions' },
      this.#button(visible ? 'Expand' : 'Show in graph', 'expand', node.id),
      visible && hasMore ? this.#button('Show more neighbours', 'more', node.id) : null,
      visible ? this.#button('Collapse', 'collapse', node.id) : null,
      visible ? this.#button('Hide', 'hide', node.id) : null);

    const props = Object.entries(node.properties ?? {});
    const propList = props.length
      ? el('dl', { className: 'props' }, ...props.flatMap(([k, v]) => [el('dt', {}, k.replaceAll('_', ' ')), el('dd', {}, valueText(v))]))
      : null;

    const rels = node.relationships ?? [];
    const present = (...children) => children.filter((c) => c !== null && c !== undefined && c !== false);
    this.#body.replaceChildren(...present(
      el('h3', { className: 'node-name', id: 'details-node-name' }, node.name),
      el('div', { className: 'node-meta' }, badge, dates ? el('span', {}, dates) : null),
      node.aliases?.length ? el('p', { className: 'aliases' }, el('span', { className: 'muted' }, 'Also known as '), node.aliases.join(' · ')) : null,
      node.description ? el('p', { className: 'description' }, node.description) : null,
      actions,
      quoteBlock(node.quote, node.source),
      propList,
      el('h4', { className: 'rels-title' }, `Relationships (${rels.length})`),
      el('ul', { className: 'rels' }, ...rels.map((r) => this.#relationship(node, r)))));
    this.#heading.textContent = 'Details';
  }

  /** Renders one relationship picked on the canvas: its two ends, its dates and its quote. */
  showEdge(edge) {
    this.#currentId = null;
    const link = (id, text) => {
      const button = el('button', { type: 'button', className: 'link-button', title: `Open ${text}` }, text);
      button.addEventListener('click', () => this.dispatchEvent(new CustomEvent('open', { detail: id })));
      return button;
    };
    const dates = formatDates(edge.start, edge.end);
    this.#body.replaceChildren(...[
      el('h3', { className: 'node-name' }, edge.label),
      el('div', { className: 'rel-head' }, link(edge.source, edge.sourceLabel), el('span', { className: 'rel-type' }, edge.label), link(edge.target, edge.targetLabel)),
      dates ? el('div', { className: 'rel-dates' }, dates) : null,
      edge.claimedBy ? el('div', { className: 'rel-claim' }, `Claim of ${edge.claimedBy}`) : null,
      quoteBlock(edge.quote, null),
    ].filter(Boolean));
  }

  #relationship(node, rel) {
    const other = el('button', { type: 'button', className: 'link-button', title: `Open ${rel.otherName}` }, rel.otherName);
    other.addEventListener('click', () => this.dispatchEvent(new CustomEvent('open', { detail: rel.otherId })));
    const type = el('span', { className: 'rel-type' }, rel.label);
    const head = rel.direction === 'out'
      ? el('div', { className: 'rel-head' }, el('span', {}, node.name), type, other)
      : el('div', { className: 'rel-head' }, other, type, el('span', {}, node.name));
    const dates = formatDates(rel.start, rel.end);
    const props = Object.entries(rel.properties ?? {}).filter(([k]) => k !== 'claimed_by');
    const claim = rel.properties?.claimed_by;
    return el('li', { className: 'rel' },
      head,
      dates ? el('div', { className: 'rel-dates' }, dates) : null,
      props.length ? el('div', { className: 'rel-dates' }, props.map(([k, v]) => `${k.replaceAll('_', ' ')}: ${valueText(v)}`).join(' · ')) : null,
      claim ? el('div', { className: 'rel-claim' }, `Claim of ${claim}`) : null,
      quoteBlock(rel.quote, rel.source));
  }

  #button(label, action, id) {
    const button = el('button', { type: 'button' }, label);
    button.dataset.action = action;
    button.addEventListener('click', () => this.dispatchEvent(new CustomEvent('action', { detail: { action, id } })));
    return button;
  }
}
