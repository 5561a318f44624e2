import type { ValidationIssue } from './errors.js';
import { formatIssue } from './formats.js';
import { isDeclaredEnumValue } from './unknown-enum.js';

export type { ValidationIssue };

/**
 * The subset of JSON Schema the SDK checks before sending a request: the type of the rules
 * scripts/generate.ts derives from the spec (src/generated/rules.ts), and of the few
 * hand-written ones. `$ref` names a key of the `refs` passed to {@link validate}.
 */
export interface Schema {
  type?: string | readonly string[];
  required?: readonly string[];
  properties?: Readonly<Record<string, Schema>>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: readonly unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  pattern?: string;
  /** What `pattern` allows, in words, for the message (the spec's `x-pattern-description`). */
  'x-pattern-description'?: string;
  /** `url`, `uri` and `email` are checked exactly as the mock checks them (see formats.ts); others are labels. */
  format?: string;
  anyOf?: readonly Schema[];
  /** Checked like `anyOf`: without discriminators, "exactly one" would reject valid input. */
  oneOf?: readonly Schema[];
  $ref?: string;
}

export type SchemaRefs = Readonly<Record<string, Schema>>;

/** How many allowed values an enum message lists before it says how many more there are. */
const LISTED_VALUES = 5;

const at = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `"A", "B", "C", "D", "E" … (7 more)`: enough to spot the right value without a wall of text. */
export function listValues(values: readonly unknown[]): string {
  const shown = values
    .slice(0, LISTED_VALUES)
    .map((v) => JSON.stringify(v))
    .join(', ');
  return values.length > LISTED_VALUES ? `${shown} … (${values.length - LISTED_VALUES} more)` : shown;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'object':
      return kindOf(value) === 'object';
    default:
      return kindOf(value) === type;
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function check(value: unknown, schema: Schema, path: string, refs: SchemaRefs, depth: number): ValidationIssue[] {
  if (depth > 64) return [];
  if (schema.$ref !== undefined) {
    const target = refs[schema.$ref];
    const { $ref: _ignored, ...rest } = schema;
    return [...(target ? check(value, target, path, refs, depth + 1) : []), ...check(value, rest, path, refs, depth + 1)];
  }
  const issues: ValidationIssue[] = [];
  const add = (rule: string, message: string, values?: unknown[]): void => {
    issues.push(values ? { path, rule, message, values } : { path, rule, message });
  };
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((t) => hasType(value, t))) {
      return [{ path, rule: 'type', message: `must be ${types.join(' or ')} (got ${kindOf(value)})` }];
    }
  }
  // A value declared with unknownEnum() / Triggers.unknown() passes: it is one the API added after this release.
  if (schema.enum && !schema.enum.some((e) => sameJson(e, value)) && !isDeclaredEnumValue(value)) {
    add('enum', `${JSON.stringify(value)} is not an allowed value; allowed: ${listValues(schema.enum)}`, [value]);
  }
  if ('const' in schema && !sameJson(schema.const, value)) add('const', `must be ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string') {
    const n = [...value].length;
    if (schema.minLength !== undefined && n < schema.minLength) add('minLength', `must be at least ${plural(schema.minLength, 'character')} long`);
    if (schema.maxLength !== undefined && n > schema.maxLength) add('maxLength', `must be at most ${plural(schema.maxLength, 'character')} long (got ${n})`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
      add(
        'pattern',
        schema['x-pattern-description'] ? `must be ${schema['x-pattern-description']} (pattern ${schema.pattern})` : `must match ${schema.pattern}`,
      );
    const bad = schema.format === undefined ? undefined : formatIssue(value, schema.format);
    if (bad) add('format', bad);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) add('minimum', `must be >= ${schema.minimum} (got ${value})`);
    if (schema.maximum !== undefined && value > schema.maximum) add('maximum', `must be <= ${schema.maximum} (got ${value})`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) add('minItems', `must contain at least ${plural(schema.minItems, 'item')}`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      add('maxItems', `must contain at most ${plural(schema.maxItems, 'item')} (got ${value.length})`);
    if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) add('uniqueItems', 'must not contain duplicates');
    const { items } = schema;
    if (items)
      value.forEach((item, i) => {
        issues.push(...check(item, items, at(path, i), refs, depth + 1));
      });
  }
  if (kindOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (obj[key] === undefined) issues.push({ path: at(path, key), rule: 'required', message: 'is required' });
    }
    const props = schema.properties ?? {};
    for (const [key, item] of Object.entries(obj)) {
      if (item === undefined) continue;
      const sub = props[key];
      if (sub) issues.push(...check(item, sub, at(path, key), refs, depth + 1));
      else if (schema.additionalProperties === false) issues.push({ path: at(path, key), rule: 'additionalProperties', message: 'is not a known field' });
      else if (typeof schema.additionalProperties === 'object') issues.push(...check(item, schema.additionalProperties, at(path, key), refs, depth + 1));
    }
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0) issues.push(...alternativeIssues(value, alternatives, path, refs, depth));
  return issues;
}

/** The schema a `$ref` chain ends at, with the referring node's own keywords (e.g. `const`) on top. */
function resolve(schema: Schema, refs: SchemaRefs): Schema {
  let s = schema;
  for (let hops = 0; s.$ref !== undefined && hops < 8; hops++) {
    const { $ref, ...rest } = s;
    s = { ...(refs[$ref] ?? {}), ...rest };
  }
  return s;
}

/** The `const` a property pins in an alternative (directly, or through the enum it refers to). */
function pinned(alt: Schema, key: string, refs: SchemaRefs): { value: unknown } | undefined {
  const prop = resolve(alt, refs).properties?.[key];
  if (!prop) return undefined;
  const p = resolve(prop, refs);
  return 'const' in p ? { value: p.const } : undefined;
}

/**
 * Issues of an `anyOf`/`oneOf` that no alternative satisfies. The first alternative that fits
 * ends the search (the success path checks no more than it must). Otherwise the alternatives
 * are narrowed by their discriminators (properties pinned with `const`, like a component's
 * `type` and a HEADER's `format`): when the value's discriminator matches none, that is the one
 * issue reported, listing what is allowed; else the closest matching alternative's issues point
 * at the field to fix.
 */
function alternativeIssues(value: unknown, alternatives: readonly Schema[], path: string, refs: SchemaRefs, depth: number): ValidationIssue[] {
  const results: ValidationIssue[][] = [];
  for (const alt of alternatives) {
    const r = check(value, alt, path, refs, depth + 1);
    if (r.length === 0) return [];
    results.push(r);
  }
  let candidates = alternatives.map((alt, i) => ({ alt, issues: results[i]! }));
  if (kindOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = [...new Set(alternatives.flatMap((alt) => Object.keys(resolve(alt, refs).properties ?? {})))];
    for (const key of keys) {
      const pins = candidates.map((c) => pinned(c.alt, key, refs));
      if (pins.some((p) => p === undefined)) continue; // not a discriminator of every remaining alternative
      const matching = candidates.filter((_, i) => sameJson(pins[i]!.value, obj[key]));
      // A discriminator declared with unknownEnum() names a variant newer than this SDK: the API judges it.
      if (matching.length === 0 && isDeclaredEnumValue(obj[key])) return [];
      if (matching.length === 0) {
        const allowed = [...new Map(pins.map((p) => [JSON.stringify(p!.value), p!.value])).values()];
        const rule = obj[key] === undefined ? 'required' : 'enum';
        const message =
          obj[key] === undefined
            ? `is required (one of ${listValues(allowed)})`
            : `${JSON.stringify(obj[key])} is not an allowed value; allowed: ${listValues(allowed)}`;
        return [obj[key] === undefined ? { path: at(path, key), rule, message } : { path: at(path, key), rule, message, values: [obj[key]] }];
      }
      candidates = matching;
    }
  }
  // The closest alternative: right type first, then fewest issues.
  const score = (r: ValidationIssue[]): number => r.length + (r.some((i) => i.rule === 'type' && i.path === path) ? 1000 : 0);
  return candidates.reduce((best, c) => (score(c.issues) < score(best.issues) ? c : best)).issues;
}

/** The same issue reached twice (a `$ref` and the keywords beside it can both report a `const`) is listed once. */
function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.rule}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every rule `value` breaks, with the path of the field. Messages never quote free-text values
 * (a field may hold a secret); enum issues name the offending value and list the allowed ones.
 */
export function validate(value: unknown, schema: Schema, path = '', refs: SchemaRefs = {}): ValidationIssue[] {
  const issues = check(value, schema, path, refs, 0);
  return issues.length > 1 ? dedupe(issues) : issues;
}
