import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbortError, AuthenticationError, ConnectionError, TimeoutError } from '../../../../src/facade/core/errors.js';
import { type AuthProvider, BasicAuth, BearerAuth } from '../../../../src/facade/internal/auth.js';
import { OAuth2ClientCredentials } from '../../../../src/facade/internal/auth-oauth2.js';
import { type TransportConfig, createTransport } from '../../../../src/facade/internal/transport.js';
import { SENTINEL_SECRET, SENTINEL_TOKEN, SENTINEL_WEBHOOK_SECRET, json, papiError, recordingLogger, recordingSleep, scriptedFetch } from '../helpers.js';

const URL_ = 'https://provisioning.test/v1/projects/p1/webhooks';
const PATH = '/v1/projects/{projectId}/webhooks';

function setup(fetch: typeof globalThis.fetch, overrides: Partial<TransportConfig> = {}) {
  const { sleep, delays } = recordingSleep();
  const transport = createTransport({
    fetch,
    auth: new BearerAuth(SENTINEL_TOKEN),
    timeout: 10_000,
    maxRetries: 2,
    sleep,
    random: () => 0,
    now: () => Date.parse('2025-01-01T00:00:00Z'),
    ...overrides,
  });
  return { transport, delays };
}

function request(method: string, body?: unknown, signal?: AbortSignal): Request {
  return new Request(URL_, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
    ...(signal && { signal }),
  });
}

