// The SignalR connection to /hubs/graph. Emits 'state' (detail: connecting | connected |
// reconnecting | disconnected), 'welcome' (detail: GraphInfo), 'graph-status' (detail: GraphStatus)
// and 'resynced' (detail: Resync) once a reconnection has reopened the streams it cut.
//
// A stream cut by a lost connection is not failed while SignalR reconnects: it is opened again with
// the same arguments once the connection is back, so the page ends with what an uninterrupted stream
// draws (it skips what it already has) and loses nothing. Only when reconnecting gives up does it fail.
import { signalR } from '../lib/vendor.js';

const HUB_URL = '/hubs/graph';
const RECONNECT_DELAYS_MS = [0, 1000, 2000, 5000, 10000, 20000, 30000];

/** @typedef {'connecting' | 'connected' | 'reconnecting' | 'disconnected'} ConnectionState */

/**
 * The `data` of a Cytoscape node as the hub sends it (NodeData on the server).
 * @typedef {object} NodeData
 * @property {string} id
 * @property {string} label
 * @property {string} kind
 * @property {number} degree
 * @property {string | null} [start]
 * @property {string | null} [end]
 * @property {string | null} [description]
 * @property {boolean} [hasMore] set by the page: the node has relationships not drawn
 */

/**
 * The `data` of a Cytoscape edge as the hub sends it (EdgeData on the server).
 * @typedef {object} EdgeData
 * @property {string} id
 * @property {string} source
 * @property {string} target
 * @property {string} type
 * @property {string} label
 * @property {string | null} [quote]
 * @property {string | null} [start]
 * @property {string | null} [end]
 * @property {string | null} [claimedBy]
 * @property {string | null} [category] the vocabulary's category (graph/vocabulary/categories.csv)
 */

/**
 * Elements streamed by a lens, ring by ring (NeighbourhoodBatch on the server).
 * @typedef {object} Batch
 * @property {number} ring
 * @property {{ data: NodeData }[]} nodes
 * @property {{ data: EdgeData }[]} edges
 * @property {number} remaining
 * @property {number} serverMs
 */

/** @typedef {{ data: NodeData }} NodeElement */
/** @typedef {{ data: EdgeData }} EdgeElement */

/**
 * StreamPaths' request: k 1–10, maxLength 1–8, categories null for all.
 * @typedef {object} PathRequest
 * @property {'shortest' | 'allShortest' | 'kShortest'} mode
 * @property {number} k
 * @property {number} maxLength
 * @property {string[] | null} categories
 * @property {boolean} factsOnly
 */

/**
 * One path, shortest first: edge i joins node i and node i + 1 (in either direction).
 * @typedef {object} GraphPath
 * @property {number} rank
 * @property {number} length
 * @property {NodeElement[]} nodes
 * @property {EdgeElement[]} edges
 */

/**
 * @typedef {object} ChainRequest
 * @property {'forward' | 'backward'} direction
 * @property {number} maxSteps
 * @property {boolean} factsOnly
 */

/**
 * One step of the plot chain, in time order; `from` is the start or an earlier step's `to`.
 * @typedef {object} ChainStep
 * @property {number} order
 * @property {NodeElement} from
 * @property {NodeElement} to
 * @property {EdgeElement} edge
 * @property {string | null} date the date the step sits at (partial dates at the start of their period)
 * @property {boolean} uncertain the date is known only to the month or year
 */

/**
 * @typedef {object} InfluenceItem
 * @property {string} id
 * @property {string} name
 * @property {string} kind
 * @property {number} score
 * @property {number} pageRank
 * @property {number} betweenness
 * @property {EdgeElement | null} evidence the strongest evidence: an influence relationship with its quote
 */

/** @typedef {{ items: InfluenceItem[], nodes: number, relationships: number }} InfluenceRanking */

/**
 * One step of an influence tree, level by level from the chosen node.
 * @typedef {object} InfluenceTreeStep
 * @property {number} depth
 * @property {NodeElement} from
 * @property {NodeElement} to
 * @property {EdgeElement} edge
 */

/** @typedef {{ category: string, relationships: number }} CategoryCount */

/**
 * @typedef {object} RelationshipDetails
 * @property {string} id
 * @property {string} type
 * @property {string} label
 * @property {'in' | 'out'} direction
 * @property {string} otherId
 * @property {string} otherName
 * @property {string} otherKind
 * @property {string | null} start
 * @property {string | null} end
 * @property {string | null} source
 * @property {string | null} quote
 * @property {Record<string, unknown>} properties
 */

