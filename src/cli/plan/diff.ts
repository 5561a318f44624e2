// Field diffs between a manifest entry and the live resource. Only fields the manifest sets are
// compared (a field left out is not managed); lists are compared item by item.

import { isObj } from '../json.js';
import type { FieldDiff } from './types.js';

const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

export function diffFields(desired: unknown, live: unknown, path = '', out: FieldDiff[] = []): FieldDiff[] {
  if (isObj(desired)) {
    if (!isObj(live)) out.push({ field: path, from: live, to: desired });
    else for (const [key, value] of Object.entries(desired)) if (value !== undefined) diffFields(value, live[key], at(path, key), out);
  } else if (Array.isArray(desired)) {
    if (!Array.isArray(live) || live.length !== desired.length) out.push({ field: path, from: live, to: desired });
    else
      desired.forEach((value, i) => {
        diffFields(value, live[i], at(path, i), out);
      });
  } else if (desired !== live) {
    out.push({ field: path, from: live, to: desired });
  }
  return out;
}

/** Two lists as sets (trigger lists are sorted and de-duplicated by the SDK). */
export function sameSet(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  const x = new Set(a ?? []);
  const y = new Set(b ?? []);
  return x.size === y.size && [...x].every((v) => y.has(v));
}
