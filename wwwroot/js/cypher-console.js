// The Cypher console: the reader's own read-only queries, streamed from the server as a table and,
// on request, merged into the graph as one undo step. Parameters come from the side pane or
// `:param`; history and saved queries stay in this browser.
import { h, fill, byId } from './dom.js';
import { hubErrorMessage } from './hub-client.js';
import { CypherEditor } from './cypher-editor.js';
import { QueryHistory } from './query-history.js';
import { applyCommand, parseParameters } from './query-parameters.js';

/** @typedef {import('./explorer.js').Explorer} Explorer */
/** @typedef {import('./hub-client.js').Batch} Batch */
/** @typedef {import('./hub-client.js').StreamObserver<Batch>} BatchObserver */
/** @typedef {import('./cypher-editor.js').GraphSchema} GraphSchema */

/**
 * A piece of a result as StreamCypher sends it; each field only when it has something.
 * @typedef {object} ConsoleChunk
 * @property {string[]} [columns]
 * @property {string[][]} [rows]
 * @property {{ data: import('./hub-client.js').NodeData }[]} [nodes]
 * @property {{ data: import('./hub-client.js').EdgeData }[]} [edges]
 * @property {{ rows: number, ms: number, truncated: boolean, rowLimit: number, timeLimitSeconds: number }} [summary]
 */

/** Example questions the article answers, for the menu. */
export const EXAMPLES = [
  {
    name: "The Popular Unity's parties",
    query: "MATCH (party:Party)-[r:MEMBER_OF]->(up:Coalition {id: 'popular_unity'})\nRETURN party.name AS name, party, r, up\nORDER BY name",
  },
  {
    name: 'The road from the CIA to the coup',
    query: "MATCH path = shortestPath((:Organization {id: 'cia'})-[*..6]-(:Event {id: 'coup_1973'}))\nRETURN path",
  },
  {
    name: 'Who the CIA funded',
    query: "MATCH (cia:Organization {id: 'cia'})-[r:FUNDED]->(funded)\nRETURN funded.name AS name, r.quote AS quote, cia, r, funded\nORDER BY name",
  },
  {
    name: 'Members of the MIR',
    query: "MATCH (member)-[r]->(mir:Party {id: 'mir'})\nWHERE type(r) IN ['MEMBER_OF', 'FACTION_OF', 'MERGED_INTO']\nRETURN member.name AS name, type(r) AS tie, member, r, mir\nORDER BY name",
  },
];

export class CypherConsole {
  /** @type {Explorer | null} */
  #explorer = null;
  /** @type {CypherEditor | null} */
  #editor = null;
  #history = new QueryHistory();
  /** @type {(() => void) | null} */
  #cancel = null;
  #el;

