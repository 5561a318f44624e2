// The OpenAPI description bundled with the package, read at run time: the operations `call`
// can send, the event schemas `trigger` builds examples from, and the request schemas' field names.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { bundledSpecPath } from '../testing/index.js';

// biome-ignore lint/suspicious/noExplicitAny: the spec is walked as untyped JSON
export type Json = Record<string, any>;

export const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Json;
}

export interface SpecOperation {
  operationId: string;
  method: HttpMethod;
  path: string;
  summary: string;
  parameters: SpecParameter[];
  hasBody: boolean;
  bodyRequired: boolean;
}

let cached: Json | undefined;

/**
 * The bundled spec. The build writes it as JSON beside the bin (dist/provisioning.json, from the
 * same openapi/provisioning.yaml) because JSON parses in milliseconds and this YAML in about a
 * second; run from the sources, the YAML is read.
 */
export function loadSpec(): Json {
  if (cached) return cached;
  const json = fileURLToPath(new URL('./provisioning.json', import.meta.url));
  cached = existsSync(json)
    ? (JSON.parse(readFileSync(json, 'utf8')) as Json)
    : (parse(readFileSync(bundledSpecPath(), 'utf8'), { maxAliasCount: -1, merge: true }) as Json);
  return cached;
}

/** Follows a local `$ref` (`#/components/...`) to its target. */
export function deref(spec: Json, node: Json | undefined): Json | undefined {
  let current = node;
  for (let i = 0; current && typeof current['$ref'] === 'string' && i < 32; i++) {
    const parts = (current['$ref'] as string).replace(/^#\//, '').split('/');
    current = parts.reduce<Json | undefined>((at, key) => at?.[key], spec);
  }
  return current;
}

export function operations(spec: Json = loadSpec()): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries<Json>(spec['paths'] ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const parameters = [...(item['parameters'] ?? []), ...(op['parameters'] ?? [])]
        .map((p: Json) => deref(spec, p) as Json)
        .map((p) => ({ name: p['name'], in: p['in'], required: p['required'] === true, schema: deref(spec, p['schema']) ?? {} }));
      const body = deref(spec, op['requestBody']);
      out.push({
        operationId: op['operationId'],
        method,
        path,
        summary: op['summary'] ?? '',
        parameters,
        hasBody: body !== undefined,
        bodyRequired: body?.['required'] === true,
      });
    }
  }
  return out;
}

/** The property names of a component schema (following `$ref`s and `allOf`). */
export function schemaProperties(name: string, spec: Json = loadSpec()): string[] {
  const schema = deref(spec, spec['components']?.['schemas']?.[name]);
  const own = Object.keys(schema?.['properties'] ?? {});
  const inherited = (schema?.['allOf'] ?? []).flatMap((part: Json) => Object.keys(deref(spec, part)?.['properties'] ?? {}));
  return [...new Set([...own, ...inherited])];
}
