// Runs one lens request: streams its items from the hub, draws their elements as one batch when the
// answer is complete (one layout rather than one per item, which on a chain of twenty steps was most
// of the time to draw it; the whole answer is one undo step, with progress in the status line) and
// resolves with the items.
// The legend's filters apply here, in arrival order, so a lens shows nothing the reader has hidden.
import { hubErrorMessage } from './hub-client.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./hub-client.js').NodeElement} NodeElement */
/** @typedef {import('./hub-client.js').EdgeElement} EdgeElement */

/**
 * @template T
 * @typedef {object} LensRequest
 * @property {string} key a newer request with the same key cancels this one
 * @property {string} label names the progress messages
 * @property {string} method the hub's streaming method
 * @property {unknown[]} args
 * @property {(item: T) => { nodes: NodeElement[], edges: EdgeElement[] }} elements what an item draws
 * @property {(item: T, kept: T[]) => boolean} [keep] false leaves an item out (filters)
 * @property {(items: T[]) => ReadonlyMap<string, import('cytoscape').Position>} [place] where the
 *   lens lays out the answer's new nodes itself (drawn there at once, without a layout)
 */

/**
 * @template T
 * @typedef {object} LensAnswer
 * @property {T[]} items the items kept, in the order the server sent them
 * @property {number} left how many items were left out by the filters
 * @property {string | null} error the hub's message when the request failed
 * @property {boolean} cancelled a newer request took over; the answer is partial
 */

/**
 * @template T
 * @param {Explorer} explorer
 * @param {LensRequest<T>} request
 * @returns {Promise<LensAnswer<T>>}
 */
export async function streamLens(explorer, { key, label, method, args, elements, keep = () => true, place }) {
  /** @type {T[]} */
  const items = [];
  let left = 0;
  /** @type {string | null} */
  let error = null;
  let ended = false;
  await explorer.draw({
    key,
    label,
    start: (observer) => explorer.hub.stream(method, args, {
      next: (/** @type {T} */ item) => {
        if (!keep(item, items)) {
          left++;
          return;
        }
        items.push(item);
      },
      complete: () => {
        ended = true;
        const parts = items.map(elements);
        if (parts.length) {
          observer.next({ ring: 1, nodes: parts.flatMap((p) => p.nodes), edges: parts.flatMap((p) => p.edges), remaining: 0, serverMs: 0, places: place?.(items) });
        }
        observer.complete();
      },
      error: (e) => {
        ended = true;
        error = hubErrorMessage(e);
        observer.error(e);
      },
    }),
    summary: (added) => `${label}: ${items.length} found, ${added} elements added${left ? `, ${left} left out by the legend's filters` : ''}`,
  });
  return { items, left, error, cancelled: !ended };
}

/**
 * The ids of every node and edge of some elements.
 * @param {{ nodes: NodeElement[], edges: EdgeElement[] }[]} parts
 */
export function elementIds(parts) {
  return [...new Set(parts.flatMap((p) => [...p.nodes.map((n) => n.data.id), ...p.edges.map((e) => e.data.id)]))];
}
