// The SignalR connection to /hubs/graph. Emits 'state' (detail: connecting | connected |
// reconnecting | disconnected) and 'welcome' (detail: {engine, nodes, relationships, startNodeId}).
import { signalR } from '../lib/vendor.js';

const HUB_URL = '/hubs/graph';
const RECONNECT_DELAYS_MS = [0, 1000, 2000, 5000, 10000, 20000, 30000];

export class HubClient extends EventTarget {
  #connection;
  #state = 'connecting';

  constructor() {
    super();
    this.#connection = new signalR.HubConnectionBuilder()
      .withUrl(HUB_URL)
      .withAutomaticReconnect(RECONNECT_DELAYS_MS)
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    this.#connection.on('Welcome', (info) => this.#emit('welcome', info));
    this.#connection.onreconnecting(() => this.#setState('reconnecting'));
    this.#connection.onreconnected(() => this.#setState('connected'));
    this.#connection.onclose(() => this.#setState('disconnected'));
  }

  get state() { return this.#state; }

  async start() {
    this.#setState('connecting');
    try {
      await this.#connection.start();
      this.#setState('connected');
    } catch (error) {
      this.#setState('disconnected');
      throw error;
    }
  }

  search(text, limit) {
    return this.#connection.invoke('Search', text, limit);
  }

  getNode(id) {
    return this.#connection.invoke('GetNode', id);
  }

  /**
   * Streams a neighbourhood ring by ring. Returns a handle whose cancel() closes the stream, which
   * stops the query on the server.
   */
  streamNeighbourhood(id, depth, limit, { next, complete, error }) {
    const subscription = this.#connection
      .stream('StreamNeighbourhood', id, depth, limit)
      .subscribe({ next, complete, error });
    return { cancel: () => subscription.dispose() };
  }

  #setState(state) {
    this.#state = state;
    this.#emit('state', state);
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

/** The message of a hub error without SignalR's prefix. */
export function hubErrorMessage(error) {
  const text = String(error?.message ?? error);
  const marker = 'HubException: ';
  const at = text.indexOf(marker);
  return at >= 0 ? text.slice(at + marker.length) : text;
}
