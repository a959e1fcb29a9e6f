// The console's memory in this browser (localStorage): the last queries run, newest first, and the
// queries saved under a name. Nothing of it is sent to the server.

const HISTORY_KEY = 'console.history';
const SAVED_KEY = 'console.saved';
const HISTORY_SIZE = 50;

/** @typedef {{ name: string, query: string }} SavedQuery */

export class QueryHistory {
  /** @returns {string[]} newest first */
  get history() { return readList(HISTORY_KEY).filter((q) => typeof q === 'string'); }

  /** @returns {SavedQuery[]} in name order */
  get saved() {
    return /** @type {SavedQuery[]} */ (readList(SAVED_KEY)
      .filter((s) => s && typeof s.name === 'string' && typeof s.query === 'string'))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * Puts a query first in the history (once).
   * @param {string} query
   */
  remember(query) {
    const text = query.trim();
    if (!text) return;
    const history = [text, ...this.history.filter((q) => q !== text)].slice(0, HISTORY_SIZE);
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
  }

  /**
   * Saves a query under a name, replacing one of the same name.
   * @param {string} name
   * @param {string} query
   */
  save(name, query) {
    const saved = [...this.saved.filter((s) => s.name !== name), { name, query }];
    localStorage.setItem(SAVED_KEY, JSON.stringify(saved));
  }

  /** @param {string} name */
  forget(name) {
    localStorage.setItem(SAVED_KEY, JSON.stringify(this.saved.filter((s) => s.name !== name)));
  }
}

/**
 * @param {string} key
 * @returns {any[]}
 */
function readList(key) {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}
