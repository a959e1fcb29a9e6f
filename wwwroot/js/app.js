// Wires the page: hub connection, graph, search, details, node list, legend and status line.
import { GraphController } from './graph-controller.js';
import { HubClient, hubErrorMessage } from './hub-client.js';
import { SearchBox } from './search.js';
import { DetailsPanel } from './details-panel.js';
import { NodeList } from './node-list.js';
import { StatusLine } from './status-line.js';
import { renderLegend } from './legend.js';

const OPEN_LIMIT = 80;
const EXPAND_LIMIT = 60;
const MAX_LIMIT = 2000;
const LARGE_TYPE_KEY = 'explorer.largeType';

const $ = (id) => document.getElementById(id);

const hub = new HubClient();
const graph = new GraphController($('cy'));
const status = new StatusLine($('connection-state'), $('activity'), $('reconnect-button'));
const details = new DetailsPanel($('details-body'), $('details-title'));
const nodeList = new NodeList($('node-list'), $('node-count'));
const search = new SearchBox($('search-input'), $('search-results'), (text, limit) => hub.search(text, limit));
const depthSelect = $('depth-select');
const undoButton = $('undo-button');

/** Timings of expansions, read by the browser tests: double-click (or request) to first ring drawn. */
const metrics = { expansions: [] };
const streams = new Map();
const limits = new Map();
const detailsCache = new Map();
const pending = new Set();
let opened = false;

/** Keeps a piece of work (an open or expansion) in view until it ends, so idle() can wait for it. */
function track(work) {
  pending.add(work);
  work.finally(() => pending.delete(work));
  return work;
}

/**
 * Resolves once no open or expansion is in flight and the view has stopped moving. An open moves
 * the view after its stream ends, so waiting for the layout alone can resolve just before that move.
 */
async function idle() {
  while (pending.size > 0) await Promise.allSettled([...pending]);
  await graph.settled();
}

window.explorer = { graph, hub, metrics, idle };

renderLegend($('legend'));

function depth() { return Number(depthSelect.value) || 1; }

function label(id) { return graph.nodeData(id)?.label ?? id; }

/**
 * The element budget for expanding a node: the server ranks neighbours without knowing what the page
 * shows, so the budget covers what is already visible around the node plus `extra` new elements.
 */
function budgetFor(id, extra) {
  return Math.min(MAX_LIMIT, extra + 2 * graph.visibleAround(id));
}

/** Adds the neighbourhood of a node to the graph, ring by ring as the server streams it. */
function expand(id, extra = limits.get(id) ?? EXPAND_LIMIT) {
  streams.get(id)?.cancel();
  limits.set(id, extra);
  const limit = budgetFor(id, extra);
  const started = performance.now();
  const name = label(id);
  const step = graph.beginExpansion(`expand ${name}`);
  let added = 0;
  let remaining = 0;
  let drawnFirst = false;
  status.busy(`Loading the neighbourhood of ${name}…`);
  // Batches are drawn one after the other, and the stream's end is handled after the last is drawn.
  let drawing = Promise.resolve();
  const draw = async (batch) => {
    status.busy(`Loading the neighbourhood of ${name}: ring ${batch.ring}…`);
    remaining = batch.remaining;
    added += await graph.addBatch(batch, step);
    if (!drawnFirst) {
      drawnFirst = true;
      metrics.expansions.push({ id, ms: performance.now() - started, serverMs: batch.serverMs, ring: batch.ring });
    } else {
      metrics.expansions.at(-1).rings = batch.ring;
    }
    if (details.currentId === id) refreshDetails(id);
  };
  return track(new Promise((resolve) => {
    let ended = false;
    // Runs once, after the batches already received are drawn: on completion, on error, or when
    // the stream is cancelled (a cancelled stream reports neither, and its work must still end).
    const end = (report) => drawing.then(() => {
      if (ended) return;
      ended = true;
      if (streams.get(id) === entry) streams.delete(id);
      graph.endExpansion(step);
      report?.();
      resolve();
    });
    const handle = hub.streamNeighbourhood(id, depth(), limit, {
      next: (batch) => { drawing = drawing.then(() => draw(batch)); },
      complete: () => end(() => {
        const more = remaining > 0 ? ` · ${remaining} more not shown (Show more neighbours)` : '';
        status.done(added > 0 ? `Added ${added} elements around ${label(id)}${more}` : `Nothing new around ${label(id)}${more}`);
      }),
      error: (error) => end(() => status.error(`Could not load the neighbourhood of ${name}: ${hubErrorMessage(error)}`)),
    });
    const entry = { cancel: () => { handle.cancel(); end(); } };
    streams.set(id, entry);
  }));
}

/** Opens a node: brings its neighbourhood into the graph and shows its details. */
function open(id, limit = OPEN_LIMIT) {
  return track((async () => {
    await expand(id, limit);
    if (graph.has(id)) {
      graph.select(id);
      await graph.settled();
      graph.reveal(id);
    }
  })());
}

