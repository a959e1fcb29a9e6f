// The article beside the graph: the seed as published, paragraph by paragraph, with a margin marker
// giving how many facts each paragraph gave the graph. Selecting a node or an edge marks its quote
// and scrolls to it; clicking a paragraph, its marker, or selecting text in it brings the facts drawn
// from it into the graph and marks them there. The text is only ever set as text (dom.js).
import { byId, h, fill } from './dom.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./explorer.js').Panel} Panel */
/** @typedef {import('./hub-client.js').ArticleView} ArticleView */
/** @typedef {import('./hub-client.js').QuotedElement} QuotedElement */
/** @typedef {import('./hub-client.js').PassageFacts} PassageFacts */

/** @implements {Panel} */
export class Reader {
  /** @type {Explorer | null} */
  #explorer = null;
  #pane = byId('reader');
  #body = byId('reader-body');
  /** @type {Promise<ArticleView> | null} */
  #article = null;
  /** @type {HTMLElement[]} */
  #paragraphs = [];
  /** @type {Set<string>} */
  #passageIds = new Set();
  #marked = 0;
  /** The node or edge selected last, whose quote the pane marks when shown. */
  /** @type {string | null} */
  #pickedId = null;

  /** @param {Explorer} explorer */
  mount(explorer) {
    this.#explorer = explorer;
    explorer.addOverlay(this.#pane);
    const toggle = () => explorer.setShown('reader', !explorer.isShown('reader'));
    byId('reader-button').addEventListener('click', toggle);
    byId('reader-close').addEventListener('click', () => explorer.setShown('reader', false));
    explorer.addShortcut('r', 'Show or fold the article', toggle);
    explorer.addEventListener('panels', () => this.#render());
    explorer.addEventListener('select', () => this.#picked(explorer.selectedId));
    explorer.addEventListener('select-edge', (e) => this.#picked(/** @type {CustomEvent<{ id: string }>} */ (e).detail.id));
    explorer.addEventListener('change', () => this.#markPassage());
    this.#body.addEventListener('mouseup', (e) => { if (!(e.target instanceof Element && e.target.closest('button'))) this.#fromSelection(); });
    this.#render();
  }

  /** The article, loaded once. */
  article() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    this.#article ??= explorer.hub.invoke('GetArticle').then((a) => {
      this.#draw(/** @type {ArticleView} */ (a));
      return /** @type {ArticleView} */ (a);
    }, (error) => {
      this.#article = null;
      throw error;
    });
    return this.#article;
  }

  /**
   * Brings the facts of one paragraph into the graph and marks them there.
   * @param {number} index
   */
  async bringPassage(index) {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    /** @type {PassageFacts | null} */
    let facts = null;
    await explorer.draw({
      key: `passage-${index}`,
      label: `the facts of paragraph ${index}`,
      start: (observer) => {
        let cancelled = false;
        explorer.hub.invoke('GetPassageFacts', index).then((answer) => {
          if (cancelled) return;
          facts = /** @type {PassageFacts} */ (answer);
          observer.next({ ring: 0, nodes: facts.nodes, edges: facts.edges, remaining: 0, serverMs: 0 });
          observer.complete();
        }, (error) => { if (!cancelled) observer.error(error); });
        return { cancel: () => { cancelled = true; } };
      },
      summary: (added) => `Paragraph ${index}: ${this.#passageIds.size} facts, ${added} elements added to the graph`,
    });
    const answer = /** @type {PassageFacts | null} */ (facts);
    if (!answer) return;
    this.#passageIds = new Set([...answer.nodes.map((n) => n.data.id), ...answer.edges.map((e) => e.data.id)]);
    this.#paragraphs.forEach((p, i) => p.classList.toggle('passage-current', i === index));
    this.#markPassage();
    explorer.graph.bringIntoView(answer.nodes.map((n) => n.data.id));
    explorer.report('done', `Paragraph ${index}: ${answer.nodes.length} nodes and ${answer.edges.length} relationships drawn from it`);
  }

  #markPassage() {
    const ids = this.#passageIds;
    /** @type {Explorer} */ (this.#explorer).graph.mark(['from-passage'], (data) => (ids.has(String(data.id)) ? 'from-passage' : null));
  }

  /** @param {ArticleView} article */
  #draw(article) {
    this.#paragraphs = article.paragraphs.map((p) => {
      const marker = h('button', {
        type: 'button', className: 'fact-marker', text: String(p.factCount),
        title: `${p.factCount} facts from this paragraph: bring them into the graph`,
        attrs: { 'aria-label': `${p.factCount} facts from paragraph ${p.index}` },
        data: { density: p.factCount === 0 ? 'none' : p.factCount < 4 ? 'some' : 'many' },
        on: { click: () => { this.bringPassage(p.index); } },
      });
      const text = h('span', { className: 'paragraph-text', text: p.text });
      return h(p.index === 0 ? 'h3' : 'p', { className: 'paragraph', data: { index: String(p.index) } }, marker, text);
    });
    fill(this.#body,
      h('p', { className: 'reader-source' }, h('span', { className: 'muted', text: 'Source: ' }), article.attribution),
      article.unlocated.length ? h('p', { className: 'muted', text: `${article.unlocated.length} quotes of the graph were not found in the article.` }) : null,
      ...this.#paragraphs);
  }

