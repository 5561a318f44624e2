import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AbortError,
  ConflictError,
  FailedDependencyError,
  InternalServerError,
  NotFoundError,
  Provisioning,
  TimeoutError,
  Triggers,
  ValidationError,
} from '../../../../../src/index.js';
import { SENTINEL_TOKEN, SENTINEL_WEBHOOK_SECRET, json, papiError } from '../../helpers.js';
import { DEFAULT_MAX_RETRIES } from '../../../../../src/facade/core/retry.js';
import { BASE, client } from '../../../../helpers/client.js';
import { rejection } from '../../../../helpers/rejection.js';

const hook = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] };
/** The library's default retries (the shared test client has none), where a test is about retrying. */
const RETRYING = { maxRetries: DEFAULT_MAX_RETRIES };
const input = { target: 'https://example.com/cb', secret: SENTINEL_WEBHOOK_SECRET, triggers: [Triggers.ALL] };

describe('webhooks.list', () => {
  it('awaits to the first page', async () => {
    const { c, fetch } = client([json(200, { totalSize: 1, pageSize: 5, webhooks: [hook] })]);
    const page = await c.webhooks.list({ pageSize: 5 });
    expect(page.items).toEqual([hook]);
    expect(page.totalSize).toBe(1);
    expect(fetch.calls.map((r) => `${r.method} ${r.url.href}`)).toEqual([`GET ${BASE}/v1/projects/p1/webhooks?pageSize=5`]);
    expect(fetch.calls[0]?.headers.get('authorization')).toBe(`Bearer ${SENTINEL_TOKEN}`);
  });

  it('iterates every webhook across pages with for await', async () => {
    const { c, fetch } = client([
      json(200, { totalSize: 3, pageSize: 2, webhooks: [hook, { ...hook, id: 'w2' }], nextPageToken: 'tok/2' }),
      json(200, { totalSize: 3, pageSize: 2, webhooks: [{ ...hook, id: 'w3' }] }),
    ]);
    const ids: string[] = [];
    for await (const w of c.webhooks.list({ pageSize: 2 })) ids.push(w.id);
    expect(ids).toEqual(['w1', 'w2', 'w3']);
    expect(fetch.calls.map((r) => r.url.search)).toEqual(['?pageSize=2', '?pageSize=2&pageToken=tok%2F2']);
  });

  it('rejects pageSize outside 1..15 before sending', async () => {
    const { c, fetch } = client([json(200, {})]);
    const err = (await rejection(c.webhooks.list({ pageSize: 16 }).then((p) => p))) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect([err.field, err.rule]).toEqual(['pageSize', 'maximum']);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('webhooks.create / replace / update', () => {
  it('posts the body with triggers de-duplicated and sorted', async () => {
    const { c, fetch } = client([json(201, hook)]);
    const created = await c.webhooks.create({ ...input, triggers: ['WHATSAPP_TEMPLATE_REJECTED', 'BUNDLE_DONE', 'BUNDLE_DONE'] });
    expect(created).toEqual(hook);
    expect(fetch.calls[0]?.method).toBe('POST');
    expect(fetch.calls[0]?.url.pathname).toBe('/v1/projects/p1/webhooks');
    expect(fetch.calls[0]?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(fetch.calls[0]?.body ?? '')).toEqual({ ...input, triggers: ['BUNDLE_DONE', 'WHATSAPP_TEMPLATE_REJECTED'] });
  });

  it.each([
    [{ ...input, target: 'not a url' }, 'target', 'format'],
    [{ ...input, target: `https://x.test/${'a'.repeat(742)}` }, 'target', 'maxLength'],
    [{ ...input, secret: '' }, 'secret', 'minLength'],
    [{ ...input, secret: 'x'.repeat(129) }, 'secret', 'maxLength'],
    [{ ...input, triggers: [Triggers.ALL, Triggers.BUNDLE_DONE] }, 'triggers', 'allExclusive'],
    [{ ...input, triggers: [] }, 'triggers', 'minItems'],
    [{ ...input, triggers: ['NOPE'] as never }, 'triggers[0]', 'enum'],
  ])('rejects invalid input %# (%s %s) without sending', async (body, field, rule) => {
    const { c, fetch } = client([json(201, hook)]);
    const err = (await rejection(c.webhooks.create(body))) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect([err.field, err.rule]).toEqual([field, rule]);
    expect(fetch.calls).toHaveLength(0);
    expect(`${err.message}${JSON.stringify(err)}`).not.toContain(SENTINEL_WEBHOOK_SECRET);
  });

  it('replace sends PUT with the full body', async () => {
    const { c, fetch } = client([json(200, hook)]);
    await c.webhooks.replace('w1', input);
    expect(`${fetch.calls[0]?.method} ${fetch.calls[0]?.url.pathname}`).toBe('PUT /v1/projects/p1/webhooks/w1');
    expect(JSON.parse(fetch.calls[0]?.body ?? '')).toEqual(input);
  });

  it('update sends PATCH with only the given fields, validated', async () => {
    const { c, fetch } = client([json(200, hook)]);
    await c.webhooks.update('w1', { triggers: ['RCS_SENDER_STATUS_UPDATED', 'BUNDLE_DONE'] });
    expect(fetch.calls[0]?.method).toBe('PATCH');
    expect(JSON.parse(fetch.calls[0]?.body ?? '')).toEqual({ triggers: ['BUNDLE_DONE', 'RCS_SENDER_STATUS_UPDATED'] });
    const err = await rejection(c.webhooks.update('w1', { target: 'nope' }));
    expect(err).toBeInstanceOf(ValidationError);
    expect(fetch.calls).toHaveLength(1);
  });

  it('maps 409 and 424 to their error classes, and never retries the POST', async () => {
    const conflict = client([papiError(409, 'webhook_exists', 'Webhook exists.')]);
    expect(await rejection(conflict.c.webhooks.create(input))).toBeInstanceOf(ConflictError);
    const limit = client([papiError(424, 'webhook_limit_reached', 'Limit reached.')]);
    expect(await rejection(limit.c.webhooks.create(input))).toBeInstanceOf(FailedDependencyError);
    const boom = client([papiError(500, 'internal_error', 'Internal server error.'), json(201, hook)], RETRYING);
    expect(await rejection(boom.c.webhooks.create(input))).toBeInstanceOf(InternalServerError);
    expect(boom.fetch.calls).toHaveLength(1);
  });

  it('scrubs the webhook secret from errors when the server echoes it', async () => {
    const echo = (rec: { body: string }) => json(400, { errorCode: 'invalid_input', message: `bad body ${rec.body}`, resolution: 'x' });
    const { c } = client([echo]);
    const err = await rejection(c.webhooks.create(input));
    const shown = `${(err as Error).message}${String(err)}${JSON.stringify(err)}`;
    expect(shown).toContain('bad body');
    expect(shown).not.toContain(SENTINEL_WEBHOOK_SECRET);
    expect(shown).not.toContain(SENTINEL_TOKEN);
  });
});

describe('webhooks.get / delete', () => {
  it('gets one webhook, encoding the id', async () => {
    const { c, fetch } = client([json(200, hook)]);
    expect(await c.webhooks.get('a/b c')).toEqual(hook);
    expect(fetch.calls[0]?.url.pathname).toBe('/v1/projects/p1/webhooks/a%2Fb%20c');
  });

  it('throws NotFoundError with the API fields and the operation template', async () => {
    const { c } = client([
      json(404, { errorCode: 'webhook_not_found', message: 'Webhook not found.', resolution: 'Check the id.' }, { 'x-request-id': 'r-1' }),
    ]);
    const err = (await rejection(c.webhooks.get('missing'))) as NotFoundError;
    expect(err).toBeInstanceOf(NotFoundError);
    expect([err.status, err.errorCode, err.resolution, err.requestId]).toEqual([404, 'webhook_not_found', 'Check the id.', 'r-1']);
    expect(err.operation).toEqual({ method: 'GET', path: '/v1/projects/{projectId}/webhooks/{webhookId}' });
  });

  it('turns a non-JSON error body into a typed error with the raw text', async () => {
    const { c } = client([new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } })], RETRYING);
    const err = (await rejection(c.webhooks.get('w1', { maxRetries: 0 }))) as InternalServerError;
    expect(err).toBeInstanceOf(InternalServerError);
    expect([err.status, err.rawBody, err.errorCode]).toEqual([502, '<html>Bad Gateway</html>', undefined]);
  });

  it('turns an empty error body into a typed error', async () => {
    const { c } = client([new Response(null, { status: 404, headers: { 'content-length': '0' } })]);
    const err = (await rejection(c.webhooks.get('w1'))) as NotFoundError;
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toBe('GET /v1/projects/{projectId}/webhooks/{webhookId} -> 404 no response body');
  });

  it('rejects an empty id without sending (it would address the list)', async () => {
    const { c, fetch } = client([json(200, hook)]);
    const err = (await rejection(c.webhooks.delete(''))) as ValidationError;
    expect([err.field, err.rule]).toEqual(['webhookId', 'minLength']);
    expect(fetch.calls).toHaveLength(0);
  });

  it('deletes and resolves to undefined on 204', async () => {
    const { c, fetch } = client([new Response(null, { status: 204 })]);
    expect(await c.webhooks.delete('w1')).toBeUndefined();
    expect(`${fetch.calls[0]?.method} ${fetch.calls[0]?.url.pathname}`).toBe('DELETE /v1/projects/p1/webhooks/w1');
  });
});

describe('per-call options', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('projectId and headers override the client defaults', async () => {
    const { c, fetch } = client([json(200, hook)], { defaultHeaders: { 'x-team': 'a', 'x-keep': 'k' } });
    await c.webhooks.get('w1', { projectId: 'other', headers: { 'x-team': 'b' } });
    expect(fetch.calls[0]?.url.pathname).toBe('/v1/projects/other/webhooks/w1');
    expect([fetch.calls[0]?.headers.get('x-team'), fetch.calls[0]?.headers.get('x-keep')]).toEqual(['b', 'k']);
  });

  it('retries a GET on 503 then succeeds (fake timers)', async () => {
    vi.useFakeTimers();
    const { c, fetch } = client([papiError(503, 'unavailable', 'Later'), json(200, hook)], RETRYING);
    const result = c.webhooks.get('w1');
    await vi.advanceTimersByTimeAsync(500);
    expect(await result).toEqual(hook);
    expect(fetch.calls).toHaveLength(2);
  });

  it('maxRetries: 0 turns retries off for one call', async () => {
    const { c, fetch } = client([papiError(503, 'unavailable', 'Later'), json(200, hook)], RETRYING);
    expect(await rejection(c.webhooks.get('w1', { maxRetries: 0 }))).toBeInstanceOf(InternalServerError);
    expect(fetch.calls).toHaveLength(1);
  });

  it('timeout turns a hanging call into a TimeoutError', async () => {
    vi.useFakeTimers();
    const hang = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const c = new Provisioning({ projectId: 'p1', accessToken: 't', baseUrl: BASE, fetch: hang as typeof fetch, maxRetries: 0 });
    const result = rejection(c.webhooks.get('w1', { timeout: 250 }));
    await vi.advanceTimersByTimeAsync(250);
    expect(await result).toBeInstanceOf(TimeoutError);
  });

  it('rejects malformed per-call options without sending', async () => {
    const { c, fetch } = client([json(200, hook)]);
    const err = (await rejection(c.webhooks.get('w1', { maxRetries: Number.NaN, timeout: -1 }))) as ValidationError;
    expect(err.issues.map((i) => i.path)).toEqual(['timeout', 'maxRetries']);
    expect(fetch.calls).toHaveLength(0);
  });

  it('signal aborts the call with an AbortError', async () => {
    const { c } = client([json(200, hook)]);
    expect(await rejection(c.webhooks.get('w1', { signal: AbortSignal.abort() }))).toBeInstanceOf(AbortError);
  });
});

describe('webhooks input: one ValidationError lists every problem', () => {
  it('reports the target, the secret and the ALL rule together, and sends nothing', async () => {
    const { c, fetch } = client([json(201, hook)]);
    const err = (await rejection(c.webhooks.create({ target: 'not-a-url', secret: '', triggers: [Triggers.ALL, Triggers.BUNDLE_DONE] }))) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.issues.map((i) => `${i.path}:${i.rule}`)).toEqual(['target:format', 'secret:minLength', 'triggers:allExclusive']);
    expect(fetch.calls).toHaveLength(0);
  });
});
