import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseSpecText } from '../../scripts/lib/spec-yaml.js';

export const SPEC_PATH = resolve(import.meta.dirname, '../../openapi/provisioning.yaml');
export const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

export type Json = Record<string, any>;

export interface SpecOperation {
  method: (typeof HTTP_METHODS)[number];
  path: string;
  operationId: string;
  op: Json;
}

let cached: Json | undefined;
export function loadSpec(): Json {
  // Read as every script reads it (scripts/lib/spec-yaml.ts: one YAML configuration).
  cached ??= parseSpecText(readFileSync(SPEC_PATH, 'utf8')) as Json;
  return cached;
}

export function operations(spec: Json = loadSpec()): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const method of HTTP_METHODS) {
      if (item[method]) out.push({ method, path, operationId: item[method].operationId, op: item[method] });
    }
  }
  return out;
}

function collectFormats(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => collectFormats(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'format' && typeof v === 'string') out.add(v);
      else collectFormats(v, out);
    }
  }
  return out;
}

/**
 * An ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) that knows every component schema.
 * The spec keeps the format names of the official description; `url`, `email` and `uri` are checked
 * with ajv-formats, as Prism does.
 */
export function specAjv(spec: Json = loadSpec()) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  // Other non-standard format names of the official description (e.g. `SHA256-hash`, `e.164 phone number`)
  // are labels, not checks.
  for (const format of collectFormats(spec)) if (!ajv.formats[format]) ajv.addFormat(format, true);
  ajv.addSchema({ $id: 'spec', components: spec.components });
  return {
    ajv,
    /** Validates a value against a schema taken from the spec (its local $refs are resolved). */
    validate(schema: Json, value: unknown): string[] {
      const rooted = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/'));
      const fn = ajv.compile(rooted);
      return fn(value) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
    },
  };
}
