// Composes the page: the graph and the hub under one state owner, then every panel registered
// with it. A new panel or lens is one module with a mount(explorer) method and one use() line here.
import { GraphController } from './graph-controller.js';
import { HubClient } from './hub-client.js';
import { Explorer } from './explorer.js';
import { SearchBox } from './search.js';
import { DetailsPanel } from './details-panel.js';
import { NodeList } from './node-list.js';
import { StatusLine } from './status-line.js';
import { Legend } from './legend.js';
import { Toolbar } from './toolbar.js';
import { KeyboardShortcuts } from './keyboard.js';
import { ScreenLayout } from './screen-layout.js';
import { TimePanel } from './time-panel.js';
import { Reader } from './reader.js';
import { Exports } from './exports.js';
import { Links } from './links.js';
import { CypherConsole } from './cypher-console.js';
import { Presentation } from './presentation.js';
import { LensPanel } from './lens-panel.js';
import { PathsLens } from './lens-paths.js';
import { ChainLens } from './lens-chain.js';
import { InfluenceLens } from './lens-influence.js';
import { ContextMenu } from './context-menu.js';
import { byId } from './dom.js';

const explorer = new Explorer(new GraphController(byId('cy')), new HubClient());

explorer.use(new StatusLine(byId('connection-state'), byId('activity'), /** @type {HTMLButtonElement} */ (byId('reconnect-button'))));
explorer.use(new Legend(byId('legend')));
explorer.use(new Toolbar());
explorer.use(new SearchBox(/** @type {HTMLInputElement} */ (byId('search-input')), byId('search-results')));
explorer.use(new DetailsPanel(byId('details-body')));
explorer.use(new NodeList(byId('node-list'), byId('node-count')));
explorer.use(new KeyboardShortcuts());
explorer.use(new ScreenLayout());
explorer.use(new TimePanel());
explorer.use(new Reader());
explorer.use(new Exports());
explorer.use(new Links());
const cypherConsole = explorer.use(new CypherConsole());
const presentation = explorer.use(new Presentation());
const lenses = explorer.use(new LensPanel());
explorer.use(new PathsLens(lenses));
explorer.use(new ChainLens(lenses));
explorer.use(new InfluenceLens(lenses));
explorer.use(new ContextMenu());

// The browser tests read the graph, the metrics, idle(), the console and the presentation through these handles.
Object.assign(window, { explorer, cypherConsole, presentation });

explorer.start();
