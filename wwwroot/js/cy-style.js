// The graph's look: one colour and one shape per node kind (the Okabe-Ito palette, and two colours of
// Paul Tol's muted palette for Idea and Condition; all safe for colour-blind readers, and the shape
// carries the kind too), state only as classes (.focus, .neighbour, .faded, .fresh, and
// label-culling.js' .label-above, .label-short, .label-hidden, .label-shown, plus .hover for the
// full name, and the lenses' and legend's classes below).
import { ABOVE, SHORT, HIDDEN, EDGE_LABEL } from './label-culling.js';

/**
 * @typedef {object} KindInfo
 * @property {string} kind the node label in the graph
 * @property {string} label what the page calls it
 * @property {string} colour
 * @property {string} shape a Cytoscape node shape
 */

// Set by the legend's filter: hidden kinds and categories.
export const FILTERED = 'filtered';
// Set by a lens: its answer (on), the rest (faded or hidden), the step being read, uncertain dates.
export const LENS_ON = 'lens-on';
export const LENS_FADED = 'lens-faded';
export const LENS_HIDDEN = 'lens-hidden';
export const LENS_STEP = 'lens-step';
export const UNCERTAIN = 'uncertain';
// Node sizes by influence score, from 1 (lowest fifth) to INFLUENCE_LEVELS (highest).
export const INFLUENCE_LEVELS = 5;
const LENS_COLOUR = '#0072B2';
const STEP_COLOUR = '#D55E00';

/** @type {readonly KindInfo[]} */
export const KINDS = Object.freeze([
  { kind: 'Person', label: 'Person', colour: '#56B4E9', shape: 'ellipse' },
  { kind: 'Party', label: 'Party', colour: '#D55E00', shape: 'round-rectangle' },
  { kind: 'Coalition', label: 'Coalition', colour: '#CC79A7', shape: 'hexagon' },
  { kind: 'Organization', label: 'Organisation', colour: '#009E73', shape: 'diamond' },
  { kind: 'MilitaryUnit', label: 'Military unit', colour: '#0072B2', shape: 'triangle' },
  { kind: 'Event', label: 'Event', colour: '#F0E442', shape: 'star' },
  { kind: 'Place', label: 'Place', colour: '#BBBBBB', shape: 'pentagon' },
  { kind: 'Document', label: 'Document', colour: '#E69F00', shape: 'rectangle' },
  { kind: 'Idea', label: 'Idea', colour: '#882255', shape: 'vee' },
  { kind: 'Condition', label: 'Condition', colour: '#999933', shape: 'octagon' },
]);

/** @type {KindInfo} */
const UNKNOWN = { kind: 'Unknown', label: 'Other', colour: '#999999', shape: 'ellipse' };

/**
 * @param {string | undefined} kind
 * @returns {KindInfo}
 */
export function kindInfo(kind) {
  return KINDS.find((k) => k.kind === kind) ?? UNKNOWN;
}

const NODE_SIZE = 26;
const FONT_SIZE = 11;
const LARGE_FACTOR = 1.6;
const LABEL_WIDTH = 120;
const SHORT_LABEL_WIDTH = 64;

/**
 * @param {{ largeType?: boolean }} [options]
 * @returns {import('cytoscape').StylesheetJson}
 */
