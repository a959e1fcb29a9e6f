// How lenses say a step: "Source relationship Target" as a sentence, its date and its quote, so
// paths, the chain and the influence tree read the same way.
import { h } from './dom.js';
import { formatDates, quoteBlock } from './details-panel.js';

/** @typedef {import('./hub-client.js').EdgeData} EdgeData */
/** @typedef {import('./hub-client.js').NodeElement} NodeElement */

/**
 * Node names by id, from the nodes of an answer.
 * @param {NodeElement[]} nodes
 * @returns {Map<string, string>}
 */
export function namesOf(nodes) {
  return new Map(nodes.map((n) => [n.data.id, n.data.label]));
}

/**
 * The sentence of a relationship, in its own direction: "CIA funded El Mercurio".
 * @param {EdgeData} edge
 * @param {Map<string, string>} names
 */
export function sentenceText(edge, names) {
  return `${names.get(edge.source) ?? edge.source} ${edge.label} ${names.get(edge.target) ?? edge.target}`;
}

/**
 * A step as the side panel lists it: the sentence, its date, whether it is a claim, its quote.
 * @param {EdgeData} edge
 * @param {Map<string, string>} names
 * @param {{ date?: string | null, uncertain?: boolean, className?: string, data?: Record<string, string> }} [options]
 */
export function stepItem(edge, names, { date, uncertain = false, className = 'step', data = {} } = {}) {
  const when = date ? `${date}${uncertain ? ' (date known only in part)' : ''}` : formatDates(edge.start, edge.end);
  return h('li', { className, data: { edge: edge.id, ...data } },
    h('p', { className: 'step-sentence' },
      h('span', { className: 'step-node', text: names.get(edge.source) ?? edge.source }), ' ',
      h('span', { className: 'rel-type', text: edge.label }), ' ',
      h('span', { className: 'step-node', text: names.get(edge.target) ?? edge.target })),
    when ? h('div', { className: 'rel-dates step-date', text: when }) : null,
    edge.claimedBy ? h('div', { className: 'rel-claim', text: `Claim of ${edge.claimedBy}` }) : null,
    quoteBlock(edge.quote, null));
}

/**
 * A labelled form field.
 * @param {string} label
 * @param {HTMLElement} control
 */
export function field(label, control) {
  // Named by its label alone: a label wrapping a control would otherwise add the control's value to its name.
  if (!control.hasAttribute('aria-label') && !control.querySelector('[aria-label]')) control.setAttribute('aria-label', label);
  return h('label', { className: 'lens-field' }, h('span', { text: label }), control);
}
