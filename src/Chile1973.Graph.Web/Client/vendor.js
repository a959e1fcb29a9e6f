// The page's third-party libraries as one ES module, built by `npm run bundle` into wwwroot/lib.
// vendor.d.ts beside this file is copied next to the bundle so the type check sees these types.
// The Cypher editor's token colours come as a stylesheet, bundled beside it as wwwroot/lib/vendor.css.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import undoRedo from 'cytoscape-undo-redo';
import * as signalR from '@microsoft/signalr';
import { createCypherEditor } from '@neo4j-cypher/codemirror';
import { StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView } from '@codemirror/view';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';

cytoscape.use(fcose);
cytoscape.use(undoRedo);

/**
 * A Cypher editor in `parent`. The package's declarations say createCypherEditor returns the editor's
 * API; its code (1.0.3) returns `{ editor }` around it, so the page gets the API itself from here.
 * @param {Element} parent
 * @param {object} options
 */
function cypherEditor(parent, options) {
  return createCypherEditor(parent, options).editor;
}

export { cytoscape, signalR, cypherEditor, StateEffect, StateField, Decoration, EditorView };
