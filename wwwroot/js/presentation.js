// Stories and presentation mode. A story is played step by step in full screen with large type,
// its caption and quote on the canvas. Presenting live: the presenter's page drives every page that
// joined with the code (or the ?join= link); only the holder of the presenter key can move it, and
// a follower who joins late lands on the current step.
import { h, fill, byId } from './dom.js';
import { hubErrorMessage } from './hub-client.js';
import { captionNodes } from './caption.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./cypher-console.js').ConsoleChunk} ConsoleChunk */

/**
 * @typedef {object} StoryStep
 * @property {string} title
 * @property {string | null} [query]
 * @property {string[]} focus
 * @property {'neighbourhood' | 'timeline' | 'path'} layout
 * @property {string | null} [date]
 * @property {string} caption
 * @property {string} captionHtml
 * @property {string} quote
 */

/** @typedef {{ id: string, title: string, summary: string, steps: StoryStep[] }} Story */
/** @typedef {{ storyId: string, index: number, step: StoryStep }} PresentationStep */
/** @typedef {{ code: string, presenterKey: string }} PresentationTicket */

// Draws the focused nodes and the relationships between them; the ids travel as a parameter.
const FOCUS_QUERY = 'MATCH (n) WHERE n.id IN $ids OPTIONAL MATCH (n)-[r]-(m) WHERE m.id IN $ids RETURN n, r, m';
const TRANSITION_MS = 600;
const MIN_ZOOM = 0.2;
const MAX_ZOOM = 1.6;

export class Presentation {
  /** @type {Explorer | null} */
  #explorer = null;
  /** @type {Story[]} */
  #stories = [];
  /** @type {Story | null} */
  #story = null;
  #index = -1;
  /** @type {{ code: string, key: string | null } | null} live presentation: the key only on the presenter's page */
  #live = null;
  /**
   * @type {number | null} the step this presenter's page last asked the server for and has not yet been sent back:
   * a second press before the first comes back moves on from it, not from the step still shown
   */
  #asked = null;
  #wasLargeType = false;
  /** Whether this page went full screen for the presentation (Escape then leaves both at once). */
  #fullScreen = false;
  /** @type {Promise<void>} steps are shown one after the other */
  #showing = Promise.resolve();
  #el;

