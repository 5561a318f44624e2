import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  type Provisioning,
  type ProvisioningOptions,
  RateLimitError,
  TimeoutError,
} from '../../../src/index.js';
import { dropBeforeStatus, hang, papi, raw, reply, resetAfterStatus, stallBody } from './fault-server.js';
import { useFaultServer, keyClient } from './setup.js';
import { rejection } from '../../helpers/rejection.js';

/**
 * The API behind a real socket, failing in the ways a network and a server fail. Every test
 * asserts the exact outcome (value or error class and fields), the exact number of requests
 * the server saw (a POST or PATCH the server may have acted on is never sent twice), and that
 * no socket, server or timer is left open afterwards.
 */

const TIMEOUT = 250;
const ITEM = '/v1/projects/{projectId}/webhooks/{webhookId}';
const COLLECTION = '/v1/projects/{projectId}/webhooks';
const hook = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] };
const input = { target: 'https://example.com/cb', secret: 'whsec-0123456789abcdef', triggers: ['ALL' as const] };
/** Retry-After: 0 keeps retried bursts fast without touching the SDK's clock. */
const NOW = { 'retry-after': '0' };

const ctx = useFaultServer();

const client = (options: ProvisioningOptions = {}): Provisioning => keyClient(ctx.server, { auth: 'basic', timeout: TIMEOUT, maxRetries: 2, ...options });

/** Milliseconds between the arrivals of requests i and i+1, measured at the server. */
function gaps(stamps: number[]): number[] {
  return stamps.slice(1).map((t, i) => t - (stamps[i] ?? t));
}

describe('429 Too Many Requests', () => {
  it('GET: two 429s with Retry-After: 0, then the webhook (3 requests)', async () => {
    ctx.server.scriptApi(papi(429, 'too_many_requests', NOW), papi(429, 'too_many_requests', NOW), reply(200, hook));
    expect(await client().webhooks.get('w1')).toEqual(hook);
    expect(ctx.server.api.map((r) => `${r.method} ${r.path}`)).toEqual(Array(3).fill('GET /v1/projects/p1/webhooks/w1'));
  });

  it('POST: a 429 means the server did not act, so the create is retried once (2 requests, same body)', async () => {
    ctx.server.scriptApi(papi(429, 'too_many_requests', NOW), reply(201, hook));
    expect(await client().webhooks.create(input)).toEqual(hook);
    expect(ctx.server.api.map((r) => [r.method, JSON.parse(r.body)])).toEqual([
      ['POST', input],
      ['POST', input],
    ]);
  });

  it('without Retry-After waits the backoff (375-500 ms for the first retry), then gives up with RateLimitError', async () => {
    const stamps: number[] = [];
    const limited = papi(429, 'too_many_requests');
    ctx.server.scriptApi(
      (ctx) => (stamps.push(Date.now()), limited(ctx)),
      (ctx) => (stamps.push(Date.now()), limited(ctx)),
    );
    const waits: number[] = [];
    const logger = {
      debug: () => undefined,
      info: () => undefined,
      error: () => undefined,
      warn: (_m: string, c?: Record<string, unknown>) => void (typeof c?.['delayMs'] === 'number' && waits.push(c['delayMs'])),
    };
    const err = await rejection(client({ maxRetries: 1, logger }).webhooks.get('w1'));
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err).toMatchObject({ status: 429, errorCode: 'too_many_requests', operation: { method: 'GET', path: ITEM } });
    expect(ctx.server.api).toHaveLength(2);
    // The wait the SDK chose is within the backoff's bounds (upper bound too); the server saw at least the lower one.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(375);
    expect(waits[0]).toBeLessThanOrEqual(500);
    expect(gaps(stamps)[0]).toBeGreaterThanOrEqual(370);
  });

  it('honours Retry-After: 1 (the retry arrives 1 to 1.25 s later)', async () => {
    const stamps: number[] = [];
    ctx.server.scriptApi(
      (ctx) => (stamps.push(Date.now()), papi(429, 'too_many_requests', { 'retry-after': '1' })(ctx)),
      (ctx) => (stamps.push(Date.now()), reply(200, hook)(ctx)),
    );
    const waits: number[] = [];
    const logger = {
      debug: () => undefined,
      info: () => undefined,
      error: () => undefined,
      warn: (_m: string, c?: Record<string, unknown>) => void (typeof c?.['delayMs'] === 'number' && waits.push(c['delayMs'])),
    };
    expect(await client({ logger }).webhooks.get('w1')).toEqual(hook);
    expect(ctx.server.api).toHaveLength(2);
    // Retry-After plus up to 25 % of jitter: never shorter than asked, never more than 1.25 s.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
    expect(waits[0]).toBeLessThanOrEqual(1250);
    expect(gaps(stamps)[0]).toBeGreaterThanOrEqual(990);
  });

  it('stops after maxRetries: 1 + 2 requests, then RateLimitError', async () => {
    ctx.server.scriptApi(...Array.from({ length: 3 }, () => papi(429, 'too_many_requests', NOW)));
    const err = await rejection(client().webhooks.delete('w1'));
    expect(err).toBeInstanceOf(RateLimitError);
    expect(ctx.server.api).toHaveLength(3);
    expect(ctx.server.pending).toEqual({ api: 0, token: 0 });
  });
});

