import createClient from 'openapi-fetch';
import { describe, expect, inject, it } from 'vitest';
import type { paths } from '../../src/generated/schema.js';
import { loadSpec, operations, specAjv, type Json } from '../helpers/spec.js';

// For every operation of the spec: send the spec's own request example through a raw openapi-fetch
// client (typed with the generated `paths`) to the Prism mock, and check the documented 2xx status and
// a body that validates against the response schema. Prism answers 422 to a request that breaks the
// spec, so a pass proves that the spec, its examples and the mock agree.
const spec = loadSpec();
const { validate } = specAjv(spec);
const PROJECT_ID = 'ea026751-3edf-40a9-ad93-1b382bd60a78';

function deref(schema: Json | undefined): Json {
  let s = schema ?? {};
  while (s.$ref)
    s = s.$ref
      .replace('#/', '')
      .split('/')
      .reduce((o: Json, k: string) => o[k], spec);
  return s;
}

function paramValue(p: Json): unknown {
  if (p.name === 'projectId') return PROJECT_ID;
  if (p.example !== undefined) return p.example;
  const s = deref(p.schema);
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  if (s.type === 'array') return [paramValue({ schema: s.items })];
  if (s.type === 'number' || s.type === 'integer') return s.minimum ?? 1;
  if (s.type === 'boolean') return false;
  return 'cf11794a-6a5e-4a12-b103-da79bd378bf1';
}

const cases = operations(spec).map(({ method, path, operationId, op }) => {
  const pathParams: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const p of (op.parameters ?? []) as Json[]) {
    if (p.in === 'path') pathParams[p.name] = paramValue(p);
    else if (p.in === 'query' && p.required) query[p.name] = paramValue(p);
  }
  const media = op.requestBody?.content?.['application/json'];
  const body = media ? Object.values<Json>(media.examples)[0]!.value : undefined;
  const success = Object.keys(op.responses)
    .filter((c) => c.startsWith('2'))
    .sort()[0]!;
  const responseSchema = op.responses[success].content?.['application/json']?.schema;
  return { name: `${method.toUpperCase()} ${path} (${operationId})`, method, path, pathParams, query, body, success: Number(success), responseSchema };
});

describe('every operation against the Prism mock', () => {
  const client = createClient<paths>({ baseUrl: inject('prismUrl'), headers: { Authorization: 'Bearer contract-test-token' } });

  it('covers the 91 operations', () => {
    expect(cases).toHaveLength(91);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const call = (client as unknown as Record<string, (p: string, init: Json) => Promise<{ data?: unknown; error?: unknown; response: Response }>>)[
      c.method.toUpperCase()
    ]!;
    const { data, error, response } = await call(c.path, { params: { path: c.pathParams, query: c.query }, body: c.body });
    expect(error, JSON.stringify(error)).toBeUndefined();
    expect(response.status).toBe(c.success);
    if (c.responseSchema) expect(validate(c.responseSchema, data)).toEqual([]);
    else expect(await response.text()).toBe('');
  });
});
