// The paths lens: how is one node tied to another? "Path from here" / "path to here" on any node
// (details panel, context menu, keys A and B) or the two boxes of its form; shortest, all shortest
// or the k shortest simple paths, by relationship category, facts only or with the author's claims.
// The paths are drawn in place with the rest faded, listed as sentences with each step's date and
// quote, and can be stepped through.
import { h } from './dom.js';
import { NodePicker } from './node-picker.js';
import { streamLens, elementIds } from './lens-stream.js';
import { namesOf, stepItem, field } from './lens-text.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./explorer.js').Panel} Panel */
/** @typedef {import('./lens-panel.js').LensPanel} LensPanel */
/** @typedef {import('./hub-client.js').GraphPath} GraphPath */
/** @typedef {import('./hub-client.js').PathRequest} PathRequest */

const LENS = 'paths';
const MAX_K = 10;
const MAX_LENGTH = 8;
const DEFAULT_K = 5;
const DEFAULT_LENGTH = 6;
/** @type {[PathRequest['mode'], string][]} */
const MODES = [['shortest', 'Shortest path'], ['allShortest', 'All shortest paths'], ['kShortest', 'k shortest paths']];

/** @implements {Panel} */
export class PathsLens {
  #panel;
  /** @type {Explorer | null} */
  #explorer = null;
  /** @type {{ from: NodePicker, to: NodePicker, mode: HTMLSelectElement, k: HTMLInputElement, maxLength: HTMLInputElement, facts: HTMLInputElement, categories: HTMLFieldSetElement, form: HTMLFormElement } | null} */
  #form = null;
  #answer = h('div', { className: 'lens-answer' });
  /** @type {GraphPath[]} */
  #paths = [];
  /** index of the path stepped through, and of its step (-1: none yet) */
  #at = { path: 0, step: -1 };
  #summary = '';

  /** @param {LensPanel} panel */
  constructor(panel) {
    this.#panel = panel;
  }