describe('5xx bursts', () => {
  it.each([500, 502, 503, 504])('GET: a burst of two %i is retried through to the webhook (3 requests)', async (status) => {
    ctx.server.scriptApi(papi(status, 'internal_error', NOW), papi(status, 'internal_error', NOW), reply(200, hook));
    expect(await client().webhooks.get('w1')).toEqual(hook);
    expect(ctx.server.api).toHaveLength(3);
  });

  it('GET: a mixed burst 500, 502, 503, 504 longer than maxRetries ends in InternalServerError with the last status', async () => {
    ctx.server.scriptApi(papi(500, 'a', NOW), papi(502, 'b', NOW), papi(503, 'c', NOW), papi(504, 'd', NOW));
    const err = await rejection(client({ maxRetries: 3 }).webhooks.get('w1'));
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err).toMatchObject({ status: 504, errorCode: 'd' });
    expect(ctx.server.api).toHaveLength(4);
  });

  it('POST: a 500 may come after the server acted, so the create is not repeated (1 request)', async () => {
    ctx.server.scriptApi(papi(500, 'internal_error', NOW), reply(201, hook));
    const err = await rejection(client().webhooks.create(input));
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err).toMatchObject({ status: 500, errorCode: 'internal_error', operation: { method: 'POST', path: COLLECTION } });
    expect(ctx.server.api).toHaveLength(1);
  });

  it('PATCH: a 500 is not repeated either (1 request)', async () => {
    ctx.server.scriptApi(papi(500, 'internal_error', NOW), reply(200, hook));
    const err = await rejection(client().webhooks.update('w1', { target: 'https://example.com/new' }));
    expect(err).toBeInstanceOf(InternalServerError);
    expect(ctx.server.api.map((r) => r.method)).toEqual(['PATCH']);
  });

  it('POST: a 503 with Retry-After means the server did not act: retried to success (2 requests)', async () => {
    ctx.server.scriptApi(papi(503, 'unavailable', NOW), reply(201, hook));
    expect(await client().webhooks.create(input)).toEqual(hook);
    expect(ctx.server.api.map((r) => r.method)).toEqual(['POST', 'POST']);
  });

  it('PUT is idempotent: a 500 is retried (2 requests)', async () => {
    ctx.server.scriptApi(papi(500, 'internal_error', NOW), reply(200, hook));
    expect(await client().webhooks.replace('w1', input)).toEqual(hook);
    expect(ctx.server.api.map((r) => r.method)).toEqual(['PUT', 'PUT']);
  });
});

describe('connection dropped before the status line', () => {
  it.each(['rst', 'fin'] as const)('GET: a drop (%s) is retried (2 requests)', async (how) => {
    ctx.server.scriptApi(dropBeforeStatus(how), reply(200, hook));
    expect(await client().webhooks.get('w1')).toEqual(hook);
    expect(ctx.server.api).toHaveLength(2);
  });

  it.each(['rst', 'fin'] as const)(
    'POST: the server read the whole request before dropping it (%s), so it may have acted: ConnectionError, 1 request',
    async (how) => {
      ctx.server.scriptApi(dropBeforeStatus(how), reply(201, hook));
      const err = await rejection(client().webhooks.create(input));
      expect(err).toBeInstanceOf(ConnectionError);
      expect(err).not.toBeInstanceOf(TimeoutError);
      expect(err).toMatchObject({
        operation: { method: 'POST', path: COLLECTION },
        message: `POST ${COLLECTION} failed: the connection broke before a response arrived; the server may have received the request`,
      });
      expect(ctx.server.api).toHaveLength(1);
    },
  );

  it('a refused connection never reached a server, so even a POST is retried; then ConnectionError', async () => {
    const closed = ctx.server.url;
    await ctx.server.close();
    const lines: string[] = [];
    const logger = { debug: () => undefined, info: () => undefined, warn: (m: string) => lines.push(m), error: () => undefined };
    const err = await rejection(client({ baseUrl: closed, maxRetries: 1, logger }).webhooks.create(input));
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).message).toBe(`POST ${COLLECTION} failed: no connection could be made; the request was not sent`);
    expect(err).toMatchObject({ requestSent: false });
    expect(lines.filter((l) => l.includes('retry 1/1'))).toHaveLength(1);
    await ctx.restart(); // afterEach closes it
  });
});

