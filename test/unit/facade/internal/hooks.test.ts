import { describe, expect, it } from 'vitest';
import { ConfigurationError, ConnectionError, type Hooks, NotFoundError, Provisioning, TimeoutError, ValidationError, unwrap } from '../../../../src/index.js';
import { createObserving } from '../../../../src/facade/internal/observe.js';
import { json, recordingLogger, scriptedFetch } from '../helpers.js';

const BASE = 'https://provisioning.test';
const ITEM = '/v1/projects/{projectId}/webhooks/{webhookId}';
const GET_ID = 'WebhookWebhookController_getWebhook_v1';
const webhook = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] };
const ok = () => json(200, webhook, { 'x-request-id': 'req-ok' });
const unavailable = () => json(503, { errorCode: 'unavailable', message: 'busy' }, { 'retry-after': '0', 'x-request-id': 'req-503' });

/** Hooks that record every call by name, in order. */
function recorder() {
  const seen: { hook: string; ctx: Record<string, unknown> }[] = [];
  const at = (hook: string) => (ctx: object) => {
    seen.push({ hook, ctx: { ...ctx } });
  };
  const hooks: Hooks = { onRequest: at('onRequest'), onResponse: at('onResponse'), onRetry: at('onRetry'), onError: at('onError') };
  const of = (hook: string) => seen.filter((s) => s.hook === hook).map((s) => s.ctx);
  return { hooks, seen, of, order: () => seen.map((s) => `${s.hook}#${String(s.ctx['attempt'])}`) };
}

function client(fetch: typeof globalThis.fetch, extra: Record<string, unknown> = {}) {
  return new Provisioning({ projectId: 'p1', accessToken: 'tok', baseUrl: BASE, fetch, ...extra });
}

