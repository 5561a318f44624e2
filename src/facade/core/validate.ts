import { type ValidationIssue, ValidationError } from './errors.js';

export type { ValidationIssue };

/**
 * The subset of JSON Schema the SDK checks before sending a request: the type of the rules
 * scripts/generate.mjs derives from the spec (src/generated/rules.ts), and of the few
 * hand-written ones. `$ref` names a key of the `refs` passed to {@link validate}. `x-check`
 * holds rules JSON Schema cannot say (e.g. "ALL stands alone").
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
  /** `url`/`uri`: an absolute http(s) URL; `email`: something@somewhere. Others are not checked. */
  format?: string;
  anyOf?: readonly Schema[];
  /** Checked like `anyOf`: without discriminators, "exactly one" would reject valid input. */
  oneOf?: readonly Schema[];
  $ref?: string;
  'x-check'?: (value: unknown, path: string) => ValidationIssue[];
}

export type SchemaRefs = Readonly<Record<string, Schema>>;

const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

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

function checkFormat(value: string, format: string | undefined): string | undefined {
  if (format === 'url' || format === 'uri') {
    try {
      const { protocol } = new URL(value);
      if (protocol === 'https:' || protocol === 'http:') return undefined;
    } catch {
      // reported below
    }
    return 'must be an absolute http(s) URL';
  }
  if (format === 'email' && !/^[^\s@]+@[^\s@]+$/.test(value)) return 'must be an email address';
  return undefined;
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
  if (schema.enum && !schema.enum.some((e) => sameJson(e, value))) {
    add('enum', `${JSON.stringify(value)} is not an allowed value`, [value]);
  }
  if ('const' in schema && !sameJson(schema.const, value)) add('const', `must be ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string') {
    const n = [...value].length;
    if (schema.minLength !== undefined && n < schema.minLength) add('minLength', `must be at least ${schema.minLength} characters long`);
    if (schema.maxLength !== undefined && n > schema.maxLength) add('maxLength', `must be at most ${schema.maxLength} characters long (got ${n})`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) add('pattern', `must match ${schema.pattern}`);
    const bad = checkFormat(value, schema.format);
    if (bad) add('format', bad);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) add('minimum', `must be >= ${schema.minimum} (got ${value})`);
    if (schema.maximum !== undefined && value > schema.maximum) add('maximum', `must be <= ${schema.maximum} (got ${value})`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) add('minItems', `must contain at least ${schema.minItems} item(s)`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) add('maxItems', `must contain at most ${schema.maxItems} items (got ${value.length})`);
    if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) add('uniqueItems', 'must not contain duplicates');
    const { items } = schema;
    if (items) value.forEach((item, i) => issues.push(...check(item, items, at(path, i), refs, depth + 1)));
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
  if (alternatives && alternatives.length > 0) {
    // Report the alternative that came closest (right type, fewest issues), so the message points at a real fix.
    const results = alternatives.map((alt) => check(value, alt, path, refs, depth + 1));
    const score = (r: ValidationIssue[]): number => r.length + (r.some((i) => i.rule === 'type' && i.path === path) ? 1000 : 0);
    if (!results.some((r) => r.length === 0)) {
      issues.push(...results.reduce((best, r) => (score(r) < score(best) ? r : best)));
    }
  }
  if (schema['x-check']) issues.push(...schema['x-check'](value, path));
  return issues;
}

/**
 * Every rule `value` breaks, with the path of the field. Messages never quote string
 * values (a field may hold a secret); enum issues list the offending values in `values`.
 */
export function validate(value: unknown, schema: Schema, path = '', refs: SchemaRefs = {}): ValidationIssue[] {
  return check(value, schema, path, refs, 0);
}

/** Returns `value` unchanged when valid; otherwise throws one {@link ValidationError} listing every issue. */
export function assertValid<T>(value: T, schema: Schema, subject: string, refs?: SchemaRefs): T {
  const issues = validate(value, schema, '', refs);
  if (issues.length > 0) throw new ValidationError(issues, subject);
  return value;
}