/**
 * @typedef {object} NodeDetails
 * @property {string} id
 * @property {string} name
 * @property {string} kind
 * @property {string[]} aliases
 * @property {string | null} start
 * @property {string | null} end
 * @property {string | null} description
 * @property {string | null} source
 * @property {string | null} quote
 * @property {Record<string, unknown>} properties
 * @property {RelationshipDetails[]} relationships
 */

/**
 * @typedef {object} SearchHit
 * @property {string} id
 * @property {string} name
 * @property {string} kind
 * @property {string[]} aliases
 * @property {number} score
 */

/**
 * @typedef {object} GraphInfo
 * @property {string} engine
 * @property {number} nodes
 * @property {number} relationships
 * @property {string | null} startNodeId
 */

/**
 * @typedef {object} ArticleParagraph
 * @property {number} index
 * @property {string} text
 * @property {number} factCount
 */

/**
 * The seed article (ArticleView on the server).
 * @typedef {object} ArticleView
 * @property {string} documentId
 * @property {string} title
 * @property {string | null} [author]
 * @property {string | null} [publisher]
 * @property {string} attribution
 * @property {ArticleParagraph[]} paragraphs
 * @property {string[]} unlocated
 */

/** @typedef {{ paragraph: number, start: number, length: number }} QuoteSpan */
/** @typedef {{ id: string, quote: string, spans: QuoteSpan[] }} QuotedElement */
/** @typedef {{ paragraph: number, nodes: { data: NodeData }[], edges: { data: EdgeData }[] }} PassageFacts */
/** @typedef {{ earliest: string | null, latest: string | null, years: { year: number, facts: number }[] }} Timeline */

/**
 * What a stream reports to: each batch, then either completion or an error.
 * @template T
 * @typedef {object} StreamObserver
 * @property {(item: T) => void} next
 * @property {() => void} complete
 * @property {(error: unknown) => void} error
 */

/** @typedef {{ cancel: () => void }} StreamHandle */

/**
 * Whether the graph engine answers (GraphStatus on the server), e.g. "database unavailable, retrying…".
 * @typedef {object} GraphStatus
 * @property {boolean} available
 * @property {string} message
 * @property {string} since
 */

/**
 * What a reconnection brought back: the streams cut by the lost connection and opened again.
 * @typedef {object} Resync
 * @property {number} resumed
 */

/** @typedef {{ resume: () => boolean, fail: () => void }} CutStream resume() is false for a stream cancelled meanwhile */

export class HubClient extends EventTarget {
  #connection;
  /** @type {ConnectionState} */
  #state = 'connecting';
  /** @type {CutStream[]} streams cut by a lost connection, waiting for it to come back */
  #cut = [];

