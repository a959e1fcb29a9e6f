// The time slider over the bottom of the canvas: a month-by-month range from the graph's earliest
// to its latest date, a date field that takes any partial ISO date, play with a speed control, and
// the histogram of dated facts by year under it. What is drawn is marked against the date on every
// change, so whatever a lens draws respects it too.
import { byId, h, svg, fill } from './dom.js';
import { timeState, isPartialDate, monthIndex, monthDate } from './time.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./explorer.js').Panel} Panel */
/** @typedef {import('./hub-client.js').Timeline} Timeline */

const TICK_MS = 250;
const SPEEDS = [['1', '1 month a step'], ['3', '3 months a step'], ['12', '1 year a step']];
const HISTOGRAM_HEIGHT = 28;

/** @implements {Panel} */
export class TimePanel {
  /** @type {Explorer | null} */
  #explorer = null;
  /** @type {Timeline | null} */
  #timeline = null;
  #firstYear = 0;
  #timer = 0;
  #panel = byId('time-panel');
  #slider = /** @type {HTMLInputElement} */ (h('input', { type: 'range', id: 'time-slider', attrs: { 'aria-label': 'Date of the graph', min: '0', max: '0', value: '0' } }));
  #field = /** @type {HTMLInputElement} */ (h('input', { type: 'text', id: 'time-date', className: 'time-date', attrs: { 'aria-label': 'Date (year, year-month or year-month-day)', placeholder: 'all time', spellcheck: 'false', autocomplete: 'off' } }));
  #play = h('button', { type: 'button', id: 'time-play', text: 'Play', attrs: { 'aria-pressed': 'false' } });
  #speed = /** @type {HTMLSelectElement} */ (h('select', { id: 'time-speed', attrs: { 'aria-label': 'Speed of play' } }, ...SPEEDS.map(([value, text]) => h('option', { text, attrs: { value } }))));
  #histogram = /** @type {SVGSVGElement} */ (/** @type {unknown} */ (svg('svg', { class: 'time-histogram', role: 'img', 'aria-label': 'Dated facts by year', preserveAspectRatio: 'none' })));
  #range = h('span', { className: 'time-range muted' });

  /** @param {Explorer} explorer */
  mount(explorer) {
    this.#explorer = explorer;
    const all = h('button', { type: 'button', id: 'time-all', text: 'All time', title: 'Show every fact, whatever its date' });
    fill(this.#panel,
      h('div', { className: 'time-controls' }, this.#play, this.#speed, this.#slider, this.#field, all, this.#range),
      this.#histogram);
    explorer.addOverlay(this.#panel);

    this.#slider.addEventListener('input', () => explorer.setDate(monthDate(Number(this.#slider.value), this.#firstYear)));
    this.#field.addEventListener('change', () => this.#typed());
    this.#field.addEventListener('keydown', (e) => { if (e.key === 'Enter') this.#typed(); });
    all.addEventListener('click', () => { this.#stop(); explorer.setDate(null); });
    this.#play.addEventListener('click', () => (this.#timer ? this.#stop() : this.#start()));
    byId('time-button').addEventListener('click', () => explorer.setShown('time', !explorer.isShown('time')));
    explorer.addShortcut('d', 'Show or fold the time slider', () => explorer.setShown('time', !explorer.isShown('time')));

    explorer.addEventListener('panels', () => this.#render());
    explorer.addEventListener('change', () => this.#mark());
    explorer.addEventListener('date', () => {
      if (explorer.date !== null) explorer.setShown('time', true);
      this.#showDate();
      this.#mark();
    });
    explorer.addEventListener('welcome', () => { this.#load(); });
    this.#render();
  }

  async #load() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    try {
      this.#timeline = await explorer.hub.invoke('GetTimeline');
    } catch (error) {
      explorer.report('error', `Could not load the timeline: ${String(error)}`);
      return;
    }
    const { earliest, latest, years } = /** @type {Timeline} */ (this.#timeline);
    if (!earliest || !latest) return;
    this.#firstYear = Number(earliest.slice(0, 4));
    this.#slider.max = String((Number(latest.slice(0, 4)) - this.#firstYear) * 12 + 11);
    this.#range.textContent = `${earliest.slice(0, 4)}–${latest.slice(0, 4)}`;
    this.#drawHistogram(years);
    this.#showDate();
  }

  #typed() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    const text = this.#field.value.trim();
    if (text === '') explorer.setDate(null);
    else if (isPartialDate(text)) explorer.setDate(text);
    else explorer.report('error', `“${text}” is not a date: write a year (1973), a month (1973-09) or a day (1973-09-11).`);
  }

  #showDate() {
    const date = /** @type {Explorer} */ (this.#explorer).date;
    if (document.activeElement !== this.#field) this.#field.value = date ?? '';
    this.#slider.value = String(date ? monthIndex(date, this.#firstYear) : Number(this.#slider.max));
    this.#panel.classList.toggle('time-off', date === null);
  }

  #mark() {
    const date = /** @type {Explorer} */ (this.#explorer).date;
    /** @type {Explorer} */ (this.#explorer).graph.mark(['time-hidden', 'time-faded'],
      (data) => { const state = timeState(data, date); return state ? `time-${state}` : null; });
  }

  #start() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    if (Number(this.#slider.value) >= Number(this.#slider.max) || explorer.date === null) explorer.setDate(monthDate(0, this.#firstYear));
    this.#play.textContent = 'Pause';
    this.#play.setAttribute('aria-pressed', 'true');
    this.#timer = window.setInterval(() => {
      const next = Number(this.#slider.value) + Number(this.#speed.value);
      if (next > Number(this.#slider.max)) { this.#stop(); return; }
      explorer.setDate(monthDate(next, this.#firstYear));
    }, TICK_MS);
  }

  #stop() {
    clearInterval(this.#timer);
    this.#timer = 0;
    this.#play.textContent = 'Play';
    this.#play.setAttribute('aria-pressed', 'false');
  }

  /** Whether the slider is playing, for the links module: playing dates replace each other in history. */
  get playing() { return this.#timer !== 0; }

  /** @param {{ year: number, facts: number }[]} years */
  #drawHistogram(years) {
    const span = Number(this.#slider.max) + 1;
    const most = Math.max(1, ...years.map((y) => y.facts));
    this.#histogram.setAttribute('viewBox', `0 0 ${span} ${HISTOGRAM_HEIGHT}`);
    fill(this.#histogram, ...years.map(({ year, facts }) => {
      const height = Math.max(1, (facts / most) * HISTOGRAM_HEIGHT);
      return svg('rect', { x: (year - this.#firstYear) * 12, y: HISTOGRAM_HEIGHT - height, width: 11, height, class: 'time-bar' },
        svg('title', {}, `${year}: ${facts} dated facts`));
    }));
  }

  #render() {
    const explorer = /** @type {Explorer} */ (this.#explorer);
    const shown = explorer.isShown('time');
    this.#panel.hidden = !shown;
    byId('time-button').setAttribute('aria-expanded', String(shown));
    if (!shown) this.#stop();
  }
}
