import { describe, expect, it } from 'vitest';
import type { ClientContext } from '../../../../src/facade/pipeline/options.js';
import { request, type Method } from '../../../../src/facade/pipeline/request.js';
import { Provisioning } from '../../../../src/index.js';
import { loadSpec, operations, type Json } from '../../../helpers/spec.js';

// For every operation of the spec, the facade's pipeline (pipeline/request.ts, which every
// resource method calls) and `client.raw` (openapi-fetch) must hand the same bytes to fetch:
// method, URL, every header and the body. Both are given the operation's request example, its
// path and query parameters (from their examples or schemas) and one per-call header.
const spec = loadSpec();
const SENT = new Error('request recorded');
/** Official template examples that list one component type several times are refused before sending. */
const BREAKS_ONE_PER_TYPE = new Set(['marketingOrUtilityFull', 'authenticationFull', 'value']);

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
  if (p.example !== undefined) return p.example;
  const s = deref(p.schema);
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  if (s.type === 'array') return [paramValue({ schema: s.items }), paramValue({ schema: s.items })];
  if (s.type === 'number' || s.type === 'integer') return s.minimum ?? 7;
  if (s.type === 'boolean') return true;
  // Characters that must be percent-encoded, in path and query alike.
  return `${p.name ?? 'v'} a/b?c&d=é`;
}

interface Captured {
  method: string;
  url: string;
  headers: [string, string][];
  body: string;
}

async function capture(input: RequestInfo | URL, init: RequestInit | undefined): Promise<Captured> {
  const req = new Request(input, init);
  return { method: req.method, url: req.url, headers: [...req.headers.entries()], body: await req.text() };
}

const cases = operations(spec).map(({ method, path, operationId, op }) => {
  const pathParams: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const p of (op.parameters ?? []) as Json[]) {
    if (p.in === 'path' && p.name !== 'projectId') pathParams[p.name] = paramValue(p);
    else if (p.in === 'query') query[p.name] = paramValue(p);
  }
  const media = op.requestBody?.content?.['application/json'];
  const examples = media ? Object.entries<Json>(media.examples ?? {}) : [];
  const body = media ? (examples.find(([name]) => !BREAKS_ONE_PER_TYPE.has(name)) ?? examples[0])![1].value : undefined;
  return { name: `${method.toUpperCase()} ${path} (${operationId})`, method: method as Method, path, pathParams, query, body };
});

describe('the facade and client.raw build byte-identical requests', () => {
  const sent: Captured[] = [];
  const client = new Provisioning({
    projectId: 'p 1',
    accessToken: 'same-request-token',
    baseUrl: 'https://same-request.test/api/',
    maxRetries: 0,
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(await capture(input, init));
      throw SENT;
    },
  }).withOptions({ headers: { 'X-Default': 'd', 'X-Both': 'from the client' } });
  const context = (client.webhooks as unknown as { _client: ClientContext })._client;
  const raw = client.raw as unknown as Record<string, (path: string, init: Json) => Promise<unknown>>;
  const headers = { 'X-Call': 'c', 'X-Both': 'from the call', Accept: 'application/json' };

  it('covers the 91 operations', () => {
    expect(cases).toHaveLength(91);
    expect(cases.filter((c) => Object.keys(c.query).length > 0).length).toBeGreaterThan(10);
    expect(cases.filter((c) => c.body !== undefined).length).toBeGreaterThan(20);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    sent.length = 0;
    const init = { path: c.pathParams, query: c.query, body: c.body };
    const facade = await request(context, c.method, c.path, init, { headers, allowUnknownEnums: true }).then(
      () => 'resolved',
      (err: unknown) => err,
    );
    expect((facade as Error).name, String(facade)).toBe('ConnectionError');
    const viaRaw = await raw[c.method.toUpperCase()]!(c.path, {
      params: { path: { projectId: 'p 1', ...c.pathParams }, query: c.query },
      body: c.body,
      headers,
    }).then(
      () => 'resolved',
      (err: unknown) => err,
    );
    expect((viaRaw as Error).name, String(viaRaw)).toBe('ConnectionError');
    expect(sent).toHaveLength(2);
    expect(sent[0]!.url.startsWith('https://same-request.test/api/v1/projects/p%201/')).toBe(true);
    expect(sent[1]).toEqual(sent[0]);
  });

  it('agrees when the call sets the content type (form encoding included)', async () => {
    const { path, body } = cases.find((c) => c.name.includes('createWebhook'))!;
    const bodies: string[] = [];
    const variants: Record<string, string>[] = [{ 'Content-Type': 'application/x-www-form-urlencoded' }, { 'content-type': 'text/plain' }];
    for (const callHeaders of variants) {
      sent.length = 0;
      await request(context, 'post', path, { body }, { headers: callHeaders }).catch(() => undefined);
      await raw['POST']!(path, { params: { path: { projectId: 'p 1' } }, body, headers: callHeaders }).catch(() => undefined);
      expect(sent).toHaveLength(2);
      expect(sent[1]).toEqual(sent[0]);
      bodies.push(sent[0]!.body);
    }
    expect(bodies).toEqual([new URLSearchParams(body as Record<string, string>).toString(), JSON.stringify(body)]);
  });
});
