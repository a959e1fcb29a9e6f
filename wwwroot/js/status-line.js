// The status line: the connection's state (SignalR's automatic reconnect) and what is loading.

/** @typedef {import('./explorer.js').Panel} Panel */
/** @type {Record<string, string>} */
const STATES = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Connection lost, reconnecting…',
  disconnected: 'Disconnected',
};

/** @implements {Panel} */
export class StatusLine {
  #connection;
  #activity;
  #reconnect;
  /** @type {import('./hub-client.js').GraphInfo | null} */
  #info = null;

  /**
   * @param {HTMLElement} connection
   * @param {HTMLElement} activity
   * @param {HTMLButtonElement} reconnect
   */
  constructor(connection, activity, reconnect) {
    this.#connection = connection;
    this.#activity = activity;
    this.#reconnect = reconnect;
  }

  /** @param {import('./explorer.js').Explorer} explorer */
  mount(explorer) {
    explorer.addEventListener('connection', (e) => this.#setConnection(/** @type {CustomEvent<string>} */ (e).detail));
    explorer.addEventListener('welcome', (e) => {
      this.#info = /** @type {CustomEvent<import('./hub-client.js').GraphInfo>} */ (e).detail;
      this.#setConnection(this.#connection.dataset.state ?? 'connecting');
    });
    explorer.addEventListener('status', (e) => {
      const { kind, text } = /** @type {CustomEvent<import('./explorer.js').StatusReport>} */ (e).detail;
      this.#activity.classList.toggle('error', kind === 'error');
      this.#activity.textContent = text;
    });
    this.#reconnect.addEventListener('click', () => { explorer.hub.start().catch(() => {}); });
  }

  /** @param {string} state */
  #setConnection(state) {
    this.#connection.dataset.state = state;
    const info = this.#info && state === 'connected'
      ? ` · ${this.#info.engine} engine · ${this.#info.nodes} nodes, ${this.#info.relationships} relationships`
      : '';
    this.#connection.textContent = `${STATES[state] ?? state}${info}`;
    this.#reconnect.hidden = state !== 'disconnected';
  }
}
