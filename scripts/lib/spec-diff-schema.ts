// Compares two versions of one schema in the direction its data travels (see spec-diff.ts),
// recording each difference once under a rule of spec-diff-rules.ts. SpecDiffer (spec-diff.ts)
// extends it with the document level: operations, parameters, bodies, responses, events.
import { type Json, isPlainObject } from './openapi-doc.js';
import { BUMP_RANK, type Bump, RULES, type Side, bumpOf, maxBump } from './spec-diff-rules.js';

const DOC_KEYS: Readonly<Record<string, string>> = {
  description: 'description-changed',
  summary: 'description-changed',
  title: 'description-changed',
  externalDocs: 'description-changed',
  example: 'example-changed',
  examples: 'example-changed',
  tags: 'extension-changed',
};
const MIN_KEYS = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'];
const MAX_KEYS = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'];
const MATCH_KEYS = ['pattern', 'format', 'multipleOf'];
const COMPOSITIONS = ['anyOf', 'oneOf', 'allOf'];
const SCHEMA_KEYS = new Set([
  ...Object.keys(DOC_KEYS),
  ...MIN_KEYS,
  ...MAX_KEYS,
  ...MATCH_KEYS,
  ...COMPOSITIONS,
  'uniqueItems',
  '$ref',
  'type',
  'nullable',
  'enum',
  'const',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'readOnly',
  'writeOnly',
  'deprecated',
]);