describe('connection reset after the status line', () => {
  /** A fetch that tells the server when the response headers have arrived, so the reset comes after them. */
  function gatedFetch() {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const fetch = (async (url: string, init: RequestInit) => {
      const res = await globalThis.fetch(url, init);
      open();
      return res;
    }) as typeof globalThis.fetch;
    return { gate, fetch };
  }

  it('POST: the server answered 200 before the reset, so it acted: ConnectionError, never repeated (1 request)', async () => {
    const { gate, fetch } = gatedFetch();
    ctx.server.scriptApi(resetAfterStatus(gate), reply(201, hook));
    const err = await rejection(client({ fetch }).webhooks.create(input));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err).not.toBeInstanceOf(TimeoutError);
    expect(err).toMatchObject({
      operation: { method: 'POST', path: COLLECTION },
      message: `POST ${COLLECTION} failed: the connection broke while reading the 200 response`,
    });
    expect(ctx.server.api).toHaveLength(1);
  });

  it('PATCH: same, 1 request', async () => {
    const { gate, fetch } = gatedFetch();
    ctx.server.scriptApi(resetAfterStatus(gate), reply(200, hook));
    expect(await rejection(client({ fetch }).webhooks.update('w1', { triggers: ['ALL'] }))).toBeInstanceOf(ConnectionError);
    expect(ctx.server.api).toHaveLength(1);
  });

  it('GET: a truncated body is retried (2 requests) and the complete answer returned', async () => {
    const { gate, fetch } = gatedFetch();
    ctx.server.scriptApi(resetAfterStatus(gate), reply(200, hook));
    expect(await client({ fetch }).webhooks.get('w1')).toEqual(hook);
    expect(ctx.server.api).toHaveLength(2);
  });
});

describe('a server slower than the timeout', () => {
  it('GET: no answer within 250 ms is a TimeoutError after 1 + 1 attempts', async () => {
    ctx.server.scriptApi(hang, hang);
    const err = await rejection(client({ maxRetries: 1 }).webhooks.get('w1'));
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).message).toBe(`GET ${ITEM} timed out after ${TIMEOUT} ms`);
    expect((err as TimeoutError).operation).toEqual({ method: 'GET', path: ITEM });
    expect(ctx.server.api).toHaveLength(2);
  });

  it('POST: a timeout may come after the server acted: TimeoutError, 1 request', async () => {
    ctx.server.scriptApi(hang, reply(201, hook));
    const err = await rejection(client().webhooks.create(input));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(ctx.server.api).toHaveLength(1);
  });

  it('a per-call timeout overrides the client one', async () => {
    ctx.server.scriptApi(hang);
    const err = await rejection(client({ timeout: 60_000 }).webhooks.get('w1', { timeout: 100, maxRetries: 0 }));
    expect((err as TimeoutError).message).toBe(`GET ${ITEM} timed out after 100 ms`);
    expect(ctx.server.api).toHaveLength(1);
  });

  it('headers on time but a body that stalls still times out (the timeout covers the whole response)', async () => {
    ctx.server.scriptApi(stallBody());
    const err = await rejection(client({ maxRetries: 0 }).webhooks.get('w1'));
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).message).toBe(`GET ${ITEM} timed out after ${TIMEOUT} ms`);
    expect(ctx.server.api).toHaveLength(1);
  });

  it('POST with a stalled body: TimeoutError, 1 request', async () => {
    ctx.server.scriptApi(stallBody(201), reply(201, hook));
    expect(await rejection(client().webhooks.create(input))).toBeInstanceOf(TimeoutError);
    expect(ctx.server.api).toHaveLength(1);
  });
});

