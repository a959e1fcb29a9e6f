// Who influenced whom: the ranked table of the most influential actors (PageRank and betweenness
// over the influence relationships, computed on the server) with each one's strongest evidence,
// node size by score on the canvas, and the tree of "who shaped X?" / "whom did X shape?" to a
// chosen depth with each step's quote.
import { h, fill } from './dom.js';
import { INFLUENCE_LEVELS, kindInfo } from './cy-style.js';
import { streamLens, elementIds } from './lens-stream.js';
import { namesOf, sentenceText, stepItem, field } from './lens-text.js';
import { quoteBlock } from './details-panel.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./explorer.js').Panel} Panel */
/** @typedef {import('./lens-panel.js').LensPanel} LensPanel */
/** @typedef {import('./hub-client.js').InfluenceItem} InfluenceItem */
/** @typedef {import('./hub-client.js').InfluenceTreeStep} InfluenceTreeStep */

const LENS = 'influence';
const INFLUENCE_CATEGORY = 'influence';
const TOP = 20;
// Asked for beyond TOP so that, with "actors only", ideas and events do not leave the table short.
const ASKED = 100;
const ACTOR_KINDS = new Set(['Person', 'Party', 'Coalition', 'Organization', 'MilitaryUnit']);
const DEPTHS = [1, 2, 3];
const SIZE_CLASSES = Array.from({ length: INFLUENCE_LEVELS }, (_, i) => `influence-${i + 1}`).join(' ');

/** @implements {Panel} */
export class InfluenceLens {
  #panel;
  /** @type {Explorer | null} */
  #explorer = null;
  #actorsOnly = h('input', { type: 'checkbox', attrs: { name: 'actorsOnly', checked: '' } });
  #depth = h('select', { attrs: { name: 'depth' } }, ...DEPTHS.map((d) => h('option', { text: String(d), attrs: { value: String(d) } })));
  #answer = h('div', { className: 'lens-answer' });
  /** scores of the ranked nodes, by id, while the ranking is shown (node size) */
  /** @type {Map<string, number>} */
  #scores = new Map();
  /** @type {{ id: string, direction: 'shapedBy' | 'shaped' } | null} */
  #tree = null;

  /** @param {LensPanel} panel */
  constructor(panel) {
    this.#panel = panel;
    this.#depth.value = '2';
    this.#actorsOnly.addEventListener('change', () => { this.rank(); });
    this.#depth.addEventListener('change', () => { if (this.#tree) this.tree(this.#tree.id, this.#tree.direction); });
  }

