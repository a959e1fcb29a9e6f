// The page's third-party libraries as one ES module, built by `npm run bundle` into wwwroot/lib.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import * as signalR from '@microsoft/signalr';

cytoscape.use(fcose);

export { cytoscape, signalR };