describe('hooks', () => {
  it('see every attempt of a retried facade call: onRequest and onResponse per attempt, one onRetry, no onError', async () => {
    const fetch = scriptedFetch(unavailable(), ok());
    const r = recorder();
    expect(await client(fetch, { hooks: r.hooks }).webhooks.get('w1')).toEqual(webhook);
    expect(fetch.calls).toHaveLength(2);
    expect(r.order()).toEqual(['onRequest#1', 'onResponse#1', 'onRetry#1', 'onRequest#2', 'onResponse#2']);
    const [first, second] = r.of('onResponse');
    const common = { operationId: GET_ID, method: 'GET', path: ITEM, url: `${BASE}/v1/projects/p1/webhooks/w1` };
    expect(first).toMatchObject({ ...common, attempt: 1, status: 503, requestId: 'req-503' });
    expect(second).toMatchObject({ ...common, attempt: 2, status: 200, requestId: 'req-ok' });
    expect(typeof second?.['durationMs']).toBe('number');
    expect(r.of('onRetry')).toEqual([expect.objectContaining({ ...common, attempt: 1, retry: 1, maxRetries: 2, delayMs: 0, reason: '503' })]);
  });

  it('see client.raw calls too, with the operationId looked up from method and path template', async () => {
    const fetch = scriptedFetch(ok());
    const r = recorder();
    const c = client(fetch, { hooks: r.hooks });
    unwrap(await c.raw.GET(ITEM, { params: { path: { projectId: 'p1', webhookId: 'w1' } } }));
    expect(r.order()).toEqual(['onRequest#1', 'onResponse#1']);
    expect(r.of('onResponse')[0]).toMatchObject({ operationId: GET_ID, method: 'GET', path: ITEM, status: 200, requestId: 'req-ok' });
  });

  it('report a final error status once to onError, with the same error the call throws', async () => {
    const fetch = scriptedFetch(json(404, { errorCode: 'webhook_not_found', message: 'no such webhook' }, { 'x-request-id': 'req-404' }));
    const r = recorder();
    const err = await client(fetch, { hooks: r.hooks })
      .webhooks.get('w1')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(fetch.calls).toHaveLength(1);
    expect(r.order()).toEqual(['onRequest#1', 'onResponse#1', 'onError#1']);
    const [failed] = r.of('onError');
    expect(failed?.['error']).toBe(err);
    expect(failed).toMatchObject({ operationId: GET_ID, status: 404, requestId: 'req-404' });
  });

  it('report a network failure of a write to onError without a retry (the server may have acted)', async () => {
    const fetch = scriptedFetch(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) }));
    const r = recorder();
    const body = { target: 'https://example.com/cb', secret: 'a-secret-of-enough-length', triggers: ['ALL' as const] };
    await expect(client(fetch, { hooks: r.hooks }).webhooks.create(body)).rejects.toBeInstanceOf(ConnectionError);
    expect(fetch.calls).toHaveLength(1);
    expect(r.order()).toEqual(['onRequest#1', 'onError#1']);
    expect(r.of('onError')[0]).toMatchObject({ operationId: 'WebhookWebhookController_createWebhook_v1', method: 'POST', status: undefined });
  });

  it('may add headers, also after an await; Authorization is not shown to them and still sent', async () => {
    const fetch = scriptedFetch(unavailable(), ok());
    const sawAuthorization: boolean[] = [];
    const hooks: Hooks = {
      onRequest: ({ headers, attempt }) => {
        sawAuthorization.push(headers.has('authorization'));
        headers.set('x-sync', `attempt-${attempt}`);
      },
    };
    const late: Hooks = {
      async onRequest({ headers }) {
        await new Promise((resolve) => setImmediate(resolve));
        headers.set('x-async', 'yes');
      },
    };
    await client(fetch, { hooks }).webhooks.get('w1', { hooks: late });
    expect(fetch.calls.map((c) => [c.headers.get('x-sync'), c.headers.get('x-async'), c.headers.get('authorization')])).toEqual([
      ['attempt-1', 'yes', 'Bearer tok'],
      ['attempt-2', 'yes', 'Bearer tok'],
    ]);
    expect(sawAuthorization).toEqual([false, false]);
  });

  it('that throw or reject never break the call, and are reported to the logger', async () => {
    const fetch = scriptedFetch(unavailable(), ok());
    const { logger, lines } = recordingLogger();
    const boom = () => {
      throw new Error('hook bug');
    };
    const reject = async () => {
      throw new RangeError('async hook bug');
    };
    const throwing: Hooks = { onRequest: boom, onResponse: boom, onRetry: boom, onError: boom };
    const rejecting: Hooks = { onRequest: reject, onResponse: reject, onRetry: reject, onError: reject };
    const c = client(fetch, { hooks: throwing, logger });
    expect(await c.webhooks.get('w1', { hooks: rejecting })).toEqual(webhook);
    expect(fetch.calls).toHaveLength(2);
    // Rejections are caught on their own microtasks: let them land before counting.
    await new Promise((resolve) => setImmediate(resolve));
    const failures = lines.filter((l) => l.context?.['hook'] !== undefined).map((l) => `${String(l.context?.['hook'])}:${String(l.context?.['error'])}`);
    // 2 onRequest + 2 onResponse + 1 onRetry, each from both hook objects.
    expect(failures.sort()).toEqual(['onRequest', 'onRequest', 'onResponse', 'onResponse', 'onRetry'].flatMap((h) => [`${h}:Error`, `${h}:RangeError`]).sort());
    // A failed call with failing onError hooks still fails with its own error.
    const missing = scriptedFetch(json(404, { errorCode: 'webhook_not_found', message: 'gone' }));
    await expect(client(missing, { hooks: throwing }).webhooks.get('w1', { hooks: rejecting })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('of the client, a derived client and the call all run, in that order', async () => {
    const fetch = scriptedFetch(ok());
    const order: string[] = [];
    const named = (name: string): Hooks => ({ onRequest: () => void order.push(name) });
    const c = client(fetch, { hooks: named('client') }).withOptions({ hooks: named('derived') });
    await c.webhooks.get('w1', { hooks: named('call') });
    await c.raw.GET(ITEM, { params: { path: { projectId: 'p1', webhookId: 'w1' } } });
    expect(order).toEqual(['client', 'derived', 'call', 'client', 'derived']);
  });

  it('see what raw.use() middleware does not: middleware runs for client.raw calls only', async () => {
    const fetch = scriptedFetch(ok());
    const r = recorder();
    const c = client(fetch, { hooks: r.hooks });
    let middleware = 0;
    c.raw.use({ onRequest: () => void middleware++ });
    await c.webhooks.get('w1');
    expect([middleware, r.of('onRequest').length]).toEqual([0, 1]);
    await c.raw.GET(ITEM, { params: { path: { projectId: 'p1', webhookId: 'w1' } } });
    expect([middleware, r.of('onRequest').length]).toEqual([1, 2]);
  });

  it('an onRequest that never settles is cut off by the attempt timeout', async () => {
    const fetch = scriptedFetch(ok());
    const stuck: Hooks = { onRequest: () => new Promise<void>(() => undefined) };
    await expect(client(fetch, { hooks: stuck, maxRetries: 0 }).webhooks.get('w1', { timeout: 20 })).rejects.toBeInstanceOf(TimeoutError);
    expect(fetch.calls).toHaveLength(0);
  });

  it('are checked: a bad client option is a ConfigurationError, a bad per-call one a ValidationError before any request', async () => {
    const fetch = scriptedFetch(ok());
    expect(() => client(fetch, { hooks: { onRequest: 'nope' } })).toThrow(ConfigurationError);
    expect(() => client(fetch, { hooks: { onrequest: () => undefined } })).toThrow(/unknown hook "onrequest"/);
    // State of a hooks object (e.g. a class instance's fields) is not a hook and is left alone.
    expect(() => client(fetch, { hooks: { count: 0, onResponse: () => undefined } })).not.toThrow();
    const err = await client(fetch)
      .webhooks.get('w1', { hooks: { onResponse: 42 } as unknown as Hooks })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues.map((i) => i.path)).toEqual(['hooks']);
    expect(fetch.calls).toHaveLength(0);
  });

  it('cost nothing when none are set: no observer is started for the call', () => {
    const observing = createObserving({ now: Date.now });
    expect(observing.start('GET', ITEM, `${BASE}/x`, undefined, undefined)).toBeUndefined();
    expect(observing.start('GET', ITEM, `${BASE}/x`, undefined, [{}])).toBeInstanceOf(Promise);
  });
});