  /** @param {Explorer} explorer */
  mount(explorer) {
    this.#explorer = explorer;
    explorer.addNodeAction({ name: 'shaped-by', label: 'Who shaped this?', key: 'I', run: (id) => { this.tree(id, 'shapedBy'); } });
    explorer.addNodeAction({ name: 'shaped', label: 'Whom did this shape?', key: 'Shift+I', run: (id) => { this.tree(id, 'shaped'); } });
    explorer.addShortcut('i', 'Who shaped the selected node', () => { if (explorer.selectedId) this.tree(explorer.selectedId, 'shapedBy'); });
    explorer.addShortcut('I', 'Whom the selected node shaped', () => { if (explorer.selectedId) this.tree(explorer.selectedId, 'shaped'); });
    const toolbar = /** @type {HTMLElement} */ (document.querySelector('.toolbar'));
    toolbar.append(h('button', {
      type: 'button', id: 'influence-button', text: 'Influence', title: 'Rank who shaped the most, with the evidence',
      on: { click: () => { this.rank(); } },
    }));
    explorer.addLens(LENS, (args) => {
      if (args.ranking === true) {
        this.#actorsOnly.checked = args.actorsOnly !== false;
        return this.rank();
      }
      if (typeof args.node !== 'string' || (args.direction !== 'shapedBy' && args.direction !== 'shaped')) return Promise.resolve();
      const depth = DEPTHS.find((d) => d === args.depth);
      if (depth) this.#depth.value = String(depth);
      return this.tree(args.node, args.direction);
    });
    // Nodes drawn later take their size from the ranking too.
    explorer.addEventListener('change', () => this.#size());
  }

  /** Shows the ranked table and sizes the nodes by score. */
  async rank() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    this.#tree = null;
    this.#panel.show({ lens: LENS, title: 'Who shaped the most', args: { ranking: true, actorsOnly: this.#actorsOnly.checked }, onClose: () => this.#clear() },
      h('label', { className: 'lens-check' }, this.#actorsOnly, h('span', { text: 'Actors only (people, parties, coalitions, organisations, units)' })),
      this.#answer);
    explorer.graph.spotlight(null);
    if (explorer.filters.categories.has(INFLUENCE_CATEGORY)) {
      this.#say('The influence category is hidden in the legend; show it to rank influence.');
      this.#scores = new Map();
      this.#size();
      return;
    }
    this.#say('Ranking…');
    const started = performance.now();
    let ranking;
    try {
      ranking = await explorer.hub.getInfluence({ top: ASKED, categories: null });
    } catch (error) {
      this.#say(`Could not rank influence: ${error instanceof Error ? error.message : String(error)}`, 'error');
      return;
    }
    const items = ranking.items
      .filter((i) => !this.#actorsOnly.checked || ACTOR_KINDS.has(i.kind))
      .filter((i) => explorer.passesFilters({ kind: i.kind }))
      .slice(0, TOP);
    this.#scores = new Map(items.map((i) => [i.id, i.score]));
    this.#size();
    this.#answer.replaceChildren(
      h('p', { className: 'lens-summary', text: `The ${items.length} most influential, from ${ranking.relationships} influence relationships among ${ranking.nodes} nodes.` }),
      h('p', { className: 'lens-note', text: 'Score: the mean of PageRank and betweenness, each divided by its highest value. Larger nodes on the canvas score higher.' }),
      h('table', { className: 'influence-table' },
        h('thead', {}, h('tr', {}, ...['#', 'Who', 'Score', 'Strongest evidence'].map((t) => h('th', { text: t, attrs: { scope: 'col' } })))),
        h('tbody', {}, ...items.map((item, i) => this.#row(item, i + 1)))));
    explorer.recordLens(`${LENS}-ranking`, started, items.length);
  }

  /**
   * Streams who shaped a node, or whom it shaped, to the chosen depth.
   * @param {string} id
   * @param {'shapedBy' | 'shaped'} direction
   */
  async tree(id, direction) {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    this.#tree = { id, direction };
    const name = explorer.label(id);
    const question = direction === 'shapedBy' ? `Who shaped ${name}?` : `Whom did ${name} shape?`;
    this.#panel.show({ lens: LENS, title: question, args: { node: id, direction, depth: Number(this.#depth.value) }, focus: id, onClose: () => this.#clear() },
      field('Levels', this.#depth), this.#answer);
    this.#say(`${question} Looking…`);
    explorer.graph.spotlight(null);
    const started = performance.now();
    const answer = await streamLens(explorer, {
      key: LENS,
      label: direction === 'shapedBy' ? `who shaped ${name}` : `whom ${name} shaped`,
      method: 'StreamInfluence',
      args: [id, direction, Number(this.#depth.value)],
      elements: (/** @type {InfluenceTreeStep} */ s) => ({ nodes: [s.from, s.to], edges: [s.edge] }),
      keep: (/** @type {InfluenceTreeStep} */ s, /** @type {InfluenceTreeStep[]} */ kept) => explorer.passesFilters(s.to.data) && explorer.passesFilters(s.edge.data)
        && (s.from.data.id === id || kept.some((k) => k.to.data.id === s.from.data.id)),
    });
    if (answer.cancelled) return;
    if (answer.error) {
      this.#say(`Could not follow the influence: ${answer.error}`, 'error');
      return;
    }
    const steps = answer.items;
    if (steps.length === 0) {
      this.#say(direction === 'shapedBy' ? `Nothing in the graph is said to have shaped ${name}.` : `Nothing in the graph is said to have been shaped by ${name}.`);
      return;
    }
    const ids = [id, ...elementIds(steps.map((s) => ({ nodes: [s.from, s.to], edges: [s.edge] })))];
    explorer.graph.spotlight(ids);
    const names = namesOf(steps.flatMap((s) => [s.from, s.to]));
    /** @param {string} from @returns {HTMLElement | null} */
    const branch = (from) => {
      const children = steps.filter((s) => s.from.data.id === from);
      return children.length === 0 ? null : h('ol', { className: 'influence-tree' }, ...children.map((s) => {
        const item = stepItem(s.edge.data, names, { data: { depth: String(s.depth), from: s.from.data.id, to: s.to.data.id } });
        const below = branch(s.to.data.id);
        if (below) item.append(below);
        return item;
      }));
    };
    fill(this.#answer,
      h('p', { className: 'lens-summary', text: `${question} ${steps.length} ${steps.length === 1 ? 'step' : 'steps'}, ${Math.max(...steps.map((s) => s.depth))} ${steps.length === 1 ? 'level' : 'levels'} deep.` }),
      branch(id));
    explorer.graph.fit(ids);
    explorer.recordLens(`${LENS}-tree`, started, steps.length);
  }

  /**
   * @param {InfluenceItem} item
   * @param {number} rank
   */
  #row(item, rank) {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    const evidence = item.evidence?.data ?? null;
    return h('tr', { data: { id: item.id } },
      h('td', { text: String(rank) }),
      h('td', {},
        h('button', { type: 'button', className: 'link-button', text: item.name, title: `Open ${item.name}`, on: { click: () => { explorer.open(item.id); } } }),
        h('div', { className: 'muted', text: kindInfo(item.kind).label })),
      h('td', { className: 'score', text: item.score.toFixed(2), title: `PageRank ${item.pageRank}, betweenness ${item.betweenness}` }),
      h('td', {}, evidence
        ? h('div', {}, h('p', { className: 'step-sentence', text: sentenceText(evidence, new Map([[item.id, item.name]])) }), quoteBlock(evidence.quote, null))
        : h('span', { className: 'muted', text: '—' })));
  }

  /** Sizes the ranked nodes on the canvas by score: five steps from the lowest fifth to the highest. */
  #size() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    const { cy } = explorer.graph;
    cy.batch(() => {
      cy.nodes().removeClass(SIZE_CLASSES);
      for (const [id, score] of this.#scores) {
        const level = Math.min(INFLUENCE_LEVELS, Math.max(1, Math.ceil(score * INFLUENCE_LEVELS)));
        cy.getElementById(id).addClass(`influence-${level}`);
      }
    });
  }

  #clear() {
    this.#scores = new Map();
    this.#tree = null;
    this.#size();
    /** @type {Explorer} */ (this.#explorer).graph.spotlight(null);
  }

  /**
   * @param {string} text
   * @param {'note' | 'error'} [kind]
   */
  #say(text, kind = 'note') {
    this.#answer.replaceChildren(h('p', { className: kind === 'error' ? 'lens-summary lens-error' : 'lens-summary', text }));
  }
}
