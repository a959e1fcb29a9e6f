// The console's editor: CodeMirror 6 with Neo4j's Cypher language support (highlighting, and
// completion of the graph's labels, relationship types, property keys and categories). Errors are
// the server's (the engine that runs the query decides), marked where its message says they are.
import { createCypherEditor, setDiagnostics } from '../lib/vendor.js';

const POSITION = /line (\d+), column (\d+) \(offset: (\d+)\)/;

/** @typedef {{ labels: string[], relationshipTypes: string[], categories: string[], propertyKeys: string[] }} GraphSchema */

export class CypherEditor {
  #api;

  /**
   * @param {HTMLElement} parent
   * @param {string} value
   * @param {() => void} run called on Ctrl+Enter (or Cmd+Enter)
   */
  constructor(parent, value, run) {
    this.#api = createCypherEditor(parent, {
      value,
      lineNumbers: true,
      lineWrapping: true,
      // The server's parser decides what is valid (it knows Neo4j 5's forms); its errors are marked below.
      lint: false,
      autocomplete: true,
      theme: 'light',
      placeholder: 'MATCH (p:Person)-[:MEMBER_OF]->(party) RETURN p, party',
    });
    this.#api.onKeyDown((event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        run();
      }
    });
    this.#api.onValueChanged(() => this.clearError());
  }

  get value() { return this.#api.codemirror.state.doc.toString(); }

  set value(text) {
    this.#api.setValue(text);
    this.clearError();
  }

  focus() { this.#api.focus(); }

  /**
   * Completion from the graph: categories complete where property values and keys are written.
   * @param {GraphSchema} schema
   */
  setSchema(schema) {
    this.#api.setSchema({
      labels: schema.labels,
      relationshipTypes: schema.relationshipTypes,
      propertyKeys: [...schema.propertyKeys, ...schema.categories.map((c) => `category: '${c}'`)],
    });
  }

  /**
   * Marks the error's position (from `line L, column C (offset: O)` in its message), if it has one.
   * @param {string} message
   * @returns {{ line: number, column: number } | null} where it was marked
   */
  markError(message) {
    const match = POSITION.exec(message);
    if (!match) return null;
    const view = this.#api.codemirror;
    const length = view.state.doc.length;
    const from = Math.min(Number(match[3]), length);
    const word = /^[^\s(){}[\],;]+/.exec(view.state.doc.sliceString(from, Math.min(length, from + 80)));
    const to = Math.min(length, from + Math.max(1, word ? word[0].length : 1));
    view.dispatch(setDiagnostics(view.state, [{ from, to, severity: 'error', message }]));
    return { line: Number(match[1]), column: Number(match[2]) };
  }

  clearError() {
    const view = this.#api.codemirror;
    view.dispatch(setDiagnostics(view.state, []));
  }
}
