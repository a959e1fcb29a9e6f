// The status line: the connection's state (SignalR's automatic reconnect) and what is loading.
const STATES = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Connection lost, reconnecting…',
  disconnected: 'Disconnected',
};

export class StatusLine {
  #connection;
  #activity;
  #reconnect;
  #info = null;

  constructor(connection, activity, reconnect) {
    this.#connection = connection;
    this.#activity = activity;
    this.#reconnect = reconnect;
  }

  setConnection(state) {
    this.#connection.dataset.state = state;
    const info = this.#info && state === 'connected'
      ? ` · ${this.#info.engine} engine · ${this.#info.nodes} nodes, ${this.#info.relationships} relationships`
      : '';
    this.#connection.textContent = `${STATES[state] ?? state}${info}`;
    this.#reconnect.hidden = state !== 'disconnected';
  }

  setInfo(info) {
    this.#info = info;
    this.setConnection(this.#connection.dataset.state);
  }

  busy(text) {
    this.#activity.classList.remove('error');
    this.#activity.textContent = text;
  }

  done(text = '') {
    this.#activity.classList.remove('error');
    this.#activity.textContent = text;
  }

  error(text) {
    this.#activity.classList.add('error');
    this.#activity.textContent = text;
  }
}