describe('bodies that are not what they claim', () => {
  it('malformed JSON in a 200 is an ApiError with the raw text, not a SyntaxError; not retried', async () => {
    ctx.server.scriptApi(raw(200, '{"id":"w1","target":', 'application/json'));
    const err = await rejection(client().webhooks.get('w1'));
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 200, rawBody: '{"id":"w1","target":', operation: { method: 'GET', path: ITEM } });
    expect((err as ApiError).message).toBe(`Invalid JSON in the response: GET ${ITEM} -> 200 {"id":"w1","target":`);
    expect(ctx.server.api).toHaveLength(1);
  });

  it('malformed JSON in a 500 keeps the text in rawBody', async () => {
    ctx.server.scriptApi(raw(500, '{"errorCode":', 'application/json'));
    const err = await rejection(client().webhooks.create(input));
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err).toMatchObject({ status: 500, errorCode: undefined, rawBody: '{"errorCode":', body: '{"errorCode":' });
    expect(ctx.server.api).toHaveLength(1);
  });

  it('an HTML error page from a proxy (502) is retried, then an InternalServerError with the page as rawBody', async () => {
    const page = '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
    ctx.server.scriptApi(...Array.from({ length: 3 }, () => raw(502, page, 'text/html', NOW)));
    const err = await rejection(client().webhooks.get('w1'));
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err).toMatchObject({ status: 502, errorCode: undefined, rawBody: page, headers: { 'content-type': 'text/html', 'retry-after': '0' } });
    expect((err as InternalServerError).message).toBe(`GET ${ITEM} -> 502 ${page}`);
    expect(ctx.server.api).toHaveLength(3);
  });

  it('an HTML 404 page is a NotFoundError, not retried', async () => {
    ctx.server.scriptApi(raw(404, '<html><body>Not Found</body></html>', 'text/html'));
    const err = await rejection(client().webhooks.get('w1'));
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).rawBody).toBe('<html><body>Not Found</body></html>');
    expect(ctx.server.api).toHaveLength(1);
  });

  it('an empty 200 body labelled application/json is an ApiError, not undefined', async () => {
    ctx.server.scriptApi(reply(200));
    const err = await rejection(client().webhooks.get('w1'));
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 200, rawBody: '' });
    expect((err as ApiError).message).toBe(`Invalid JSON in the response: GET ${ITEM} -> 200 empty response body`);
    expect(ctx.server.api).toHaveLength(1);
  });

  it('an empty 500 body labelled application/json is an InternalServerError saying so', async () => {
    ctx.server.scriptApi(reply(500));
    const err = await rejection(client().webhooks.create(input));
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err).toMatchObject({ status: 500, body: undefined, rawBody: undefined });
    expect((err as InternalServerError).message).toBe(`POST ${COLLECTION} -> 500 no response body`);
    expect(ctx.server.api).toHaveLength(1);
  });

  it('an empty 204 for delete resolves to undefined', async () => {
    ctx.server.scriptApi(({ res }) => res.writeHead(204).end());
    expect(await client().webhooks.delete('w1')).toBeUndefined();
    expect(ctx.server.api.map((r) => r.method)).toEqual(['DELETE']);
  });
});

describe('a 10 MB body', () => {
  const TEN_MB = 10 * 1024 * 1024;

  it('a 10 MB list page is read whole and parsed (1 request)', async () => {
    const target = `https://example.com/${'x'.repeat(1000)}`;
    const count = 10_500;
    const webhooks = Array.from({ length: count }, (_, i) => ({ ...hook, id: `w${i}`, target }));
    const body = JSON.stringify({ totalSize: count, pageSize: 15, webhooks });
    expect(body.length).toBeGreaterThan(TEN_MB);
    ctx.server.scriptApi(raw(200, body, 'application/json'));
    // A generous timeout: this test is about size, and a 10 MB body on a loaded machine can take longer than 250 ms.
    const page = await client({ timeout: 10_000 }).webhooks.list();
    expect(page.items).toHaveLength(count);
    expect(page.items[count - 1]).toEqual({ ...hook, id: `w${count - 1}`, target });
    expect(ctx.server.api).toHaveLength(1);
  });

  it('a 10 MB HTML error page becomes an error of bounded size', async () => {
    const page = `<html><body>${'<p>stack frame</p>'.repeat(TEN_MB / 18)}</body></html>`;
    ctx.server.scriptApi(raw(500, page, 'text/html'));
    const err = await rejection(client({ timeout: 10_000 }).webhooks.create(input));
    expect(err).toBeInstanceOf(InternalServerError);
    const e = err as InternalServerError;
    expect(e.rawBody).toBe(page.slice(0, 2000));
    expect(e.message).toBe(`POST ${COLLECTION} -> 500 ${page.slice(0, 200)}`);
    expect(JSON.stringify(e).length).toBeLessThan(5000);
    expect(ctx.server.api).toHaveLength(1);
  });
});