async function showDetails(id) {
  nodeList.markCurrent(id);
  if (!id) {
    details.showMessage('Select a node to read what the article says about it.');
    return;
  }
  if (!detailsCache.has(id)) details.showLoading(label(id));
  try {
    let node = detailsCache.get(id);
    if (!node) {
      status.busy(`Loading the details of ${label(id)}…`);
      node = await hub.getNode(id);
      detailsCache.set(id, node);
      status.done();
    }
    if (details.currentId !== null && details.currentId !== id && graph.nodeData(id) === null) return;
    details.show(node, { visible: graph.has(id), hasMore: Boolean(graph.nodeData(id)?.hasMore) });
  } catch (error) {
    status.error(`Could not load the details: ${hubErrorMessage(error)}`);
    details.showMessage('The details could not be loaded.');
  }
}

function refreshDetails(id) {
  const node = detailsCache.get(id);
  if (node) details.show(node, { visible: graph.has(id), hasMore: Boolean(graph.nodeData(id)?.hasMore) });
}

function refreshUndo() {
  undoButton.disabled = !graph.canUndo;
  undoButton.title = graph.canUndo ? `Undo ${graph.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
}

graph.addEventListener('select', (e) => showDetails(e.detail));
graph.addEventListener('select-edge', (e) => { nodeList.markCurrent(null); details.showEdge(e.detail); });
graph.addEventListener('expand', (e) => expand(e.detail));
graph.addEventListener('change', () => {
  nodeList.render(graph.visibleNodes());
  refreshUndo();
});

search.addEventListener('choose', (e) => open(e.detail.id));

details.addEventListener('open', (e) => open(e.detail));
details.addEventListener('action', ({ detail: { action, id } }) => {
  switch (action) {
    case 'expand': (graph.has(id) ? expand(id) : open(id)); break;
    case 'more': expand(id, Math.min(MAX_LIMIT, (limits.get(id) ?? EXPAND_LIMIT) * 2)); break;
    case 'collapse': status.done(`Collapsed ${graph.collapse(id)} nodes`); refreshDetails(id); break;
    case 'hide': graph.hide(id); break;
    default: break;
  }
});

nodeList.addEventListener('select', (e) => { graph.select(e.detail); graph.reveal(e.detail); });
nodeList.addEventListener('expand', (e) => expand(e.detail));

hub.addEventListener('state', (e) => {
  status.setConnection(e.detail);
  if (e.detail === 'disconnected') {
    for (const handle of streams.values()) handle.cancel();
    streams.clear();
    status.error('The connection to the server is closed; press Reconnect to try again.');
  }
});
hub.addEventListener('welcome', (e) => {
  status.setInfo(e.detail);
  if (!opened && graph.isEmpty && e.detail.startNodeId) {
    opened = true;
    open(e.detail.startNodeId);
  }
});

// Keyboard route on the canvas itself: arrows walk the visible nodes in name order.
$('cy').addEventListener('keydown', (e) => {
  const nodes = graph.visibleNodes();
  if (!nodes.length) return;
  const at = nodes.findIndex((n) => n.id === details.currentId);
  let next = null;
  if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = nodes[(at + 1) % nodes.length];
  else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = nodes[(at - 1 + nodes.length) % nodes.length];
  else if (e.key === 'Enter' && at >= 0) { e.preventDefault(); expand(nodes[at].id); return; }
  if (!next) return;
  e.preventDefault();
  graph.select(next.id);
  graph.reveal(next.id);
  $('cy').setAttribute('aria-label', `Graph view, ${next.label} selected`);
});

$('fit-button').addEventListener('click', () => graph.fit());
$('zoom-in-button').addEventListener('click', () => graph.zoomIn());
$('zoom-out-button').addEventListener('click', () => graph.zoomOut());
undoButton.addEventListener('click', () => graph.undo());
$('clear-button').addEventListener('click', () => {
  for (const handle of streams.values()) handle.cancel();
  streams.clear();
  graph.clear();
  status.done('Cleared the graph; search to start again.');
});
$('reconnect-button').addEventListener('click', () => hub.start().catch(() => {}));

const largeTypeButton = $('large-type-button');
function setLargeType(on) {
  document.documentElement.classList.toggle('large-type', on);
  largeTypeButton.setAttribute('aria-pressed', String(on));
  graph.setLargeType(on);
  localStorage.setItem(LARGE_TYPE_KEY, on ? '1' : '0');
}
largeTypeButton.addEventListener('click', () => setLargeType(!graph.largeType));
setLargeType(localStorage.getItem(LARGE_TYPE_KEY) === '1');

document.addEventListener('keydown', (e) => {
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
  if (typing) return;
  const selected = details.currentId;
  if ((e.ctrlKey || e.metaKey) && e.key === 'z') { e.preventDefault(); graph.undo(); return; }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  switch (e.key) {
    case '/': e.preventDefault(); search.focus(); break;
    case 'f': graph.fit(); break;
    case '+': case '=': graph.zoomIn(); break;
    case '-': graph.zoomOut(); break;
    case 'Delete': if (selected && graph.has(selected)) graph.hide(selected); break;
    case 'e': if (selected && graph.has(selected)) expand(selected); break;
    default: break;
  }
});

hub.start().catch((error) => status.error(`Could not connect: ${hubErrorMessage(error)}`));