  constructor() {
    this.#el = {
      root: byId('console'),
      editor: byId('console-editor'),
      params: /** @type {HTMLTextAreaElement} */ (byId('console-params')),
      run: /** @type {HTMLButtonElement} */ (byId('console-run')),
      stop: /** @type {HTMLButtonElement} */ (byId('console-cancel')),
      merge: /** @type {HTMLInputElement} */ (byId('console-merge')),
      examples: /** @type {HTMLSelectElement} */ (byId('console-examples')),
      history: /** @type {HTMLSelectElement} */ (byId('console-history')),
      saved: /** @type {HTMLSelectElement} */ (byId('console-saved')),
      save: /** @type {HTMLButtonElement} */ (byId('console-save')),
      error: byId('console-error'),
      summary: byId('console-summary'),
      table: byId('console-table'),
      toggle: byId('console-button'),
    };
  }

  /** @param {Explorer} explorer */
  mount(explorer) {
    this.#explorer = explorer;
    this.#editor = new CypherEditor(this.#el.editor, EXAMPLES[0].query, () => this.run());
    this.#el.run.addEventListener('click', () => this.run());
    this.#el.stop.addEventListener('click', () => this.cancel());
    this.#el.save.addEventListener('click', () => this.#save());
    for (const [select, pick] of /** @type {[HTMLSelectElement, (value: string) => string | undefined][]} */ ([
      [this.#el.examples, (v) => EXAMPLES[Number(v)]?.query],
      [this.#el.history, (v) => this.#history.history[Number(v)]],
      [this.#el.saved, (v) => this.#history.saved.find((s) => s.name === v)?.query],
    ])) {
      select.addEventListener('change', () => {
        const query = pick(select.value);
        if (query !== undefined && this.#editor) this.#editor.value = query;
        select.selectedIndex = 0;
      });
    }
    fill(this.#el.examples, h('option', { text: 'Examples…', attrs: { value: '' } }),
      ...EXAMPLES.map((e, i) => h('option', { text: e.name, attrs: { value: String(i) } })));
    this.#refreshMenus();
    this.#el.params.addEventListener('change', () => this.#offerParameters());
    const details = /** @type {HTMLDetailsElement} */ (this.#el.root);
    this.#el.toggle.addEventListener('click', () => { details.open = !details.open; });
    details.addEventListener('toggle', () => {
      this.#el.toggle.setAttribute('aria-expanded', String(details.open));
      explorer.graph.resize();
      if (details.open) this.#editor?.focus();
    });
    explorer.addShortcut('c', 'Open or close the Cypher console', () => { details.open = !details.open; });
    explorer.addEventListener('connection', (e) => {
      if (/** @type {CustomEvent} */ (e).detail === 'connected') this.#loadSchema();
    });
  }

  /** The editor's text (for the browser tests). */
  get query() { return this.#editor?.value ?? ''; }

  set query(text) { if (this.#editor) this.#editor.value = text; }

  /** Runs the editor's query, or applies its `:param` command. */
  run() {
    const explorer = this.#explorer;
    const editor = this.#editor;
    if (!explorer || !editor) return Promise.resolve();
    this.cancel();
    this.#showError('');
    let parameters;
    try {
      parameters = parseParameters(this.#el.params.value);
      const changed = applyCommand(editor.value, parameters);
      if (changed) {
        this.#el.params.value = JSON.stringify(changed, null, 2);
        this.#offerParameters();
        fill(this.#el.summary, 'Parameters set.');
        return Promise.resolve();
      }
    } catch (error) {
      this.#showError(error instanceof Error ? error.message : String(error));
      return Promise.resolve();
    }

    const query = editor.value;
    this.#history.remember(query);
    this.#refreshMenus();
    const table = new ResultTable(this.#el.table);
    const merge = this.#el.merge.checked;
    this.#busy(true);
    fill(this.#el.summary, 'Running…');
    return explorer.draw({
      key: 'console',
      label: 'the query result',
      undoLabel: 'query result',
      start: (observer) => {
        let done = false;
        const finish = (/** @type {() => void} */ report) => {
          if (done) return;
          done = true;
          this.#cancel = null;
          this.#busy(false);
          report();
        };
        const handle = explorer.hub.stream('StreamCypher', [query, parameters], {
          next: (/** @type {ConsoleChunk} */ chunk) => {
            table.add(chunk);
            if (chunk.summary) fill(this.#el.summary, summaryText(chunk.summary));
            if (merge && (chunk.nodes || chunk.edges)) {
              observer.next({ ring: 1, nodes: chunk.nodes ?? [], edges: chunk.edges ?? [], remaining: 0, serverMs: 0 });
            }
          },
          complete: () => finish(() => observer.complete()),
          error: (error) => finish(() => {
            this.#showError(hubErrorMessage(error));
            fill(this.#el.summary, 'The query did not run to the end.');
            observer.error(error);
          }),
        });
        this.#cancel = () => {
          handle.cancel();
          finish(() => {
            fill(this.#el.summary, `Cancelled after ${table.rowCount} rows; the server stopped the query.`);
            observer.complete();
          });
        };
        return handle;
      },
      summary: (added) => (merge ? `Added ${added} elements from the query` : 'Query done'),
    });
  }

  /** Stops the running query; the server stops it in the engine. */
  cancel() { this.#cancel?.(); }

  /** Offers the parameters set in the pane for completion after '$'. */
  #offerParameters() {
    try {
      this.#editor?.setParameters(Object.keys(parseParameters(this.#el.params.value)));
    } catch {
      // The pane is being edited; its error is shown when a query runs.
    }
  }

  async #loadSchema() {
    try {
      const schema = await this.#explorer?.hub.getSchema();
      if (schema) this.#editor?.setSchema(schema);
    } catch (error) {
      this.#explorer?.report('error', `Could not load the graph's schema for completion: ${hubErrorMessage(error)}`);
    }
  }

  #save() {
    const name = window.prompt('Save this query as:', this.#history.saved.length ? '' : 'My query');
    if (!name || !this.#editor) return;
    this.#history.save(name.trim(), this.#editor.value);
    this.#refreshMenus();
  }

  #refreshMenus() {
    fill(this.#el.history, h('option', { text: 'History…', attrs: { value: '' } }),
      ...this.#history.history.map((q, i) => h('option', { text: q.replace(/\s+/g, ' ').slice(0, 80), attrs: { value: String(i) } })));
    fill(this.#el.saved, h('option', { text: 'Saved…', attrs: { value: '' } }),
      ...this.#history.saved.map((s) => h('option', { text: s.name, attrs: { value: s.name } })));
  }

  /** @param {boolean} running */
  #busy(running) {
    this.#el.run.disabled = running;
    this.#el.stop.disabled = !running;
    this.#el.root.dataset.state = running ? 'running' : 'idle';
  }

  /** @param {string} message */
  #showError(message) {
    this.#el.error.hidden = !message;
    fill(this.#el.error, message);
    if (!message) return;
    const at = this.#editor?.markError(message);
    this.#el.error.dataset.line = at ? String(at.line) : '';
    this.#el.error.dataset.column = at ? String(at.column) : '';
  }
}

/** @param {NonNullable<ConsoleChunk['summary']>} s */
function summaryText(s) {
  const rows = `${s.rows} row${s.rows === 1 ? '' : 's'} in ${s.ms} ms`;
  const cut = s.truncated ? ` · stopped at the limit of ${s.rowLimit} rows` : '';
  return `${rows}${cut} · limits: ${s.rowLimit} rows, ${s.timeLimitSeconds} s`;
}

/** The result as a table, row batches appended as they arrive; every cell is text. */
class ResultTable {
  #body = h('tbody');
  #head = h('tr');
  rowCount = 0;

  /** @param {HTMLElement} host */
  constructor(host) {
    fill(host, h('table', { className: 'result-table' }, h('thead', {}, this.#head), this.#body));
  }

  /** @param {ConsoleChunk} chunk */
  add(chunk) {
    if (chunk.columns) fill(this.#head, ...chunk.columns.map((c) => h('th', { text: c, attrs: { scope: 'col' } })));
    for (const row of chunk.rows ?? []) {
      this.#body.append(h('tr', {}, ...row.map((cell) => h('td', { text: cell }))));
      this.rowCount++;
    }
  }
}
