// The console's parameters: a JSON object in the side pane, changed by `:param name => value`,
// `:params {json}` or `:params clear` typed in the editor, as Neo4j Browser and cypher-shell take them.

const PARAM_COMMAND = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?:=>|:)\s*([\s\S]+)$/;
const PARAMS_COMMAND = /^:params\s+([\s\S]+)$/;

/**
 * Reads the side pane's text as the parameters object.
 * @param {string} text
 * @returns {Record<string, unknown>}
 */
export function parseParameters(text) {
  if (!text.trim()) return {};
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`The parameters are not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('The parameters must be a JSON object, such as {"party": "socialist_party"}.');
  }
  return /** @type {Record<string, unknown>} */ (value);
}

/**
 * Applies a `:param`/`:params` command to the parameters, or returns null when the text is a query.
 * A value is read as JSON, or as text when it is quoted with single quotes.
 * @param {string} text
 * @param {Record<string, unknown>} parameters
 * @returns {Record<string, unknown> | null}
 */
export function applyCommand(text, parameters) {
  const trimmed = text.trim();
  const one = PARAM_COMMAND.exec(trimmed);
  if (one) return { ...parameters, [one[1]]: readValue(one[2].trim()) };
  const all = PARAMS_COMMAND.exec(trimmed);
  if (all) return all[1].trim() === 'clear' ? {} : parseParameters(all[1]);
  if (trimmed.startsWith(':')) throw new Error('Use :param name => value, :params {"name": value} or :params clear.');
  return null;
}

/** @param {string} text */
function readValue(text) {
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`Cannot read the value ${text}: write JSON (42, "text", [1, 2], {"k": 1}) or 'text'.`, { cause: error });
  }
}
