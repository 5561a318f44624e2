// Example events for `trigger`, built from the spec's webhook (callback) declarations: the event
// schema's own example when it has one, otherwise a value made from the schema, preferring each
// property's example, const or first enum value. `type` is always the trigger asked for.
import { type Json, deref, loadSpec } from './spec.js';

function synth(spec: Json, node: Json | undefined, depth: number): unknown {
  const schema = deref(spec, node);
  if (!schema || depth > 8) return undefined;
  if (schema['example'] !== undefined) return structuredClone(schema['example']);
  if (schema['const'] !== undefined) return schema['const'];
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  const alternatives = (schema['anyOf'] ?? schema['oneOf']) as Json[] | undefined;
  if (alternatives?.length) return synth(spec, alternatives.find((a) => deref(spec, a)?.['type'] !== 'null') ?? alternatives[0], depth + 1);
  if (Array.isArray(schema['allOf'])) {
    return Object.assign({}, ...schema['allOf'].map((part: Json) => synth(spec, part, depth + 1) ?? {}));
  }
  const type = Array.isArray(schema['type']) ? schema['type'].find((t: string) => t !== 'null') : schema['type'];
  if (type === 'object' || schema['properties']) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries<Json>(schema['properties'] ?? {})) {
      const value = synth(spec, child, depth + 1);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (type === 'array') {
    const item = synth(spec, schema['items'], depth + 1);
    return item === undefined ? [] : [item];
  }
  if (type === 'integer' || type === 'number') return schema['minimum'] ?? 1;
  if (type === 'boolean') return false;
  if (type === 'string') return schema['format'] === 'date-time' ? '2025-01-01T00:00:00.000Z' : 'example';
  return undefined;
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