  constructor() {
    super();
    this.#connection = new signalR.HubConnectionBuilder()
      .withUrl(HUB_URL)
      .withAutomaticReconnect(RECONNECT_DELAYS_MS)
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    this.#connection.on('Welcome', (/** @type {GraphInfo} */ info) => this.#emit('welcome', info));
    this.#connection.on('GraphStatus', (/** @type {GraphStatus} */ status) => this.#emit('graph-status', status));
    this.#connection.onreconnecting(() => this.#setState('reconnecting'));
    this.#connection.onreconnected(() => {
      this.#setState('connected');
      const resumed = this.#takeCut().filter((stream) => stream.resume()).length;
      this.#emit('resynced', /** @type {Resync} */ ({ resumed }));
    });
    this.#connection.onclose(() => {
      for (const stream of this.#takeCut()) stream.fail();
      this.#setState('disconnected');
    });
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

  /**
   * @param {string} text
   * @param {number} limit
   * @returns {Promise<SearchHit[]>}
   */
  search(text, limit) {
    return this.#connection.invoke('Search', text, limit);
  }

  /**
   * @param {string} id
   * @returns {Promise<NodeDetails>}
   */
  getNode(id) {
    return this.#connection.invoke('GetNode', id);
  }

  /**
   * Any hub method that answers once: `invoke('GetArticle')`.
   * @template T
   * @param {string} method
   * @param {...unknown} args
   * @returns {Promise<T>}
   */
  invoke(method, ...args) {
    return this.#connection.invoke(method, ...args);
  }

  /**
   * The labels, relationship types, categories and property keys the console editor completes.
   * @returns {Promise<import('./cypher-editor.js').GraphSchema>}
   */
  getSchema() {
    return this.#connection.invoke('GetSchema');
  }

  /** @returns {Promise<import('./presentation.js').Story[]>} */
  listStories() {
    return this.#connection.invoke('ListStories');
  }

  /**
   * Starts presenting a story live; this page follows it too.
   * @param {string} storyId
   * @returns {Promise<import('./presentation.js').PresentationTicket>}
   */
  startPresentation(storyId) {
    return this.#connection.invoke('StartPresentation', storyId);
  }

  /**
   * Follows a live presentation; resolves to the step it shows now.
   * @param {string} code
   * @returns {Promise<import('./presentation.js').PresentationStep>}
   */
  joinPresentation(code) {
    return this.#connection.invoke('JoinPresentation', code);
  }

  /**
   * Moves a live presentation (only with its presenter key); every follower is shown the step.
   * @param {string} code
   * @param {string} presenterKey
   * @param {number} index
   * @returns {Promise<void>}
   */
  presentStep(code, presenterKey, index) {
    return this.#connection.invoke('PresentStep', code, presenterKey, index);
  }

  /**
   * Calls back with each step a followed presentation moves to.
   * @param {(step: import('./presentation.js').PresentationStep) => void} handler
   */
  onShowStep(handler) {
    this.#connection.on('ShowStep', handler);
  }

  /**
   * The relationship categories of the graph with their counts.
   * @returns {Promise<CategoryCount[]>}
   */
  getCategories() {
    return this.#connection.invoke('GetCategories');
  }

  /**
   * The most influential nodes, highest score first.
   * @param {{ top: number, categories: string[] | null }} request
   * @returns {Promise<InfluenceRanking>}
   */
  getInfluence(request) {
    return this.#connection.invoke('GetInfluence', request);
  }

  /**
   * Streams a neighbourhood ring by ring. Returns a handle whose cancel() closes the stream, which
   * stops the query on the server.
   * @param {string} id
   * @param {number} depth
   * @param {number} limit
   * @param {StreamObserver<Batch>} observer
   * @returns {StreamHandle}
   */
  streamNeighbourhood(id, depth, limit, observer) {
    return this.stream('StreamNeighbourhood', [id, depth, limit], observer);
  }

  /**
   * Any streaming hub method, for lenses: `stream('StreamPaths', [from, to, limit], observer)`.
   * @template T
   * @param {string} method
   * @param {unknown[]} args
   * @param {StreamObserver<T>} observer
   * @returns {StreamHandle}
   */
  stream(method, args, { next, complete, error }) {
    let cancelled = false;
    /** @type {{ dispose: () => void } | null} */
    let subscription = null;
    const open = () => {
      subscription = this.#connection.stream(method, ...args).subscribe({
        next: (item) => { if (!cancelled) next(item); },
        complete: () => { if (!cancelled) complete(); },
        // SignalR fails the open streams just before it starts reconnecting, so the state is read a turn later.
        error: (reason) => setTimeout(() => {
          if (cancelled) return;
          if (this.#connection.state !== signalR.HubConnectionState.Reconnecting) {
            error(reason);
            return;
          }
          this.#cut.push({
            resume: () => { if (!cancelled) open(); return !cancelled; },
            fail: () => { if (!cancelled) error(reason); },
          });
        }),
      });
    };
    open();
    return {
      cancel: () => {
        cancelled = true;
        subscription?.dispose();
      },
    };
  }

  #takeCut() {
    const cut = this.#cut;
    this.#cut = [];
    return cut;
  }

  /** @param {ConnectionState} state */
  #setState(state) {
    this.#state = state;
    this.#emit('state', state);
  }

  /**
   * @param {string} type
   * @param {unknown} [detail]
   */
  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

/**
 * The message of a hub error without SignalR's prefixes ("An error occurred on the server while
 * streaming results. HubException: …").
 * @param {unknown} error
 */
export function hubErrorMessage(error) {
  const text = String(error instanceof Error ? error.message : error);
  const match = /(?:^|\s)\w*Exception: ([\s\S]*)$/.exec(text);
  return match ? match[1] : text;
}