export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
export const code = (s: unknown): string => `\`${s}\``;
const list = (values: readonly unknown[]): string => values.map((v) => code(typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
const valueWord = (values: readonly unknown[]): string => (values.length === 1 ? 'value' : 'values');

/** Walks two documents (`a` old, `b` new) side by side; `result()` lists what differs. */
/** A message, or one that names the sides ("request", "response") it was found on. */
export type ChangeMessage = string | ((sides: string) => string);

/** One change as it is being collected: the sides and operations grow as the walk meets it again. */
interface PendingChange {
  rule: string;
  location: string;
  sides: Set<Side>;
  detail: Record<string, unknown>;
  operations: Set<string>;
  message: ChangeMessage;
}

/** One difference, with the bump it calls for. */
export interface SpecChange {
  bump: Bump;
  rule: string;
  /** Where: a component path (`Widget.color`), an operation, or `<operation> <in> parameter <name>`. */
  location: string;
  message: string;
  sides: Side[];
  /** Operations (operationId, or `<EVENT> event`) that send or receive the changed place. */
  operations: string[];
}

export class SchemaDiffer {
  readonly a: Json;
  readonly b: Json;
  /** rule|location -> change */
  readonly changes = new Map<string, PendingChange>();
  /** ref pair + side -> keys of the changes found below it */
  readonly memo = new Map<string, Set<string>>();
  /** key sets of the ref pairs being walked */
  readonly collectors: Set<string>[] = [];
  /** label of the operation being walked */
  op: string | null = null;
  /** component schemas reached from an operation */
  readonly reached = { a: new Set<string>(), b: new Set<string>() };

  constructor(a: Json, b: Json) {
    this.a = a;
    this.b = b;
  }

  result(): SpecChange[] {
    const order = Object.keys(RULES);
    return [...this.changes.values()]
      .map(({ rule, location, sides, detail, operations, message }) => {
        const bump = [...sides].reduce<Bump | null>((acc, side) => maxBump(acc, bumpOf(rule, side, detail)), null)!;
        const text = typeof message === 'function' ? message(sideWords(sides)) : message;
        const ops = [...operations].sort();
        return { bump, rule, location, message: text, sides: [...sides].sort(), operations: ops };
      })
      .sort((x, y) => BUMP_RANK[y.bump] - BUMP_RANK[x.bump] || order.indexOf(x.rule) - order.indexOf(y.rule) || x.location.localeCompare(y.location));
  }

  /** Records a change; the same rule at the same location is reported once. */
  emit(rule: string, location: string, side: Side, message: ChangeMessage, detail: Record<string, unknown> = {}): void {
    const key = `${rule}|${location}`;
    let change = this.changes.get(key);
    if (!change) {
      change = { rule, location, sides: new Set(), detail, operations: new Set(), message };
      this.changes.set(key, change);
    }
    change.sides.add(side);
    if (this.op) change.operations.add(this.op);
    for (const keys of this.collectors) keys.add(key);
  }

  /**
   * Follows local `$ref`s; `name` is the last component schema on the way, `ref` the last
   * component of any kind (`ProjectId` for #/components/parameters/ProjectId).
   */
  deref(doc: Json, node: Json): { node: Json; name: string | undefined; ref: string | undefined } {
    let name: string | undefined;
    let ref: string | undefined;
    const seen = new Set<string>();
    while (isPlainObject(node) && typeof node.$ref === 'string') {
      if (seen.has(node.$ref)) return { node: undefined, name, ref };
      seen.add(node.$ref);
      const m = /^#\/components\/([^/]+)\/([^/]+)$/.exec(node.$ref);
      if (m) {
        ref = decodeURIComponent(m[2]!);
        if (m[1] === 'schemas') name = ref;
      }
      node = node.$ref.startsWith('#/') ? pointer(doc, node.$ref.slice(1)) : undefined;
    }
    return { node, name, ref };
  }

  schema(oRaw: Json, nRaw: Json, location: string, side: Side): void {
    if (oRaw === undefined && nRaw === undefined) return;
    const o = this.deref(this.a, oRaw);
    const n = this.deref(this.b, nRaw);
    // OpenAPI 3.1 lets a `$ref` carry keywords of its own (`color: { $ref: Color, description }`):
    // they describe or further restrict this one use of the component. A sibling `enum` or
    // `type` that only repeats the component's is no restriction: its removal is no change.
    if ((isPlainObject(oRaw) && oRaw.$ref) || (isPlainObject(nRaw) && nRaw.$ref)) {
      const siblings = (raw: Json): Record<string, Json> => {
        if (!isPlainObject(raw) || !raw.$ref) return {};
        const { $ref: _, ...rest } = raw;
        return rest;
      };
      const a = siblings(oRaw);
      const b = siblings(nRaw);
      for (const key of ['type', 'enum', 'const']) {
        if (key in a && !(key in b) && isPlainObject(n.node) && key in n.node) b[key] = n.node[key];
        if (key in b && !(key in a) && isPlainObject(o.node) && key in o.node) a[key] = o.node[key];
      }
      this.compare(a, b, location, side);
    }
    if (o.name) this.reached.a.add(o.name);
    if (n.name) this.reached.b.add(n.name);
    // Inside a component, places are named after it: `Widget.color`, not the path to it.
    const loc = n.name ?? o.name ?? location;
    // Only a pair of components is the same comparison wherever it is met; an inline schema on
    // either side may differ from one place to the next.
    if (!o.name || !n.name) return this.compare(o.node, n.node, loc, side);
    const memoKey = `${o.name}|${n.name}|${side}`;
    const known = this.memo.get(memoKey);
    if (known) {
      // Walked already (or being walked: a recursive schema): credit its changes to this operation too.
      for (const key of known) {
        const change = this.changes.get(key)!;
        if (this.op) change.operations.add(this.op);
        for (const keys of this.collectors) keys.add(key);
      }
      return;
    }
    const keys = new Set<string>();
    this.memo.set(memoKey, keys);
    this.collectors.push(keys);
    try {
      this.compare(o.node, n.node, loc, side);
    } finally {
      this.collectors.pop();
    }
  }

  compare(o: Json, n: Json, loc: string, side: Side): void {
    if (!isPlainObject(o) || !isPlainObject(n)) {
      if (!same(o, n)) this.emit('type-changed', loc, side, (s) => `${s} ${code(loc)} changed its schema.`);
      return;
    }
    this.docs(
      o,
      n,
      loc,
      side,
      [...SCHEMA_KEYS].filter((k) => !(k in DOC_KEYS)),
    );
    if (!o.deprecated !== !n.deprecated) {
      this.emit('deprecated', loc, side, `${code(loc)} is ${n.deprecated ? 'now deprecated' : 'no longer deprecated'}.`);
    }
    // `T` becoming `anyOf: [T, U]` (or back) is one alternative more (or fewer), not a new type.
    const kindA = alternatives(o);
    const kindB = alternatives(n);
    if (!kindA && kindB) o = asAlternatives(o, kindB);
    if (kindA && !kindB) n = asAlternatives(n, kindA);
    this.types(o, n, loc, side);
    this.enums(o, n, loc, side);
    this.constraints(o, n, loc, side);
    this.properties(o, n, loc, side);
    if (o.items !== undefined || n.items !== undefined) this.schema(o.items, n.items, `${loc}[]`, side);
    const apA = o.additionalProperties;
    const apB = n.additionalProperties;
    if (isPlainObject(apA) && isPlainObject(apB)) this.schema(apA, apB, `${loc}{}`, side);
    else if (!same(apA, apB)) this.emit('other-change', `${loc}{}`, side, `The additionalProperties of ${code(loc)} changed.`);
    if (kindA && kindB && kindA !== kindB) {
      // anyOf <-> oneOf: the same alternatives, matched differently (oneOf rejects a value that fits two).
      this.emit('other-change', `${loc}.${kindB}`, side, `${code(loc)} switched from ${kindA} to ${kindB}.`);
      this.variants(o[kindA], n[kindB], kindB, loc, side);
    } else {
      for (const key of ['anyOf', 'oneOf']) this.variants(o[key], n[key], key, loc, side);
    }
    this.variants(o.allOf, n.allOf, 'allOf', loc, side);
  }

  types(o: Json, n: Json, loc: string, side: Side): void {
    const typeA = typesOf(o);
    const typeB = typesOf(n);
    if (same(typeA, typeB)) return;
    const show = (t: Json) => (t.length ? t.join(' | ') : 'any type');
    // No type at all accepts anything; integer is a kind of number.
    const covers = (types: Json, t: Json) => types.length === 0 || types.includes(t) || (t === 'integer' && types.includes('number'));
    const widened = typeA.length > 0 && typeA.every((t) => covers(typeB, t));
    this.emit(widened ? 'type-widened' : 'type-changed', loc, side, (s) => `${s} ${code(loc)} changed type from ${show(typeA)} to ${show(typeB)}.`);
  }

  properties(o: Json, n: Json, loc: string, side: Side): void {
    // readOnly fields are not part of a request, writeOnly ones not of a response.
    const visible = (doc: Json, schema: Json) => {
      const out = new Map();
      for (const [name, prop] of Object.entries(schema.properties ?? {})) {
        const p = this.deref(doc, prop).node;
        if (side === 'request' ? !p?.readOnly : !p?.writeOnly) out.set(name, prop);
      }
      return out;
    };
    const before = visible(this.a, o);
    const after = visible(this.b, n);
    const reqA = new Set(o.required ?? []);
    const reqB = new Set(n.required ?? []);
    for (const [name, prop] of before) {
      const at = `${loc}.${name}`;
      if (!after.has(name)) {
        // A free-form object (additionalProperties) still takes the field, but its type is gone.
        this.emit('field-removed', at, side, (s) => `${s} field ${code(at)} was removed.`);
        continue;
      }
      if (!reqA.has(name) && reqB.has(name)) this.emit('field-now-required', at, side, (s) => `${s} field ${code(at)} is now required.`);
      if (reqA.has(name) && !reqB.has(name)) {
        this.emit('field-now-optional', at, side, (s) => `${s} field ${code(at)} is now optional${side === 'response' ? ' (may be missing)' : ''}.`);
      }
      this.schema(prop, after.get(name), at, side);
    }
    for (const name of after.keys()) {
      if (before.has(name)) continue;
      const at = `${loc}.${name}`;
      if (reqB.has(name)) this.emit('required-field-added', at, side, (s) => `New required ${s.toLowerCase()} field ${code(at)}.`);
      else this.emit('optional-field-added', at, side, (s) => `New optional ${s.toLowerCase()} field ${code(at)}.`);
    }
  }

  enums(o: Json, n: Json, loc: string, side: Side): void {
    const values = (s: Json) => (Array.isArray(s.enum) ? s.enum : 'const' in s ? [s.const] : null);
    const a = values(o);
    const b = values(n);
    if (!a && !b) return;
    if (!a || !b) {
      // A closed list appearing narrows the accepted values, one disappearing widens them.
      if (b) this.emit('enum-narrowed', loc, side, (s) => `${s} ${code(loc)} is now limited to ${list(b)}.`);
      else this.emit('enum-widened', loc, side, (s) => `${s} ${code(loc)} is no longer limited to a list of values.`);
      return;
    }
    const key = (v: Json) => JSON.stringify(v);
    const removed = a.filter((v: Json) => !b.some((w: Json) => key(w) === key(v)));
    const added = b.filter((v: Json) => !a.some((w: Json) => key(w) === key(v)));
    if (removed.length) this.emit('enum-narrowed', loc, side, (s) => `${s} ${code(loc)} lost the ${valueWord(removed)} ${list(removed)}.`);
    if (added.length) this.emit('enum-widened', loc, side, (s) => `${s} ${code(loc)} has the new ${valueWord(added)} ${list(added)}.`);
  }

  constraints(o: Json, n: Json, loc: string, side: Side): void {
    const tightened: Json[] = [];
    const loosened: Json[] = [];
    const describe = (key: Json) => `${key} ${o[key] ?? 'none'} -> ${n[key] ?? 'none'}`;
    for (const key of [...MIN_KEYS, ...MAX_KEYS]) {
      const a = o[key];
      const b = n[key];
      if (same(a, b)) continue;
      if (typeof a === 'boolean' || typeof b === 'boolean') {
        // OpenAPI 3.0's boolean exclusiveMinimum/Maximum: true is the stricter one.
        (b ? tightened : loosened).push(describe(key));
        continue;
      }
      const stricter = MIN_KEYS.includes(key) ? a === undefined || (b !== undefined && b > a) : a === undefined || (b !== undefined && b < a);
      (stricter ? tightened : loosened).push(describe(key));
    }
    for (const key of MATCH_KEYS) {
      if (same(o[key], n[key])) continue;
      (n[key] === undefined ? loosened : tightened).push(describe(key));
    }
    if (!o.uniqueItems !== !n.uniqueItems) (n.uniqueItems ? tightened : loosened).push(describe('uniqueItems'));
    if (tightened.length) this.emit('constraint-tightened', loc, side, (s) => `${s} ${code(loc)} is stricter: ${tightened.join(', ')}.`);
    if (loosened.length) this.emit('constraint-loosened', loc, side, (s) => `${s} ${code(loc)} is looser: ${loosened.join(', ')}.`);
  }

  variants(a: Json, b: Json, key: string, loc: string, side: Side): void {
    if (a === undefined && b === undefined) return;
    const before = Array.isArray(a) ? a : [];
    const after = Array.isArray(b) ? b : [];
    // Pair alternatives by the component they name, then the rest in order.
    const refName = (s: Json) => (isPlainObject(s) && typeof s.$ref === 'string' ? s.$ref : null);
    const pairs: [number, number][] = [];
    const left = [...before.keys()];
    const right = new Set(after.keys());
    for (const i of [...left]) {
      const j = [...right].find((k) => refName(before[i]) && refName(after[k]) === refName(before[i]));
      if (j !== undefined) {
        pairs.push([i, j]);
        right.delete(j);
        left.splice(left.indexOf(i), 1);
      }
    }
    while (left.length && right.size) {
      const j = [...right][0]!;
      pairs.push([left.shift()!, j]);
      right.delete(j);
    }
    for (const [i, j] of pairs) this.schema(before[i], after[j], `${loc}.${key}[${j}]`, side);
    const alternativesWord = (n: number): string => `${n} ${key} alternative${n === 1 ? '' : 's'}`;
    if (left.length) this.emit('variant-removed', `${loc}.${key}`, side, (s) => `${s} ${code(loc)} lost ${alternativesWord(left.length)}.`);
    if (right.size) this.emit('variant-added', `${loc}.${key}`, side, (s) => `${s} ${code(loc)} has ${alternativesWord(right.size)} more.`);
  }

  /** Description-like keys: patch-level changes. `structural` keys are compared elsewhere. */
  docs(o: Json, n: Json, loc: string, side: Side, structural: readonly string[]): void {
    for (const key of new Set([...Object.keys(o ?? {}), ...Object.keys(n ?? {})])) {
      if (structural.includes(key) || same(o?.[key], n?.[key])) continue;
      if (key in DOC_KEYS) {
        const rule = DOC_KEYS[key]!;
        const what = rule === 'example-changed' ? 'example' : rule === 'extension-changed' ? 'tags' : 'description';
        this.emit(rule, loc, side, `The ${what} of ${code(loc)} changed.`);
      } else if (key.startsWith('x-')) {
        this.emit('extension-changed', loc, side, `The ${code(key)} note of ${code(loc)} changed.`);
      } else if (key === 'deprecated') {
        this.emit('deprecated', loc, side, `${code(loc)} is ${n?.deprecated ? 'now deprecated' : 'no longer deprecated'}.`);
      } else if (!SCHEMA_KEYS.has(key)) {
        this.emit('other-change', `${loc} ${key}`, side, `The ${code(key)} of ${code(loc)} changed.`);
      }
    }
  }
}

function sideWords(sides: ReadonlySet<Side>): string {
  if (sides.has('request') && sides.has('response')) return 'Request and response';
  return sides.has('request') ? 'Request' : 'Response';
}

/** 'anyOf' or 'oneOf' when the schema is a choice of alternatives. */
const alternatives = (schema: Json): 'anyOf' | 'oneOf' | null => (Array.isArray(schema.anyOf) ? 'anyOf' : Array.isArray(schema.oneOf) ? 'oneOf' : null);

/** A plain schema as a choice of one alternative; descriptions stay on the outside. */
function asAlternatives(schema: Json, kind: string): Json {
  const outer: Record<string, Json> = {};
  const inner: Record<string, Json> = {};
  for (const [key, value] of Object.entries<Json>(schema)) {
    if (key in DOC_KEYS || key.startsWith('x-') || key === 'deprecated') outer[key] = value;
    else inner[key] = value;
  }
  return { ...outer, [kind]: [inner] };
}

function typesOf(schema: Json): string[] {
  const raw = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const types = new Set<string>(raw);
  if (schema.nullable === true) types.add('null');
  return [...types].sort();
}

function pointer(doc: Json, path: string): Json {
  let node: Json = doc;
  for (const part of path.split('/').slice(1)) {
    if (!isPlainObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, Json>)[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}
