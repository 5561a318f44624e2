/**
 * Header names and values fetch would refuse, checked before anything is built: fetch's own
 * TypeError quotes the value (often a token), and a CR or LF must never reach a request. The
 * SDK's errors name the header, never its value.
 */

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Tab, visible ASCII, space and the rest of Latin-1; no NUL, CR, LF or other controls, nothing above U+00FF. */
const VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Why `name: value` cannot be sent, or undefined when it can. */
export function headerProblem(name: string, value: unknown): string | undefined {
  if (!TOKEN.test(name)) return 'is not a valid header name';
  if (typeof value !== 'string') return 'must be a string';
  if (!VALUE.test(value)) return 'contains characters a header cannot carry (CR, LF, other control characters or characters above U+00FF)';
  return undefined;
}

/** The first problem among a record's headers, as `[name, problem]` (null and undefined values are skipped). */
export function firstHeaderProblem(record: Record<string, unknown> | undefined): [string, string] | undefined {
  if (!record) return undefined;
  for (const name of Object.keys(record)) {
    const value = record[name];
    if (value === null || value === undefined) continue;
    const problem = headerProblem(name, value);
    if (problem) return [name, problem];
  }
  return undefined;
}
