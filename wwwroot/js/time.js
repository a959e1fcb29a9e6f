// Time: the graph as of a date. A partial ISO date stands for its whole period (`1973` is any day of
// 1973), so a fact dated `1973` exists on 1973-09-11 and an event of 1973-09-11 exists in `1973`.
// Events that begin after the date are hidden; anything else outside its dates (a membership, an
// office, an organisation) is faded; undated elements stay. Lenses read the same rule: existsAt().

/** @typedef {{ from: string, to: string }} Period first and last day, as comparable 'YYYY-MM-DD' text */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The days a partial ISO date covers, or null when the text is not one.
 * @param {unknown} text
 * @returns {Period | null}
 */
export function period(text) {
  if (typeof text !== 'string') return null;
  const m = PARTIAL_DATE.exec(text.trim());
  if (!m) return null;
  const [, year, month, day] = m;
  if (month && (Number(month) < 1 || Number(month) > 12)) return null;
  if (day && (Number(day) < 1 || Number(day) > 31)) return null;
  // Comparing as text only needs a last day no real day sorts after.
  if (day) return { from: `${year}-${month}-${day}`, to: `${year}-${month}-${day}` };
  if (month) return { from: `${year}-${month}-01`, to: `${year}-${month}-31` };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * Whether a text is a partial ISO date (`1973`, `1973-09`, `1973-09-11`).
 * @param {unknown} text
 */
export function isPartialDate(text) { return period(text) !== null; }

/**
 * How an element shows at a date: 'hidden' (an event after it), 'faded' (outside its dates) or null.
 * @param {Record<string, unknown>} data a node's or edge's data (kind, start, end)
 * @param {string | null} date
 * @returns {'hidden' | 'faded' | null}
 */
export function timeState(data, date) {
  const at = period(date);
  if (!at) return null;
  const start = period(data.start);
  const end = period(data.end);
  const beginsAfter = start !== null && start.from > at.to;
  const endedBefore = end !== null && end.to < at.from;
  if (beginsAfter && data.kind === 'Event') return 'hidden';
  return beginsAfter || endedBefore ? 'faded' : null;
}

/**
 * Whether an element exists at a date (always, when the date is null): the predicate lenses filter by.
 * @param {Record<string, unknown>} data
 * @param {string | null} date
 */
export function existsAt(data, date) { return timeState(data, date) === null; }

/**
 * The month a date falls in, counted from January of a year: the slider's unit.
 * @param {string} date
 * @param {number} firstYear
 */
export function monthIndex(date, firstYear) {
  const p = period(date);
  if (!p) return 0;
  return (Number(p.from.slice(0, 4)) - firstYear) * 12 + Number(p.from.slice(5, 7)) - 1;
}

/**
 * The month of the slider as a partial date: 'YYYY-MM'.
 * @param {number} index
 * @param {number} firstYear
 */
export function monthDate(index, firstYear) {
  const year = firstYear + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}
