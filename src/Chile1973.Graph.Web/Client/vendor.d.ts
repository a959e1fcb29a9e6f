// Types of wwwroot/lib/vendor.js for the page's type check (tsconfig.json). cytoscape and SignalR
// ship their own types; cytoscape-undo-redo does not, so the part the page uses is declared here.
import cytoscape from 'cytoscape';

export { cytoscape };
export * as signalR from '@microsoft/signalr';
export { StateEffect, StateField } from '@codemirror/state';
export { Decoration, EditorView } from '@codemirror/view';
// The package's exports map points its import condition at untyped JS; its declarations sit under src/.
import type { EditorApi, EditorOptions } from '@neo4j-cypher/codemirror/src/codemirror.js';

/** A CodeMirror 6 editor with Neo4j's Cypher language support, created in `parent`. */
export function cypherEditor(parent: Element, options: EditorOptions): EditorApi;

declare module 'cytoscape' {
  interface Core {
    undoRedo(options?: UndoRedoOptions): UndoRedo;
  }

  interface UndoRedoOptions {
    undoableDrag?: boolean;
    stackSizeLimit?: number;
  }

  /** An entry of the undo or redo stack: the action's name and what its last run returned. */
  interface UndoRedoEntry {
    name: string;
    args: any;
  }

  interface UndoRedo {
    action(name: string, run: (args: any) => any, undo: (args: any) => any): UndoRedo;
    do(name: string, args: any): any;
    undo(): any;
    redo(): any;
    reset(): void;
    isUndoStackEmpty(): boolean;
    isRedoStackEmpty(): boolean;
    getUndoStack(): UndoRedoEntry[];
    getRedoStack(): UndoRedoEntry[];
  }
}
