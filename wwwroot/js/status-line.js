// The status line: the connection's state (SignalR's automatic reconnect), whether the graph engine
// answers ("database unavailable, retrying…"), what a reconnection re-synced, and what is loading.

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
  /** @type {import('./hub-client.js').GraphStatus | null} */
  #graph = null;
  /** @type {import('./hub-client.js').Resync | null} */
  #resync = null;

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
    explorer.hub.addEventListener('graph-status', (e) => {
      this.#graph = /** @type {CustomEvent<import('./hub-client.js').GraphStatus>} */ (e).detail;
      this.#refresh();
    });
    explorer.hub.addEventListener('resynced', (e) => {
      this.#resync = /** @type {CustomEvent<import('./hub-client.js').Resync>} */ (e).detail;
      this.#refresh();
    });
    this.#reconnect.addEventListener('click', () => { explorer.hub.start().catch(() => {}); });
  }

  #refresh() { this.#setConnection(this.#connection.dataset.state ?? 'connecting'); }

  /** @param {string} state */
  #setConnection(state) {
    this.#connection.dataset.state = state;
    const connected = state === 'connected';
    const down = connected && this.#graph && !this.#graph.available;
    this.#connection.dataset.graph = down ? 'unavailable' : 'available';
    let text = STATES[state] ?? state;
    if (connected && this.#resync) text = `Reconnected · view re-synced${resumed(this.#resync.resumed)}`;
    if (down && this.#graph) text += ` · ${this.#graph.message}`;
    else if (connected && this.#info) text += ` · ${this.#info.engine} engine · ${this.#info.nodes} nodes, ${this.#info.relationships} relationships`;
    this.#connection.textContent = text;
    this.#reconnect.hidden = state !== 'disconnected';
  }
}

/** @param {number} count streams cut by the lost connection and opened again */
function resumed(count) {
  if (count === 0) return ', nothing was cut';
  return `, ${count} cut ${count === 1 ? 'stream' : 'streams'} reopened`;
}
