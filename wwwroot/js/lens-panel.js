// The side panel's lens section: the one place a lens shows its form and its answer (paths as
// sentences, the chain's steps, the influence table or tree). One lens at a time: showing another
// closes the one before, which puts the canvas back as it was (spotlight, captions, positions).
// A lens that runs records itself in the explorer's view (its name and arguments), so the link
// holds it; a form shown before anything ran is not a view of its own.
import { h, fill, byId } from './dom.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./explorer.js').Panel} Panel */
/** @typedef {import('./dom.js').Child} Child */

/**
 * @typedef {object} LensView
 * @property {string} lens the view's lens name (explorer.view.lens)
 * @property {string} title
 * @property {Record<string, unknown>} [args] what the lens runs with; none while only its form shows
 * @property {string | null} [focus] the view's focused node; the focus before by default
 * @property {() => void} [onClose] puts the canvas back when the lens closes
 */

/** @implements {Panel} */
export class LensPanel {
  #section;
  #title;
  #body;
  /** @type {LensView | null} */
  #current = null;
  /** @type {Explorer | null} */
  #explorer = null;

  constructor() {
    this.#title = h('h2', { id: 'lens-title', className: 'details-title' });
    this.#body = h('div', { id: 'lens-body', className: 'lens-body', attrs: { 'aria-live': 'polite' } });
    this.#section = h('section', { id: 'lens-panel', className: 'lens-panel', hidden: true, attrs: { 'aria-labelledby': 'lens-title' } },
      h('div', { className: 'details-head' }, this.#title,
        h('button', {
          type: 'button', className: 'lens-close', text: 'Close', title: 'Close the lens and put the graph back as it was',
          on: { click: () => this.close() },
        })),
      this.#body);
  }

  /** @param {Explorer} explorer */
  mount(explorer) {
    this.#explorer = explorer;
    byId('side-panel').prepend(this.#section);
    explorer.addOverlay(this.#section);
    // A view shown again runs its own lens afresh; an emptied graph no longer holds the answer.
    explorer.addEventListener('restore', () => { this.#putAway(); });
    explorer.addEventListener('clear', () => { if (this.#putAway()) this.#leave(); });
  }

  /** The lens shown, or null. */
  get lens() { return this.#current?.lens ?? null; }

  /**
   * Shows a lens (closing the one shown before unless it is the same lens) and its content.
   * @param {LensView} view
   * @param {...Child} children
   */
  show(view, ...children) {
    if (this.#current && this.#current !== view && this.#current.lens !== view.lens) this.#current.onClose?.();
    this.#current = view;
    this.#title.textContent = view.title;
    fill(this.#body, ...children);
    this.#section.hidden = false;
    const explorer = /** @type {Explorer} */ (this.#explorer);
    if (view.args) explorer.setView({ lens: view.lens, args: view.args, focus: view.focus ?? explorer.view.focus });
    else if (explorer.view.lens !== 'neighbourhood' && explorer.view.lens !== view.lens) this.#leave();
    explorer.setShown('side', true);
  }

  /**
   * Replaces the content of the lens shown.
   * @param {...Child} children
   */
  update(...children) {
    fill(this.#body, ...children);
  }

  /** Closes the lens and puts the canvas back. */
  close() {
    this.#putAway();
    this.#leave();
  }

  /** Hides the lens shown and puts the canvas back; false when none was shown. */
  #putAway() {
    const view = this.#current;
    if (!view) return false;
    this.#current = null;
    this.#section.hidden = true;
    this.#body.replaceChildren();
    view.onClose?.();
    return true;
  }

  /** The view goes back to the neighbourhood of the selected node. */
  #leave() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    explorer.setView({ lens: 'neighbourhood', args: {}, focus: explorer.selectedId ?? explorer.view.focus });
  }
}
