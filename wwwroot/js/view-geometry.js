// Geometry of the visible part of the canvas: the largest rectangle that no overlay (legend, details
// sheet, side panel, …) covers, and the zoom and pan that bring a set of elements into it.
// Rectangles are in rendered pixels relative to the canvas' top-left corner.

/** @typedef {{ x1: number, y1: number, x2: number, y2: number }} Box */

/**
 * @param {Box} a
 * @param {Box} b
 */
export function overlaps(a, b) {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * The largest rectangle of the canvas that no obstacle covers. With the handful of overlays a page
 * has, trying every rectangle whose sides lie on the canvas' or an obstacle's edges is exact and cheap.
 * @param {number} width
 * @param {number} height
 * @param {Box[]} obstacles
 * @returns {Box}
 */
export function freeRect(width, height, obstacles) {
  const inside = obstacles
    .map((o) => ({ x1: Math.max(0, o.x1), y1: Math.max(0, o.y1), x2: Math.min(width, o.x2), y2: Math.min(height, o.y2) }))
    .filter((o) => o.x2 > o.x1 && o.y2 > o.y1);
  if (inside.length === 0) return { x1: 0, y1: 0, x2: width, y2: height };
  const xs = [...new Set([0, width, ...inside.flatMap((o) => [o.x1, o.x2])])].sort((a, b) => a - b);
  const ys = [...new Set([0, height, ...inside.flatMap((o) => [o.y1, o.y2])])].sort((a, b) => a - b);
  let best = { x1: 0, y1: 0, x2: 0, y2: 0 };
  let bestArea = 0;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      for (let k = 0; k < ys.length; k++) {
        for (let l = k + 1; l < ys.length; l++) {
          const box = { x1: xs[i], x2: xs[j], y1: ys[k], y2: ys[l] };
          const area = (box.x2 - box.x1) * (box.y2 - box.y1);
          if (area > bestArea && !inside.some((o) => overlaps(o, box))) {
            best = box;
            bestArea = area;
          }
        }
      }
    }
  }
  return best;
}

/**
 * @param {Box} box
 * @param {number} margin
 * @returns {Box}
 */
export function shrink(box, margin) {
  const mx = Math.min(margin, (box.x2 - box.x1) / 4);
  const my = Math.min(margin, (box.y2 - box.y1) / 4);
  return { x1: box.x1 + mx, y1: box.y1 + my, x2: box.x2 - mx, y2: box.y2 - my };
}

/**
 * The zoom and pan that show `target` (a box in model coordinates) inside `free` (rendered), keeping
 * `focus` (model) inside whatever happens: the current zoom when the target fits (panning as little
 * as possible), else zoomed out to fit, but never below `minZoom`.
 * @param {{ zoom: number, pan: { x: number, y: number } }} view
 * @param {Box} target
 * @param {Box | null} focus
 * @param {Box} free
 * @param {number} minZoom
 * @returns {{ zoom: number, pan: { x: number, y: number } }}
 */
export function viewToContain(view, target, focus, free, minZoom) {
  const fw = free.x2 - free.x1;
  const fh = free.y2 - free.y1;
  const tw = Math.max(1, target.x2 - target.x1);
  const th = Math.max(1, target.y2 - target.y1);
  const fits = tw * view.zoom <= fw && th * view.zoom <= fh;
  const zoom = fits ? view.zoom : Math.max(minZoom, Math.min(view.zoom, fw / tw, fh / th));
  /** @param {Box} b @param {{ x: number, y: number }} pan */
  const rendered = (b, pan) => ({ x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y });
  // Keeping the zoom, move as little as possible; zooming out, centre the target.
  let pan = zoom === view.zoom
    ? { ...view.pan }
    : { x: (free.x1 + free.x2) / 2 - zoom * (target.x1 + target.x2) / 2, y: (free.y1 + free.y2) / 2 - zoom * (target.y1 + target.y2) / 2 };
  pan = nudgeInside(rendered(target, pan), free, pan);
  if (focus) pan = nudgeInside(rendered(focus, pan), free, pan);
  return { zoom, pan };
}

/**
 * Shifts a pan so that `box` (rendered with that pan) lies inside `free`; when it cannot, its
 * top-left corner does.
 * @param {Box} box
 * @param {Box} free
 * @param {{ x: number, y: number }} pan
 */
function nudgeInside(box, free, pan) {
  const dx = box.x1 < free.x1 ? free.x1 - box.x1 : box.x2 > free.x2 ? Math.max(free.x2 - box.x2, free.x1 - box.x1) : 0;
  const dy = box.y1 < free.y1 ? free.y1 - box.y1 : box.y2 > free.y2 ? Math.max(free.y2 - box.y2, free.y1 - box.y1) : 0;
  return { x: pan.x + dx, y: pan.y + dy };
}

/**
 * Whether `box` lies wholly inside `free`.
 * @param {Box} box
 * @param {Box} free
 */
export function contains(free, box) {
  return box.x1 >= free.x1 && box.y1 >= free.y1 && box.x2 <= free.x2 && box.y2 <= free.y2;
}