export function graphStyle({ largeType = false } = {}) {
  const f = largeType ? LARGE_FACTOR : 1;
  const kindRules = KINDS.map(({ kind, colour, shape }) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': colour, shape },
  }));
  // Cast: cytoscape's typings reject values its runtime documents (numbers for paddings, shape names as strings).
  return /** @type {import('cytoscape').StylesheetJson} */ (/** @type {unknown} */ ([
    {
      selector: 'node',
      style: {
        width: NODE_SIZE * f,
        height: NODE_SIZE * f,
        'background-color': UNKNOWN.colour,
        'border-width': 1.5,
        'border-color': '#333333',
        label: 'data(label)',
        'font-family': 'system-ui, "Liberation Sans", Arial, sans-serif',
        'font-size': FONT_SIZE * f,
        color: '#1b1b1b',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': LABEL_WIDTH * f,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': 1,
        'min-zoomed-font-size': 6,
      },
    },
    ...kindRules,
    {
      selector: 'node[?hasMore]',
      style: { 'border-width': 3, 'border-style': 'double' },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5 * f,
        'line-color': '#8a8a8a',
        'target-arrow-color': '#8a8a8a',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        'font-size': (FONT_SIZE - 2) * f,
        color: '#4a4a4a',
        'text-rotation': 'autorotate',
        'text-background-color': '#fcfcfa',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'edge[claimedBy]', style: { 'line-style': 'dashed' } },
    { selector: `edge.${EDGE_LABEL}, edge.hover`, style: { label: 'data(label)' } },
    { selector: `node.${SHORT}`, style: { 'text-wrap': 'ellipsis', 'text-max-width': SHORT_LABEL_WIDTH * f } },
    { selector: `node.${ABOVE}`, style: { 'text-valign': 'top', 'text-margin-y': -3 } },
    { selector: `node.${HIDDEN}`, style: { label: '' } },
    { selector: '.faded', style: { opacity: 0.25, 'text-opacity': 0.15 } },
    { selector: '.time-faded', style: { opacity: 0.2, 'text-opacity': 0.2 } },
    { selector: '.time-hidden', style: { display: 'none' } },
    { selector: '.from-passage', style: { 'underlay-color': '#0072B2', 'underlay-opacity': 0.25, 'underlay-padding': 6 } },
    { selector: 'node.neighbour', style: { 'border-width': 2.5, 'border-color': '#000000' } },
    { selector: 'edge.neighbour', style: { 'line-color': '#333333', 'target-arrow-color': '#333333', width: 2.5 * f, color: '#000000' } },
    {
      selector: 'node.focus',
      style: { 'border-width': 4, 'border-color': '#D55E00', 'font-weight': 'bold', 'z-index': 10 },
    },
    { selector: 'node.fresh', style: { 'overlay-color': '#E69F00', 'overlay-opacity': 0.15 } },
    { selector: `.${LENS_FADED}`, style: { opacity: 0.15, 'text-opacity': 0.1 } },
    { selector: `node.${LENS_ON}`, style: { 'border-width': 3, 'border-color': LENS_COLOUR } },
    { selector: `edge.${LENS_ON}`, style: { width: 3.5 * f, 'line-color': LENS_COLOUR, 'target-arrow-color': LENS_COLOUR, label: 'data(label)', color: '#000000' } },
    { selector: `node.${LENS_STEP}`, style: { 'border-width': 5, 'border-color': STEP_COLOUR, 'z-index': 12 } },
    { selector: `edge.${LENS_STEP}`, style: { width: 5 * f, 'line-color': STEP_COLOUR, 'target-arrow-color': STEP_COLOUR, 'z-index': 12 } },
    { selector: `node.${UNCERTAIN}`, style: { 'border-style': 'dashed', 'border-width': 3 } },
    { selector: 'node[caption]', style: { label: 'data(caption)', 'text-wrap': 'wrap', 'text-max-width': LABEL_WIDTH * f, 'text-valign': 'bottom', 'text-margin-y': 3 } },
    ...Array.from({ length: INFLUENCE_LEVELS }, (_, i) => ({
      selector: `node.influence-${i + 1}`,
      style: { width: NODE_SIZE * f * (1 + 0.4 * (i + 1)), height: NODE_SIZE * f * (1 + 0.4 * (i + 1)) },
    })),
    { selector: `.${LENS_HIDDEN}, .${FILTERED}`, style: { display: 'none' } },
    {
      selector: 'node.hover',
      style: { label: 'data(label)', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': 2 * LABEL_WIDTH * f, 'text-background-opacity': 1, 'z-index': 20, 'text-opacity': 1 },
    },
  ]));
}
