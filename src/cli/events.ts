// Example events for `trigger`, built from the spec's webhook (callback) declarations: a value
// made from the event schema, every property filled, with the spec's own examples laid over it
// (an example wins where it has a value; the schema fills what it leaves out). `type` is always
// the trigger asked for.
import { isObj } from './json.js';
import { type Json, deref, loadSpec } from './spec.js';

/** `example` laid over `base`: the example's values win, the base fills what the example leaves out. */
function overlay(base: unknown, example: unknown): unknown {
  if (isObj(base) && isObj(example)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(example)) out[k] = k in base ? overlay(base[k], v) : v;
    return out;
  }
  if (Array.isArray(base) && Array.isArray(example) && base.length > 0) return example.map((item) => overlay(base[0], item));
  return example === undefined ? base : structuredClone(example);
}

/** The alternative that knows most of the example's keys (else the first that is not null). */
function pickAlternative(spec: Json, alternatives: Json[], example: unknown): Json {
  const usable = alternatives.filter((a) => deref(spec, a)?.['type'] !== 'null');
  if (!isObj(example)) return usable[0] ?? alternatives[0]!;
  const score = (a: Json) => {
    const props = Object.keys(deref(spec, a)?.['properties'] ?? {});
    const keys = Object.keys(example);
    return keys.filter((k) => props.includes(k)).length - keys.filter((k) => !props.includes(k)).length;
  };
  return [...usable].sort((a, b) => score(b) - score(a))[0] ?? alternatives[0]!;
}

function synth(spec: Json, node: Json | undefined, depth: number): unknown {
  const schema = deref(spec, node);
  if (!schema || depth > 12) return undefined;
  const own = node !== schema && node?.['example'] !== undefined ? node['example'] : schema['example'];
  if (schema['const'] !== undefined) return schema['const'];
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return own !== undefined && schema['enum'].includes(own) ? own : schema['enum'][0];
  const alternatives = (schema['anyOf'] ?? schema['oneOf']) as Json[] | undefined;
  if (alternatives?.length) return overlay(synth(spec, pickAlternative(spec, alternatives, own), depth + 1), own);
  if (Array.isArray(schema['allOf'])) {
    return overlay(Object.assign({}, ...schema['allOf'].map((part: Json) => synth(spec, part, depth + 1) ?? {})), own);
  }
  const type = Array.isArray(schema['type']) ? schema['type'].find((t: string) => t !== 'null') : schema['type'];
  if (type === 'object' || schema['properties']) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries<Json>(schema['properties'] ?? {})) {
      const value = synth(spec, child, depth + 1);
      if (value !== undefined) out[key] = value;
    }
    return overlay(out, own);
  }
  if (type === 'array') {
    const item = synth(spec, schema['items'], depth + 1);
    return overlay(item === undefined ? [] : [item], own);
  }
  if (own !== undefined) return structuredClone(own);
  if (type === 'integer' || type === 'number') return schema['minimum'] ?? 1;
  if (type === 'boolean') return false;
  if (type === 'string') return exampleString(schema);
  return undefined;
}

/** A string that fits the schema's format or pattern (the patterns of the spec are simple digit runs). */
function exampleString(schema: Json): string {
  const format = schema['format'];
  if (format === 'url' || format === 'uri') return 'https://example.com/';
  if (format === 'email') return 'user@example.com';
  if (format === 'date-time') return '2025-01-01T00:00:00.000Z';
  const pattern = typeof schema['pattern'] === 'string' ? (schema['pattern'] as string) : undefined;
  if (pattern) {
    const sample = pattern
      .replace(/^\^|\$$/g, '')
      .replace(/\(\?:\\\+\|00\)|\\\+\?/g, '+')
      .replace(/\\d\{(\d+)(?:,\d+)?\}|\[\\d\+\\s\]\{(\d+),\d+\}/g, (_m, a: string | undefined, b: string | undefined) => '1'.repeat(Number(a ?? b)))
      .replace(/\\d\+/g, '1')
      .replace(/\[a-z0-9\]\[a-z0-9_\]\*\[a-z0-9\]/, 'example_name');
    if (new RegExp(pattern).test(sample)) return sample;
  }
  return 'example';
}

/** The triggers the spec declares a callback body for (every trigger but ALL). */
export function eventTriggers(spec: Json = loadSpec()): string[] {
  return Object.keys(spec['webhooks'] ?? {}).sort();
}

export function exampleEvent(trigger: string, spec: Json = loadSpec()): Record<string, unknown> {
  const body = spec['webhooks']?.[trigger]?.['post']?.['requestBody'];
  const schema = deref(spec, body)?.['content']?.['application/json']?.['schema'] as Json | undefined;
  if (!schema) throw new Error(`the spec declares no event body for ${trigger}`);
  const value = synth(spec, schema, 0);
  const event = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { ...event, type: trigger };
}
