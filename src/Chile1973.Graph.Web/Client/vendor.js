// The page's third-party libraries as one ES module, built by `npm run bundle` into wwwroot/lib.
// vendor.d.ts beside this file is copied next to the bundle so the type check sees these types.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import undoRedo from 'cytoscape-undo-redo';
import * as signalR from '@microsoft/signalr';

cytoscape.use(fcose);
cytoscape.use(undoRedo);

export { cytoscape, signalR };
