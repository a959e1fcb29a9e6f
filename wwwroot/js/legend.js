// The legend: one swatch per node kind, drawn with the same colour and shape as the graph.
import { KINDS } from './cy-style.js';

const SHAPES = {
  ellipse: '<circle cx="10" cy="10" r="8"/>',
  'round-rectangle': '<rect x="2" y="4" width="16" height="12" rx="4"/>',
  hexagon: '<polygon points="5,2 15,2 19,10 15,18 5,18 1,10"/>',
  diamond: '<polygon points="10,1 19,10 10,19 1,10"/>',
  triangle: '<polygon points="10,2 19,18 1,18"/>',
  star: '<polygon points="10,1 12.4,7 19,7.3 13.8,11.4 15.6,18 10,14.2 4.4,18 6.2,11.4 1,7.3 7.6,7"/>',
  pentagon: '<polygon points="10,1 19,8 15.5,19 4.5,19 1,8"/>',
  rectangle: '<rect x="3" y="2" width="14" height="16"/>',
};

export function swatch({ colour, shape }, className = 'legend-swatch') {
  return `<svg class="${className}" viewBox="0 0 20 20" aria-hidden="true" focusable="false">`
    + `<g fill="${colour}" stroke="#333" stroke-width="1.5">${SHAPES[shape] ?? SHAPES.ellipse}</g></svg>`;
}

export function renderLegend(container) {
  const items = KINDS.map((k) => `<div class="legend-item">${swatch(k)}<span>${k.label}</span></div>`).join('');
  container.innerHTML = `${items}<div class="legend-edge"><span class="legend-line" aria-hidden="true"></span>`
    + '<span>claim of the author, not an established fact</span></div>';
  container.setAttribute('role', 'list');
  for (const item of container.children) item.setAttribute('role', 'listitem');
}
