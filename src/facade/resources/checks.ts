// Small helpers shared by the cross-field checks of several resources (rules the spec states
// only in prose). Each caller still words its own issues: rule names and messages differ.

/** A plain object (not null, not an array), i.e. a body or block the checks can look into. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An entry of a list whose `key` holds the same value as an earlier entry. */
export interface Repeat {
  /** Position of the repeating entry. */
  index: number;
  /** Position of the earliest entry with that value. */
  first: number;
  value: unknown;
}

/**
 * The entries of `list` whose `key` repeats an earlier entry's value. The spec's `uniqueItems`
 * only rejects entries that are identical as a whole; its prose often asks for one field to be
 * unique. Entries without the field (or that are not objects) are skipped.
 */
export function repeatsBy(list: unknown, key: string): Repeat[] {
  if (!Array.isArray(list)) return [];
  const firstAt = new Map<unknown, number>();
  const repeats: Repeat[] = [];
  list.forEach((entry: unknown, index) => {
    const value = isObject(entry) ? entry[key] : undefined;
    if (value === undefined) return;
    const first = firstAt.get(value);
    if (first === undefined) firstAt.set(value, index);
    else repeats.push({ index, first, value });
  });
  return repeats;
}