  constructor() {
    this.#el = {
      open: /** @type {HTMLButtonElement} */ (byId('stories-button')),
      dialog: /** @type {HTMLDialogElement} */ (byId('stories-dialog')),
      list: byId('stories-list'),
      joinForm: /** @type {HTMLFormElement} */ (byId('join-form')),
      joinCode: /** @type {HTMLInputElement} */ (byId('join-code')),
      error: byId('stories-error'),
      stage: byId('presentation'),
      caption: byId('presentation-caption'),
      counter: byId('presentation-counter'),
      share: byId('presentation-share'),
      prev: /** @type {HTMLButtonElement} */ (byId('presentation-prev')),
      next: /** @type {HTMLButtonElement} */ (byId('presentation-next')),
      exit: /** @type {HTMLButtonElement} */ (byId('presentation-exit')),
      bar: byId('presentation-bar'),
    };
  }

  /** @param {Explorer} explorer */
  mount(explorer) {
    this.#explorer = explorer;
    this.#el.open.addEventListener('click', () => this.#openDialog());
    this.#el.joinForm.addEventListener('submit', (e) => {
      e.preventDefault();
      this.join(this.#el.joinCode.value);
    });
    this.#el.prev.addEventListener('click', () => this.move(-1));
    this.#el.next.addEventListener('click', () => this.move(1));
    this.#el.exit.addEventListener('click', () => this.exit());
    explorer.addOverlay(this.#el.caption);
    explorer.addOverlay(this.#el.bar);
    // In the capture phase, so while presenting the arrows move the story, not the canvas' selection.
    document.addEventListener('keydown', (e) => this.#onKey(e), true);
    explorer.addShortcut('s', 'Stories: play, present or follow one', () => this.#openDialog());
    explorer.hub.onShowStep((step) => this.#follow(step));
    // The browser takes Escape in full screen for itself; leaving full screen leaves the presentation.
    document.addEventListener('fullscreenchange', () => {
      if (document.fullscreenElement || !this.#fullScreen) return;
      this.#fullScreen = false;
      this.exit();
    });
    explorer.addEventListener('connection', (e) => {
      if (/** @type {CustomEvent} */ (e).detail !== 'connected') return;
      // A follower whose connection came back joins again: the server forgot its group, and the
      // presentation may have moved meanwhile.
      if (this.#live && !this.#live.key) {
        this.join(this.#live.code);
        return;
      }
      const code = new URLSearchParams(location.search).get('join');
      if (code && !this.#live) this.join(code);
    });
  }

  /** The step shown now and whether this page drives (for the browser tests). */
  get state() {
    return { storyId: this.#story?.id ?? null, index: this.#index, live: this.#live?.code ?? null, presenter: Boolean(this.#live?.key) };
  }

  /** Resolves when the step asked for last is drawn (the stage's data-drawn then names it). */
  settled() { return this.#showing; }

  /**
   * Plays a story on this page alone, or presents it live when `live` is set.
   * @param {string} storyId
   * @param {boolean} live
   */
  async play(storyId, live) {
    const explorer = this.#explorer;
    const story = this.#stories.find((s) => s.id === storyId);
    if (!explorer || !story) return;
    this.#el.dialog.close();
    this.#enter(story);
    if (!live) {
      this.#go(0);
      return;
    }
    try {
      const ticket = await explorer.hub.startPresentation(storyId);
      this.#live = { code: ticket.code, key: ticket.presenterKey };
      this.#showShare(ticket.code);
      this.#asked = 0;
      await explorer.hub.presentStep(ticket.code, ticket.presenterKey, 0);
    } catch (error) {
      this.#asked = null;
      explorer.report('error', `Could not start the presentation: ${hubErrorMessage(error)}`);
    }
  }

  /**
   * Follows a live presentation by its code.
   * @param {string} code
   */
  async join(code) {
    const explorer = this.#explorer;
    if (!explorer || !code.trim()) return;
    try {
      if (!this.#stories.length) this.#stories = await explorer.hub.listStories();
      const step = await explorer.hub.joinPresentation(code.trim());
      this.#el.dialog.close();
      const story = this.#stories.find((s) => s.id === step.storyId);
      if (!story) throw new Error(`This page does not know the story '${step.storyId}'.`);
      this.#live = { code: code.trim().toUpperCase(), key: null };
      this.#enter(story);
      fill(this.#el.share, `Following ${this.#live.code}`);
      this.#show(step.index);
    } catch (error) {
      fill(this.#el.error, `Could not join: ${hubErrorMessage(error)}`);
      this.#el.error.hidden = false;
      if (!this.#el.dialog.open) this.#openDialog();
    }
  }

  /**
   * The next (+1) or previous (-1) step; on a follower's page this does nothing.
   * @param {number} delta
   */
  move(delta) {
    if (!this.#story) return;
    const target = (this.#asked ?? this.#index) + delta;
    if (target < 0 || target >= this.#story.steps.length) return;
    this.#go(target);
  }

  /** Leaves presentation mode (a presenter's followers stay on the last step). */
  exit() {
    if (!this.#story) return;
    this.#story = null;
    this.#index = -1;
    this.#live = null;
    this.#asked = null;
    document.documentElement.classList.remove('presenting');
    this.#el.stage.hidden = true;
    this.#explorer?.setLargeType(this.#wasLargeType);
    this.#explorer?.graph.resize();
    this.#fullScreen = false;
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }

  async #openDialog() {
    const explorer = this.#explorer;
    if (!explorer) return;
    this.#el.error.hidden = true;
    this.#el.dialog.showModal();
    try {
      this.#stories = await explorer.hub.listStories();
      fill(this.#el.list, ...this.#stories.map((story) => h('li', { className: 'story', data: { story: story.id } },
        h('h3', { text: story.title }),
        h('p', { text: story.summary }),
        h('p', { className: 'muted', text: `${story.steps.length} steps` }),
        h('button', { type: 'button', text: 'Play', on: { click: () => this.play(story.id, false) } }),
        h('button', { type: 'button', text: 'Present live', on: { click: () => this.play(story.id, true) } }))));
    } catch (error) {
      fill(this.#el.error, `Could not list the stories: ${hubErrorMessage(error)}`);
      this.#el.error.hidden = false;
    }
  }

  /** @param {Story} story */
  #enter(story) {
    const explorer = this.#explorer;
    if (!explorer) return;
    const entering = !this.#story;
    this.#story = story;
    this.#index = -1;
    this.#asked = null;
    fill(this.#el.share);
    if (!entering) return;
    this.#wasLargeType = explorer.largeType;
    explorer.setLargeType(true);
    document.documentElement.classList.add('presenting');
    this.#el.stage.hidden = false;
    explorer.graph.resize();
    // Keys go to the canvas, not to the button that started the story (Space would press it again).
    /** @type {HTMLElement} */ (explorer.graph.cy.container()).focus();
    // Full screen needs a user gesture and may be refused (a headless browser); the page works either way.
    document.documentElement.requestFullscreen?.().then(() => { this.#fullScreen = true; }, () => {});
  }

  /** @param {number} index */
  #go(index) {
    const explorer = this.#explorer;
    const live = this.#live;
    if (!explorer) return;
    if (!live) {
      this.#show(index);
      return;
    }
    if (!live.key) return;
    this.#asked = index;
    explorer.hub.presentStep(live.code, live.key, index)
      .catch((error) => {
        if (this.#asked === index) this.#asked = null;
        explorer.report('error', `Could not move the presentation: ${hubErrorMessage(error)}`);
      });
  }

  /** @param {PresentationStep} step */
  #follow(step) {
    if (this.#asked === step.index) this.#asked = null;
    if (this.#story?.id === step.storyId && this.#live) this.#show(step.index);
  }

  /** @param {string} code */
  #showShare(code) {
    const link = `${location.origin}${location.pathname}?join=${encodeURIComponent(code)}`;
    fill(this.#el.share, 'Join with code ', h('strong', { className: 'code', text: code }), ' or ', h('a', { attrs: { href: link }, text: link }));
  }

  /** @param {number} index */
  #show(index) {
    const story = this.#story;
    if (!story || !story.steps[index]) return;
    this.#index = index;
    const step = story.steps[index];
    this.#el.prev.disabled = index === 0 || Boolean(this.#live && !this.#live.key);
    this.#el.next.disabled = index === story.steps.length - 1 || Boolean(this.#live && !this.#live.key);
    fill(this.#el.counter, `${story.title} · step ${index + 1} of ${story.steps.length}`);
    this.#el.caption.classList.remove('shown');
    fill(this.#el.caption,
      h('h2', { className: 'step-title', text: step.title }),
      step.date ? h('p', { className: 'step-date', text: step.date }) : null,
      h('div', { className: 'step-caption' }, ...captionNodes(step.captionHtml)),
      h('blockquote', { className: 'step-quote', text: step.quote }));
    this.#el.stage.dataset.step = String(index);
    delete this.#el.stage.dataset.drawn;
    // The caption fades in at once (reading its width lays it out hidden first, so the transition
    // runs); the graph follows as its elements arrive. A step passed over before its turn is not drawn.
    void this.#el.caption.offsetWidth;
    this.#el.caption.classList.add('shown');
    this.#showing = this.#showing
      .then(() => (this.#index === index ? this.#draw(step) : undefined))
      .then(() => { if (this.#index === index) this.#el.stage.dataset.drawn = String(index); });
  }

  /**
   * Brings the step's nodes into the graph, highlights them and lays them out.
   * @param {StoryStep} step
   */
  async #draw(step) {
    const explorer = this.#explorer;
    if (!explorer) return;
    /** @type {Set<string>} */
    const shown = new Set(step.focus);
    const run = (/** @type {string} */ query, /** @type {Record<string, unknown>} */ parameters) => explorer.draw({
      key: 'story',
      label: `step "${step.title}"`,
      start: (observer) => explorer.hub.stream('StreamCypher', [query, parameters], {
        next: (/** @type {ConsoleChunk} */ chunk) => {
          for (const n of chunk.nodes ?? []) shown.add(n.data.id);
          observer.next({ ring: 1, nodes: chunk.nodes ?? [], edges: chunk.edges ?? [], remaining: 0, serverMs: 0 });
        },
        complete: () => observer.complete(),
        error: (error) => observer.error(error),
      }),
    });
    if (step.query) await run(step.query, {});
    if (step.focus.length) await run(FOCUS_QUERY, { ids: step.focus });
    if (step.layout === 'neighbourhood' && step.focus[0]) await explorer.expand(step.focus[0], 20);
    await explorer.idle();
    spotlight(explorer, [...shown], step.layout);
  }

  /** @param {KeyboardEvent} e */
  #onKey(e) {
    if (!this.#story || this.#el.dialog.open || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
    if (e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown') this.move(1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') this.move(-1);
    else if (e.key === 'Escape') this.exit();
    else return;
    e.preventDefault();
    e.stopPropagation();
  }
}

/**
 * Fades everything but the step's nodes and the edges between them, then moves the view to them:
 * a timeline sets them left to right by date, the other layouts fit them in view.
 * @param {Explorer} explorer
 * @param {string[]} ids
 * @param {StoryStep['layout']} layout
 */
function spotlight(explorer, ids, layout) {
  const cy = explorer.graph.cy;
  const nodes = cy.nodes().filter((n) => ids.includes(n.id()));
  if (nodes.empty()) return;
  const lit = nodes.union(nodes.edgesWith(nodes));
  cy.elements().removeClass('focus neighbour').addClass('faded');
  lit.removeClass('faded').addClass('neighbour');
  if (layout === 'timeline') {
    const ordered = nodes.sort((a, b) => String(a.data('start') ?? '').localeCompare(String(b.data('start') ?? '')));
    const box = nodes.boundingBox({});
    const gap = Math.max(160, box.w / Math.max(1, ordered.length - 1));
    ordered.forEach((node, i) => { node.animate({ position: { x: box.x1 + i * gap, y: box.y1 + box.h / 2 } }, { duration: TRANSITION_MS }); });
  }
  setTimeout(() => cy.animate({ ...fitIn(lit.boundingBox({}), explorer.graph.visibleBox()), duration: TRANSITION_MS }), layout === 'timeline' ? TRANSITION_MS : 0);
}

/**
 * The zoom and pan that fit a box of the model into the part of the canvas the caption leaves free.
 * @param {{ x1: number, y1: number, w: number, h: number }} model
 * @param {{ x1: number, y1: number, x2: number, y2: number }} free in rendered pixels
 */
function fitIn(model, free) {
  const width = Math.max(1, free.x2 - free.x1);
  const height = Math.max(1, free.y2 - free.y1);
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.min(width / Math.max(1, model.w), height / Math.max(1, model.h))));
  return {
    zoom,
    pan: { x: free.x1 + width / 2 - zoom * (model.x1 + model.w / 2), y: free.y1 + height / 2 - zoom * (model.y1 + model.h / 2) },
  };
}
