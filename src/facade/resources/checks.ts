import type { ValidationIssue } from '../core/errors.js';

// Small helpers shared by the cross-field checks of several resources (rules the spec states
// only in prose). Each group's checks.ts words its own issues with them.

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

/** How `oneRequired` words and decides its issue. */
export interface OneRequiredOptions {
  /** Path of the issue; `body` by default. */
  path?: string;
  /** The verb of the message ("must <verb> at least one of ..."); `set` by default. */
  verb?: string;
  /** Whether a field counts as given; by default any value but `undefined` and `null`. */
  isSet?: (value: unknown) => boolean;
}

/**
 * "At least one of `fields`": one `oneRequired` issue when `body` is an object that gives none of
 * them (the API answers 400 invalid_input / no_fields_to_update / no_services_to_create otherwise).
 */
export function oneRequired(body: unknown, fields: readonly string[], options: OneRequiredOptions = {}): ValidationIssue[] {
  const { path = 'body', verb = 'set', isSet = (value: unknown) => value !== undefined && value !== null } = options;
  if (!isObject(body) || fields.some((field) => isSet(body[field]))) return [];
  return [{ path, rule: 'oneRequired', message: `must ${verb} at least one of ${fields.join(', ')}` }];
}