  /** A click or a text selection inside a paragraph brings that paragraph's facts. */
  #fromSelection() {
    const selection = document.getSelection();
    const anchor = selection?.anchorNode ?? null;
    const paragraph = (anchor instanceof Element ? anchor : anchor?.parentElement)?.closest('.paragraph');
    if (!(paragraph instanceof HTMLElement) || !this.#body.contains(paragraph)) return;
    this.bringPassage(Number(paragraph.dataset.index));
  }

  /**
   * Remembers what was selected and marks its quote when the pane is shown (the article is not
   * fetched for a reader who never opens it).
   * @param {string | null} id
   */
  #picked(id) {
    this.#pickedId = id;
    if (/** @type {Explorer} */ (this.#explorer).isShown('reader')) this.#markQuotesOf(id);
  }

  /**
   * Marks the quote of a node or an edge in the article and scrolls to its first part.
   * @param {string | null} id
   */
  async #markQuotesOf(id) {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    const ticket = ++this.#marked;
    for (const p of this.#paragraphs) this.#plain(p);
    if (!id) return;
    try {
      await this.article();
      const quotes = /** @type {QuotedElement[]} */ (await explorer.hub.invoke('GetQuotes', [id]));
      if (ticket !== this.#marked) return;
      const spans = quotes.flatMap((q) => q.spans);
      for (const span of spans) this.#highlight(this.#paragraphs[span.paragraph], span.start, span.length);
      const first = this.#body.querySelector('mark');
      if (first && explorer.isShown('reader')) first.scrollIntoView({ block: 'center' });
    } catch (error) {
      explorer.report('error', `Could not find the quote in the article: ${String(error)}`);
    }
  }

  /**
   * @param {HTMLElement | undefined} paragraph
   * @param {number} start
   * @param {number} length
   */
  #highlight(paragraph, start, length) {
    const text = paragraph?.querySelector('.paragraph-text');
    if (!text) return;
    const whole = text.textContent ?? '';
    fill(text, whole.slice(0, start), h('mark', { className: 'quote-mark', text: whole.slice(start, start + length) }), whole.slice(start + length));
  }

  /** @param {HTMLElement} paragraph */
  #plain(paragraph) {
    const text = paragraph.querySelector('.paragraph-text');
    if (text?.querySelector('mark')) text.textContent = text.textContent ?? '';
  }

  #render() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    const shown = explorer.isShown('reader');
    const opening = shown && this.#pane.hidden;
    this.#pane.hidden = !shown;
    byId('reader-button').setAttribute('aria-expanded', String(shown));
    if (opening) {
      this.article().then(() => this.#markQuotesOf(this.#pickedId))
        .catch((error) => explorer.report('error', `Could not load the article: ${String(error)}`));
    }
  }
}