  /** @param {Explorer} explorer */
  mount(explorer) {
    this.#explorer = explorer;
    explorer.addNodeAction({ name: 'path-from', label: 'Path from here', key: 'A', run: (id) => { this.from(id); } });
    explorer.addNodeAction({ name: 'path-to', label: 'Path to here', key: 'B', run: (id) => { this.to(id); } });
    explorer.addShortcut('a', 'Path from the selected node', () => { if (explorer.selectedId) this.from(explorer.selectedId); });
    explorer.addShortcut('b', 'Path to the selected node', () => { if (explorer.selectedId) this.to(explorer.selectedId); });
    explorer.addShortcut('.', 'Next step of the path', () => { if (this.#panel.lens === LENS) this.step(1); });
    explorer.addShortcut(',', 'Previous step of the path', () => { if (this.#panel.lens === LENS) this.step(-1); });
    explorer.addLens(LENS, (args) => this.#rerun(args));
    const toolbar = /** @type {HTMLElement} */ (document.querySelector('.toolbar'));
    toolbar.append(h('button', {
      type: 'button', id: 'paths-button', text: 'Paths', title: 'Find how two nodes are tied (A: from the selected node, B: to it)',
      on: { click: () => { this.open(); } },
    }));
  }

  /** Shows the form. */
  open() {
    const form = this.#ensureForm();
    this.#panel.show(this.#view(), form.form, this.#answer);
    form.from.input.focus();
  }

  /**
   * Paths from this node; runs when the other end is known.
   * @param {string} id
   */
  from(id) { return this.#setEnd('from', id); }

  /**
   * Paths to this node; runs when the other end is known.
   * @param {string} id
   */
  to(id) { return this.#setEnd('to', id); }

  /**
   * Moves through the steps of the path being read.
   * @param {number} delta
   */
  step(delta) {
    const path = this.#paths[this.#at.path];
    if (!path || path.edges.length === 0) return;
    const step = Math.max(0, Math.min(path.edges.length - 1, this.#at.step + delta));
    this.#at = { path: this.#at.path, step };
    this.#render();
  }

  /**
   * @param {'from' | 'to'} end
   * @param {string} id
   */
  async #setEnd(end, id) {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    const form = this.#ensureForm();
    form[end].set({ id, label: explorer.label(id) });
    const other = end === 'from' ? form.to : form.from;
    this.#panel.show(this.#view(), form.form, this.#answer);
    if (other.input.value.trim()) await this.run();
    else other.input.focus();
  }

  /** Finds the paths the form asks for. */
  async run() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    const form = this.#ensureForm();
    const [from, to] = await Promise.all([form.from.resolve(), form.to.resolve()]);
    if (!from || !to) {
      this.#say(`Name both ends: ${!from ? 'where the path starts' : 'where it ends'} matches no node.`);
      return;
    }
    const chosen = [...form.categories.querySelectorAll('input:checked')].map((c) => /** @type {HTMLInputElement} */ (c).value);
    const all = form.categories.querySelectorAll('input').length;
    const categories = chosen.filter((c) => !explorer.filters.categories.has(c));
    if (all > 0 && categories.length === 0) {
      this.#say('No relationship category is left to walk: tick one here, or show one in the legend.');
      return;
    }
    /** @type {PathRequest} */
    const request = {
      mode: /** @type {PathRequest['mode']} */ (form.mode.value),
      k: clamp(Number(form.k.value), 1, MAX_K),
      maxLength: clamp(Number(form.maxLength.value), 1, MAX_LENGTH),
      categories: all === 0 || categories.length === all ? null : categories,
      factsOnly: form.facts.checked,
    };
    // The view keeps the form's choice of categories; the legend's filters travel on their own.
    explorer.setView({ lens: LENS, args: { from: from.id, to: to.id, ...request, categories: all === 0 || chosen.length === all ? null : chosen }, focus: from.id });
    explorer.graph.spotlight(null);
    this.#paths = [];
    this.#say(`Finding paths from ${from.label} to ${to.label}…`);
    const started = performance.now();
    const answer = await streamLens(explorer, {
      key: LENS,
      label: `paths from ${from.label} to ${to.label}`,
      method: 'StreamPaths',
      args: [from.id, to.id, request],
      elements: (/** @type {GraphPath} */ path) => path,
      // Lenses respect the legend: a path through a hidden kind of node is not shown.
      keep: (/** @type {GraphPath} */ path) => path.nodes.every((n) => explorer.passesFilters(n.data)),
    });
    if (answer.cancelled) return;
    if (answer.error) {
      this.#say(`Could not find paths: ${answer.error}`, 'error');
      return;
    }
    this.#paths = answer.items;
    this.#at = { path: 0, step: -1 };
    const left = answer.left ? ` (${answer.left} more went through kinds hidden in the legend)` : '';
    const summary = this.#paths.length === 0
      ? `No path of at most ${request.maxLength} steps from ${from.label} to ${to.label}${request.factsOnly ? ' through facts alone' : ''}${left}.`
      : `${this.#paths.length} ${this.#paths.length === 1 ? 'path' : 'paths'} from ${from.label} to ${to.label}, shortest first${left}.`;
    this.#summary = summary;
    this.#render();
    if (this.#paths.length) explorer.graph.fit(elementIds(this.#paths));
    explorer.recordLens(LENS, started, this.#paths.length);
  }

  /**
   * Fills the form from the arguments a view recorded and finds the paths again.
   * @param {Record<string, unknown>} args
   */
  async #rerun(args) {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    const form = this.#ensureForm();
    const mode = MODES.find(([m]) => m === args.mode)?.[0] ?? 'kShortest';
    form.mode.value = mode;
    form.mode.dispatchEvent(new Event('change'));
    if (typeof args.k === 'number') form.k.value = String(clamp(args.k, 1, MAX_K));
    if (typeof args.maxLength === 'number') form.maxLength.value = String(clamp(args.maxLength, 1, MAX_LENGTH));
    form.facts.checked = args.factsOnly === true;
    // The form fills its category boxes when the categories arrive; by the time this wait ends, it has.
    await explorer.categories().catch(() => []);
    const wanted = Array.isArray(args.categories) ? new Set(args.categories.map(String)) : null;
    for (const box of form.categories.querySelectorAll('input')) {
      /** @type {HTMLInputElement} */ (box).checked = !wanted || wanted.has(/** @type {HTMLInputElement} */ (box).value);
    }
    const ends = { from: typeof args.from === 'string' ? args.from : null, to: typeof args.to === 'string' ? args.to : null };
    for (const end of /** @type {const} */ (['from', 'to'])) {
      const id = ends[end];
      form[end].set(id ? { id, label: await nameOf(explorer, id) } : null);
    }
    this.#panel.show(this.#view(), form.form, this.#answer);
    if (ends.from && ends.to) await this.run();
  }

  /** Lists the paths and puts the one being read in the spotlight. */
  #render() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    const paths = this.#paths;
    if (paths.length === 0) {
      this.#say(this.#summary);
      explorer.graph.spotlight(null);
      return;
    }
    const { path: at, step } = this.#at;
    const reading = paths[at];
    explorer.graph.spotlight(step < 0 ? elementIds(paths) : elementIds([reading]));
    if (step >= 0) {
      const edge = reading.edges[step];
      explorer.graph.markStep([edge.data.id, reading.nodes[step].data.id, reading.nodes[step + 1].data.id]);
    }
    this.#answer.replaceChildren(
      h('p', { className: 'lens-summary', text: this.#summary }),
      h('div', { className: 'step-controls', attrs: { role: 'group', 'aria-label': 'Step through the path' } },
        h('button', { type: 'button', text: '◀ Previous step', title: 'Previous step (,)', disabled: step <= 0, on: { click: () => this.step(-1) } }),
        h('span', { className: 'step-where', attrs: { 'aria-live': 'polite' }, text: step < 0 ? `Path ${at + 1}: ${reading.length} steps` : `Path ${at + 1}, step ${step + 1} of ${reading.length}` }),
        h('button', { type: 'button', text: 'Next step ▶', title: 'Next step (.)', disabled: step >= reading.length - 1, on: { click: () => this.step(1) } })),
      h('ol', { className: 'paths' }, ...paths.map((p, i) => this.#pathItem(p, i))));
    this.#answer.querySelector('.step.current')?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * @param {GraphPath} path
   * @param {number} index
   */
  #pathItem(path, index) {
    const names = namesOf(path.nodes);
    const reading = index === this.#at.path;
    return h('li', { className: 'path', data: { rank: String(path.rank), length: String(path.length), nodes: path.nodes.map((n) => n.data.id).join(' ') } },
      h('button', {
        type: 'button', className: 'path-head', attrs: { 'aria-pressed': String(reading && this.#at.step >= 0) },
        text: `Path ${path.rank} · ${path.length} ${path.length === 1 ? 'step' : 'steps'}: ${path.nodes.map((n) => n.data.label).join(' → ')}`,
        on: { click: () => { this.#at = { path: index, step: 0 }; this.#render(); } },
      }),
      h('ol', { className: 'steps' }, ...path.edges.map((e, i) => {
        const item = stepItem(e.data, names, { className: reading && i === this.#at.step ? 'step current' : 'step' });
        if (reading && i === this.#at.step) item.setAttribute('aria-current', 'step');
        return item;
      })));
  }

  /**
   * @param {string} text
   * @param {'note' | 'error'} [kind]
   */
  #say(text, kind = 'note') {
    this.#answer.replaceChildren(h('p', { className: kind === 'error' ? 'lens-summary lens-error' : 'lens-summary', text }));
  }

  #view() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    return { lens: LENS, title: 'Paths', onClose: () => { this.#paths = []; explorer.graph.spotlight(null); } };
  }

  #ensureForm() {
    if (this.#form) return this.#form;
    const explorer = /** @type {Explorer} */ (this.#explorer);
    const from = new NodePicker(explorer, 'From: a person, party, event…');
    const to = new NodePicker(explorer, 'To: a person, party, event…');
    const mode = h('select', { attrs: { name: 'mode' } }, ...MODES.map(([value, text]) => h('option', { text, attrs: { value } })));
    mode.value = 'kShortest';
    const k = h('input', { type: 'number', attrs: { name: 'k', min: '1', max: String(MAX_K), value: String(DEFAULT_K) } });
    const maxLength = h('input', { type: 'number', attrs: { name: 'maxLength', min: '1', max: String(MAX_LENGTH), value: String(DEFAULT_LENGTH) } });
    const facts = h('input', { type: 'checkbox', attrs: { name: 'factsOnly' } });
    const categories = h('fieldset', { className: 'lens-categories' }, h('legend', { text: 'Through relationships of' }));
    const sync = () => { k.disabled = mode.value !== 'kShortest'; };
    mode.addEventListener('change', sync);
    sync();
    const form = h('form', { className: 'lens-form', attrs: { 'aria-label': 'Find paths' } },
      field('From', h('span', { className: 'picker' }, ...from.elements)),
      field('To', h('span', { className: 'picker' }, ...to.elements)),
      h('div', { className: 'lens-row' }, field('Find', mode), field('k', k), field('At most (steps)', maxLength)),
      categories,
      h('label', { className: 'lens-check' }, facts, h('span', { text: "Facts only (leave out the author's claims)" })),
      h('button', { type: 'submit', className: 'lens-run', text: 'Find paths' }));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run();
    });
    explorer.categories().then((counts) => {
      categories.append(...counts.map((c) => h('label', { className: 'lens-check' },
        h('input', { type: 'checkbox', attrs: { value: c.category, checked: '' } }),
        h('span', { text: `${c.category} (${c.relationships})` }))));
    }).catch(() => categories.append(h('p', { className: 'lens-error', text: 'The categories could not be loaded; all are walked.' })));
    this.#form = { from, to, mode, k, maxLength, facts, categories, form };
    return this.#form;
  }
}

/**
 * A node's name: as drawn, else from its details, else its id.
 * @param {Explorer} explorer
 * @param {string} id
 */
async function nameOf(explorer, id) {
  return explorer.graph.nodeData(id)?.label ?? (await explorer.nodeDetails(id).catch(() => null))?.name ?? id;
}

/**
 * @param {number} value
 * @param {number} min
 * @param {number} max
 */
function clamp(value, min, max) {
  return Math.max(min, Math.min(max, Math.floor(value) || min));
}
