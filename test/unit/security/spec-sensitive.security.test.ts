// Other systems' secrets stay secret: every field the SPEC marks `x-sensitive: true` (read here
// from openapi/provisioning.yaml, not from src/generated/) is sent with a sentinel value in the
// request bodies of every operation that carries it, and a server echoes the whole request back
// in its error body (JSON fields and free text). No sentinel may appear in any log line or in any
// rendering of the error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSpecText } from '../../../scripts/lib/spec-yaml.js';
import { ApiError, Provisioning } from '../../../src/index.js';
import { capturingLogger, renderings } from './sentinels.js';
import { rejection } from '../../helpers/rejection.js';

type Schema = Record<string, any>;
const spec = parseSpecText(readFileSync(new URL('../../../openapi/provisioning.yaml', import.meta.url), 'utf8'));
const schemas: Record<string, Schema> = spec.components.schemas;

/** Every property marked x-sensitive, as `Schema.property`, with its type. */
function markedFields(): { schema: string; name: string; type: string }[] {
  const out: { schema: string; name: string; type: string }[] = [];
  for (const [schema, s] of Object.entries(schemas)) {
    for (const [name, prop] of Object.entries<Schema>(s.properties ?? {})) {
      if (prop['x-sensitive'] === true) out.push({ schema, name, type: prop.type ?? 'string' });
    }
  }
  return out;
}

/** Paths (property names, 0 for array items) from `schema` to every property marked x-sensitive. */
function sensitivePaths(
  schema: Schema | undefined,
  trail: (string | number)[] = [],
  seen = new Set<string>(),
): { path: (string | number)[]; type: string; field: string }[] {
  if (!schema || typeof schema !== 'object') return [];
  if (schema.$ref) {
    const name = String(schema.$ref).split('/').pop()!;
    if (seen.has(name)) return [];
    return sensitivePaths(schemas[name], trail, new Set([...seen, name]));
  }
  const found: { path: (string | number)[]; type: string; field: string }[] = [];
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const alt of schema[key] ?? []) found.push(...sensitivePaths(alt, trail, seen));
  if (schema.items) found.push(...sensitivePaths(schema.items, [...trail, 0], seen));
  for (const [name, prop] of Object.entries<Schema>(schema.properties ?? {})) {
    if (prop['x-sensitive'] === true) found.push({ path: [...trail, name], type: prop.type ?? 'string', field: name });
    else found.push(...sensitivePaths(prop, [...trail, name], seen));
  }
  return found;
}

function setAt(target: any, path: (string | number)[], value: unknown): void {
  let node = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else node = node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
  });
}

/** Every operation whose JSON request body can carry a sensitive field. */
function operationsWithSensitiveBodies() {
  const out: { method: string; path: string; operationId: string; fields: ReturnType<typeof sensitivePaths> }[] = [];
  for (const [path, item] of Object.entries<Schema>(spec.paths)) {
    for (const method of ['post', 'put', 'patch']) {
      const op = item[method];
      const body = op?.requestBody?.content?.['application/json']?.schema;
      const fields = sensitivePaths(body);
      if (fields.length) out.push({ method, path, operationId: op.operationId, fields });
    }
  }
  return out;
}

/** Names some property of the spec uses WITHOUT the mark (e.g. `code` of a KakaoTalk template). */
function unmarkedNames(): Set<string> {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: any): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(walk);
    for (const [name, prop] of Object.entries<Schema>(node.properties && typeof node.properties === 'object' ? node.properties : {})) {
      if (prop && typeof prop === 'object' && prop['x-sensitive'] !== true) names.add(name);
    }
    for (const [key, value] of Object.entries(node)) if (!['example', 'examples', 'default', 'const', 'enum'].includes(key)) walk(value);
  };
  walk(spec);
  return names;
}

const marked = markedFields();
const operations = operationsWithSensitiveBodies();
// A marked name that the spec also uses for other data cannot be masked by name everywhere (it
// would hide template codes and the mock's violation codes): only the values the caller sends
// under it are known, and those are scrubbed. A value the server invents under such a name is out
// of reach, so the echo check below leaves these names out.
const ambiguous = unmarkedNames();

describe('fields the spec marks x-sensitive', () => {
  it('include every credential field the issue names, and every request field among them is reachable', () => {
    const names = new Set(marked.map((f) => f.name));
    for (const name of ['facebookToken', 'facebookAccessToken', 'facebookCode', 'authenticationCode', 'secret']) expect(names).toContain(name);
    const sent = new Set(operations.flatMap((op) => op.fields.map((f) => f.field)));
    for (const name of ['facebookToken', 'facebookAccessToken', 'facebookCode', 'authenticationCode', 'secret', 'accessToken', 'code'])
      expect(sent).toContain(name);
    // Only `code` is both marked (verification requests) and used for other data.
    expect([...names].filter((n) => ambiguous.has(n))).toEqual(['code']);
    expect(operations.length).toBeGreaterThanOrEqual(8);
  });

  it.each(operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))('never shows them in logs or errors: %s', async (_label, op) => {
    const sentinels: string[] = [];
    const body: Record<string, unknown> = {};
    op.fields.forEach((f, i) => {
      const value = f.type === 'number' || f.type === 'integer' ? 90_817_263 + i : `S3NT1NEL-${f.field}-${i}-q7`;
      sentinels.push(String(value));
      setAt(body, f.path, value);
    });
    // Response-only fields the server may echo too (the SDK cannot know their values: masked by key).
    const responseOnly = Object.fromEntries(marked.filter((f) => !ambiguous.has(f.name)).map((f, i) => [f.name, `S3NT1NEL-echo-${f.name}-${i}-r8`]));
    const echoed = Object.values(responseOnly);
    let requests = 0;
    let received = '';
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      requests++;
      const req = input instanceof Request ? input : new Request(input, init);
      received = await req.text();
      return Response.json(
        {
          errorCode: 'invalid_input',
          message: `Rejected ${received}`,
          resolution: `Check ${sentinels.join(' and ')}`,
          additionalInformation: { request: JSON.parse(received), ...responseOnly },
        },
        { status: 400, headers: { 'x-request-id': 'req-1' } },
      );
    }) as typeof globalThis.fetch;
    const log = capturingLogger();
    const client = new Provisioning({ projectId: 'p1', accessToken: 'bearer-public-0', maxRetries: 0, fetch, logger: log.logger });
    const params = { path: Object.fromEntries([...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, name === 'projectId' ? 'p1' : 'id-1'])) };
    const raw = client.raw as unknown as Record<string, (path: string, init: unknown) => Promise<{ error?: unknown; response: Response }>>;
    const result = await raw[op.method.toUpperCase()]!(op.path, { params, body });
    expect(requests).toBe(1);
    // The server did receive every value: the test would see a leak if the SDK let one through.
    for (const s of sentinels) expect(received).toContain(s);
    expect(result.response.status).toBe(400);
    const { unwrap } = await import('../../../src/index.js');
    const error = await rejection(Promise.resolve().then(() => unwrap(result as never)));
    expect(error).toBeInstanceOf(ApiError);
    const texts = { ...renderings(error), body: JSON.stringify((error as ApiError).body), ...log.renderings() };
    expect(log.lines.length).toBeGreaterThanOrEqual(2);
    const leaks = Object.entries(texts).flatMap(([how, text]) => [...sentinels, ...echoed].filter((s) => text.includes(s)).map((s) => `${how}: ${s}`));
    expect(leaks).toEqual([]);
  });
});