describe('transport: retries', () => {
  it('retries a GET on 503 and returns the later success', async () => {
    const fetch = scriptedFetch(papiError(503, 'unavailable', 'Try later'), json(200, { ok: 1 }));
    const { transport, delays } = setup(fetch);
    const res = await transport(request('GET'), { path: PATH });
    expect(res.status).toBe(200);
    expect(fetch.calls).toHaveLength(2);
    expect(delays).toEqual([500]);
  });

  it('never retries a POST on 500', async () => {
    const fetch = scriptedFetch(papiError(500, 'internal_error', 'Oops'), json(201, {}));
    const { transport, delays } = setup(fetch);
    const res = await transport(request('POST', { a: 1 }));
    expect(res.status).toBe(500);
    expect(fetch.calls).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('retries a GET on 500 (idempotent)', async () => {
    const fetch = scriptedFetch(papiError(500, 'internal_error', 'Oops'), json(200, {}));
    const { transport } = setup(fetch);
    expect((await transport(request('GET'))).status).toBe(200);
    expect(fetch.calls).toHaveLength(2);
  });

  it('retries a POST on 429 and on 503 with Retry-After, with a fresh copy of the body each time', async () => {
    const fetch = scriptedFetch(papiError(429, 'rate', 'slow down'), json(503, {}, { 'retry-after': '1' }), json(201, { id: 'w1' }));
    const { transport, delays } = setup(fetch);
    const res = await transport(request('POST', { target: 'https://x', n: 1 }));
    expect(res.status).toBe(201);
    expect(fetch.calls.map((c) => c.body)).toEqual(Array(3).fill('{"target":"https://x","n":1}'));
    expect(delays).toEqual([500, 1000]);
  });

  it('never retries a POST on 502, 504, or 503 without Retry-After (the backend may have acted)', async () => {
    for (const status of [502, 503, 504]) {
      const fetch = scriptedFetch(papiError(status, 'e', 'm'), json(201, {}));
      const { transport, delays } = setup(fetch);
      expect((await transport(request('POST', { a: 1 }))).status).toBe(status);
      expect(fetch.calls).toHaveLength(1);
      expect(delays).toEqual([]);
    }
  });

  it('stops after maxRetries and returns the last response', async () => {
    const fetch = scriptedFetch(papiError(503, 'u', 'down'));
    const { transport, delays } = setup(fetch, { maxRetries: 3 });
    expect((await transport(request('GET'))).status).toBe(503);
    expect(fetch.calls).toHaveLength(4);
    expect(delays).toEqual([500, 1000, 2000]);
  });

  it('honours per-call maxRetries, including 0', async () => {
    const fetch = scriptedFetch(papiError(503, 'u', 'down'));
    const { transport } = setup(fetch);
    await transport(request('GET'), { maxRetries: 0 });
    expect(fetch.calls).toHaveLength(1);
  });

  it('honours Retry-After in seconds, as an HTTP date, and caps it at 60 s', async () => {
    const fetch = scriptedFetch(
      json(429, {}, { 'retry-after': '2' }),
      json(503, {}, { 'retry-after': 'Wed, 01 Jan 2025 00:00:09 GMT' }),
      json(429, {}, { 'retry-after': '3600' }),
      json(200, {}),
    );
    const { transport, delays } = setup(fetch, { maxRetries: 3 });
    expect((await transport(request('GET'))).status).toBe(200);
    expect(fetch.calls).toHaveLength(4);
    expect(delays).toEqual([2000, 9000, 60_000]);
  });

  it('does not retry 4xx other than 408 and 429', async () => {
    for (const status of [400, 403, 404, 409, 422, 424]) {
      const fetch = scriptedFetch(papiError(status, 'e', 'm'), json(200, {}));
      const { transport } = setup(fetch);
      expect((await transport(request('GET'))).status).toBe(status);
      expect(fetch.calls).toHaveLength(1);
    }
  });

  it('retries a POST only after a failure that proves nothing was sent (ECONNREFUSED)', async () => {
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const fetch = scriptedFetch(refused, json(201, {}));
    const { transport } = setup(fetch);
    expect((await transport(request('POST', { a: 1 }))).status).toBe(201);
    expect(fetch.calls).toHaveLength(2);
  });

  it('never retries a POST after an error that proves nothing (no code): ConnectionError, 1 request', async () => {
    const fetch = scriptedFetch(new TypeError('fetch failed'), json(201, {}));
    const { transport, delays } = setup(fetch);
    const err = await transport(request('POST', { a: 1 }), { path: PATH }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err).toMatchObject({ requestSent: true });
    expect((err as ConnectionError).message).toBe(
      `POST ${PATH} failed: the request failed before a response arrived; the server may have received the request`,
    );
    expect(fetch.calls).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('throws ConnectionError with the operation once retries run out', async () => {
    const fetch = scriptedFetch(new TypeError('fetch failed'));
    const { transport } = setup(fetch);
    const err = await transport(request('GET'), { path: PATH }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).operation).toEqual({ method: 'GET', path: PATH });
    expect(fetch.calls).toHaveLength(3);
  });
});

describe('transport: auth', () => {
  it('sets the Authorization header and a user agent', async () => {
    const fetch = scriptedFetch(json(200, {}));
    const { transport } = setup(fetch, { auth: new BasicAuth('id', 'sec') });
    await transport(request('GET'));
    expect(fetch.calls[0]?.headers.get('authorization')).toBe(`Basic ${Buffer.from('id:sec').toString('base64')}`);
    expect(fetch.calls[0]?.headers.get('user-agent')).toMatch(/^sinch-provisioning/);
  });

  function oauth(apiReplies: Response[], tokenReplies: Response[]) {
    const apiCalls: string[] = [];
    const tokenCalls: number[] = [];
    let api = 0;
    let tok = 0;
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = input instanceof Request ? input : new Request(input, init);
      if (req.url.startsWith('https://auth.test')) {
        tokenCalls.push(++tok);
        return (tokenReplies[Math.min(tok - 1, tokenReplies.length - 1)] as Response).clone();
      }
      apiCalls.push(req.headers.get('authorization') ?? '(none)');
      return (apiReplies[Math.min(api++, apiReplies.length - 1)] as Response).clone();
    }) as typeof globalThis.fetch;
    const auth = new OAuth2ClientCredentials({ keyId: 'k', keySecret: SENTINEL_SECRET, authUrl: 'https://auth.test/oauth2/token', fetch, timeout: 1000 });
    return { fetch, auth, apiCalls, tokenCalls };
  }
  const token = (n: number) => json(200, { access_token: `tok-${n}`, expires_in: 3600, token_type: 'bearer' });

  it('ten concurrent API calls cause exactly one token request', async () => {
    const { fetch, auth, apiCalls, tokenCalls } = oauth([json(200, {})], [token(1)]);
    const { transport } = setup(fetch, { auth });
    await Promise.all(Array.from({ length: 10 }, () => transport(request('GET'))));
    expect(tokenCalls).toEqual([1]);
    expect(apiCalls).toEqual(Array(10).fill('Bearer tok-1'));
  });

  it('on 401 drops the token, fetches a new one and retries once', async () => {
    const { fetch, auth, apiCalls, tokenCalls } = oauth([papiError(401, 'unauthorized_error', 'Unauthorized'), json(200, { ok: true })], [token(1), token(2)]);
    const { transport, delays } = setup(fetch, { auth });
    const res = await transport(request('POST', { a: 1 }));
    expect(res.status).toBe(200);
    expect(apiCalls).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    expect(tokenCalls).toEqual([1, 2]);
    expect(delays).toEqual([]);
  });

  it('retries a 401 only once', async () => {
    const { fetch, auth, apiCalls, tokenCalls } = oauth([papiError(401, 'unauthorized_error', 'Unauthorized')], [token(1), token(2), token(3)]);
    const { transport } = setup(fetch, { auth });
    expect((await transport(request('GET'))).status).toBe(401);
    expect(apiCalls).toHaveLength(2);
    expect(tokenCalls).toEqual([1, 2]);
  });

  it('does not retry a 401 with fixed credentials', async () => {
    const fetch = scriptedFetch(papiError(401, 'unauthorized_error', 'Unauthorized'), json(200, {}));
    const { transport } = setup(fetch, { auth: new BasicAuth('id', 'sec') });
    expect((await transport(request('GET'))).status).toBe(401);
    expect(fetch.calls).toHaveLength(1);
  });

  it('a failing token endpoint throws AuthenticationError and sends no API request', async () => {
    const { fetch, auth, apiCalls, tokenCalls } = oauth([json(200, {})], [json(401, { error: 'invalid_client', error_description: 'bad key' })]);
    const { transport } = setup(fetch, { auth });
    const err = await transport(request('POST', { a: 1 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError).status).toBe(401);
    expect((err as AuthenticationError).message).toContain('invalid_client: bad key');
    expect(apiCalls).toEqual([]);
    expect(tokenCalls).toEqual([1]);
  });

  it('an unreachable token endpoint is retried, then fails with no API request', async () => {
    const failing: AuthProvider = {
      authorize: async () => Promise.reject(new ConnectionError('token endpoint down')),
      invalidate: () => false,
      secrets: () => [],
    };
    const fetch = scriptedFetch(json(200, {}));
    const { transport, delays } = setup(fetch, { auth: failing });
    await expect(transport(request('POST', {}))).rejects.toThrow('token endpoint down');
    expect(fetch.calls).toHaveLength(0);
    expect(delays).toEqual([500, 1000]);
  });
});

describe('transport: timeouts and cancellation', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A fetch that never answers until its signal aborts. */
  function hangingFetch(calls: { n: number; started?: () => void }): typeof globalThis.fetch {
    return ((_url: string, init: RequestInit) =>
      new Promise<Response>((_, reject) => {
        calls.n++;
        calls.started?.();
        const signal = init.signal as AbortSignal;
        if (signal.aborted) reject(new DOMException('aborted', 'AbortError'));
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof globalThis.fetch;
  }

  it('throws TimeoutError after the per-call timeout; POST is not retried', async () => {
    vi.useFakeTimers();
    const calls = { n: 0 };
    const { transport } = setup(hangingFetch(calls), { timeout: 60_000 });
    const result = transport(request('POST', { a: 1 }), { timeout: 1000, path: PATH }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    const err = await result;
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).message).toBe(`POST ${PATH} timed out after 1000 ms`);
    expect(calls.n).toBe(1);
  });

  it('retries a timed-out GET with real backoff under fake timers', async () => {
    vi.useFakeTimers();
    const calls = { n: 0 };
    const transport = createTransport({ fetch: hangingFetch(calls), auth: new BasicAuth('a', 'b'), timeout: 1000, maxRetries: 2, random: () => 0 });
    const result = transport(request('GET')).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000); // attempt 1 times out
    expect(calls.n).toBe(1);
    await vi.advanceTimersByTimeAsync(500); // backoff 0.5 s
    expect(calls.n).toBe(2);
    await vi.advanceTimersByTimeAsync(1000 + 1000 + 1000); // attempt 2, backoff 1 s, attempt 3
    expect(await result).toBeInstanceOf(TimeoutError);
    expect(calls.n).toBe(3);
  });

  it('throws AbortError when the caller aborts a request in flight', async () => {
    let started!: () => void;
    const inFlight = new Promise<void>((r) => (started = r));
    const calls = { n: 0, started };
    const { transport } = setup(hangingFetch(calls));
    const controller = new AbortController();
    const result = transport(request('GET', undefined, controller.signal)).catch((e: unknown) => e);
    await inFlight;
    controller.abort();
    expect(await result).toBeInstanceOf(AbortError);
    expect(calls.n).toBe(1);
  });

  it('removes its abort listener once each attempt is answered', async () => {
    const fetch = scriptedFetch(papiError(503, 'u', 'down'), json(200, {}));
    const { transport } = setup(fetch);
    const req = request('GET', undefined, new AbortController().signal);
    const add = vi.spyOn(req.signal, 'addEventListener');
    const remove = vi.spyOn(req.signal, 'removeEventListener');
    await transport(req);
    const ours = (calls: unknown[][]) => calls.filter(([type]) => type === 'abort').length;
    expect(ours(add.mock.calls)).toBe(ours(remove.mock.calls));
    expect(ours(add.mock.calls)).toBeGreaterThanOrEqual(2);
  });

  it('throws AbortError without sending when the signal is already aborted', async () => {
    const fetch = scriptedFetch(json(200, {}));
    const { transport } = setup(fetch);
    const err = await transport(request('GET', undefined, AbortSignal.abort())).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(fetch.calls).toHaveLength(0);
  });

  it('an abort during the retry wait stops the retries', async () => {
    vi.useFakeTimers();
    const fetch = scriptedFetch(papiError(503, 'u', 'down'));
    const transport = createTransport({ fetch, auth: new BasicAuth('a', 'b'), timeout: 1000, maxRetries: 2, random: () => 0 });
    const controller = new AbortController();
    const result = transport(request('GET', undefined, controller.signal)).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await result).toBeInstanceOf(AbortError);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('transport: logging', () => {
  it('logs one line per request, response and retry with method, template, status, attempt and duration', async () => {
    const { logger, lines } = recordingLogger();
    let t = 0;
    const fetch = scriptedFetch(papiError(429, 'u', 'down'), json(201, { id: 'w' }));
    const { transport } = setup(fetch, { logger, now: () => (t += 5) });
    await transport(request('POST', { target: 'https://x', secret: SENTINEL_WEBHOOK_SECRET }), { path: PATH });
    expect(lines.map((l) => [l.level, l.message])).toEqual([
      ['debug', `sinch-provisioning POST ${PATH} attempt 1`],
      ['warn', `sinch-provisioning POST ${PATH} -> 429 in 5 ms (attempt 1)`],
      ['warn', `sinch-provisioning POST ${PATH} retry 1/2 in 500 ms after 429`],
      ['debug', `sinch-provisioning POST ${PATH} attempt 2`],
      ['info', `sinch-provisioning POST ${PATH} -> 201 in 5 ms (attempt 2)`],
    ]);
    expect(lines[1]?.context).toMatchObject({ method: 'POST', path: PATH, attempt: 1, status: 429, durationMs: 5 });
    expect(lines[0]?.context?.['body']).toEqual({ target: 'https://x', secret: '[REDACTED]' });
    expect((lines[0]?.context?.['headers'] as Record<string, string>)['authorization']).toBe('[REDACTED]');
  });

  it('never logs credentials, tokens or webhook secrets, even when the server echoes them', async () => {
    const { logger, text } = recordingLogger();
    const echo = (rec: { body: string }) =>
      json(400, { errorCode: 'invalid_input', message: rec.body, resolution: SENTINEL_TOKEN }, { 'x-echo': SENTINEL_WEBHOOK_SECRET });
    const fetch = scriptedFetch(echo);
    const { transport } = setup(fetch, { logger, auth: new BearerAuth(SENTINEL_TOKEN) });
    await transport(request('PUT', { secret: SENTINEL_WEBHOOK_SECRET, nested: { keySecret: SENTINEL_SECRET } }));
    const all = text();
    expect(all.length).toBeGreaterThan(100);
    expect(all).not.toContain(SENTINEL_TOKEN);
    expect(all).not.toContain(SENTINEL_WEBHOOK_SECRET);
    expect(all).not.toContain(SENTINEL_SECRET);
  });

  it('survives a throwing logger', async () => {
    const bad = {
      debug: () => {
        throw new Error('x');
      },
      info: () => {
        throw new Error('x');
      },
      warn: () => undefined,
      error: () => undefined,
    };
    const { transport } = setup(scriptedFetch(json(200, {})), { logger: bad });
    expect((await transport(request('GET'))).status).toBe(200);
  });
});
