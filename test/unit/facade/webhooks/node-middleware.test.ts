// createWebhookMiddleware on real loopback servers: plain node:http and Express 5, with the body
// parsers users put in front of it.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../../../src/facade/core/errors.js';
import { type WebhookVerificationError, createWebhookMiddleware, type CreateWebhookMiddlewareOptions } from '../../../../src/facade/webhooks/index.js';
import { NOW, OTHER_SECRET, SECRET, bundleDone, signed } from './fixtures.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/sinch`;
}

async function post(url: string, delivery: { body: string; headers: Record<string, string> }, init: RequestInit = {}) {
  const response = await fetch(url, { method: 'POST', body: delivery.body, headers: { 'content-type': 'application/json', ...delivery.headers }, ...init });
  return { status: response.status, body: await response.text(), allow: response.headers.get('allow'), type: response.headers.get('content-type') };
}

const options = (extra: Partial<CreateWebhookMiddlewareOptions> = {}): CreateWebhookMiddlewareOptions => ({ secret: SECRET, on: {}, now: () => NOW, ...extra });

describe('createWebhookMiddleware on node:http', () => {
  it('answers 200 once the callback for the trigger has run, with the parsed event', async () => {
    const onBundle = vi.fn();
    const onError = vi.fn();
    const url = await listen(createServer(createWebhookMiddleware(options({ on: { BUNDLE_DONE: onBundle }, onError }))));
    expect(await post(url, await signed())).toEqual({ status: 200, body: '{"received":true}', allow: null, type: 'application/json' });
    expect(onBundle).toHaveBeenCalledTimes(1);
    expect(onBundle).toHaveBeenCalledWith(bundleDone);
    expect(onError).not.toHaveBeenCalled();
  });

  it('answers 401 to a forged body or another secret, 400 to a signed body that is not an event, without calling back', async () => {
    const onBundle = vi.fn();
    const onError = vi.fn();
    const url = await listen(createServer(createWebhookMiddleware(options({ on: { BUNDLE_DONE: onBundle }, onError }))));
    const good = await signed();
    expect(await post(url, { ...good, body: good.body.replace('DONE', 'FAILED') })).toMatchObject({ status: 401, body: '{"error":"signature_mismatch"}' });
    expect(await post(url, await signed(bundleDone, { secret: OTHER_SECRET }))).toMatchObject({ status: 401, body: '{"error":"signature_mismatch"}' });
    expect(await post(url, { body: good.body, headers: {} })).toMatchObject({ status: 401, body: '{"error":"missing_header"}' });
    expect(await post(url, await signed(['not', 'an', 'event']))).toMatchObject({ status: 400, body: '{"error":"invalid_payload"}' });
    expect(onBundle).not.toHaveBeenCalled();
    expect(onError.mock.calls.map(([e]) => (e as WebhookVerificationError).reason)).toEqual([
      'signature_mismatch',
      'signature_mismatch',
      'missing_header',
      'invalid_payload',
    ]);
  });

  it('answers 405 to anything but POST', async () => {
    const url = await listen(createServer(createWebhookMiddleware(options())));
    const response = await fetch(url);
    expect([response.status, response.headers.get('allow'), await response.text()]).toEqual([405, 'POST', '{"error":"method_not_allowed"}']);
  });

  it('answers 413 to a body over maxBodyBytes and still serves the next delivery', async () => {
    const onBundle = vi.fn();
    const url = await listen(createServer(createWebhookMiddleware(options({ on: { BUNDLE_DONE: onBundle }, maxBodyBytes: 64 }))));
    const big = await signed({ ...bundleDone, padding: 'x'.repeat(100_000) });
    expect(await post(url, big)).toMatchObject({ status: 413, body: '{"error":"payload_too_large"}' });
    const small = await signed({ type: 'BUNDLE_DONE', payload: { id: 'b' } });
    expect(small.body.length).toBeLessThanOrEqual(64);
    expect(await post(url, small)).toMatchObject({ status: 200 });
    expect(onBundle).toHaveBeenCalledTimes(1);
  });

  it('answers 500 when the callback throws (Sinch retries), reporting the error and nothing of it in the body', async () => {
    const onError = vi.fn();
    const url = await listen(createServer(createWebhookMiddleware(options({ on: { BUNDLE_DONE: () => Promise.reject(new Error('db down')) }, onError }))));
    expect(await post(url, await signed())).toMatchObject({ status: 500, body: '{"error":"handler_error"}' });
    expect((onError.mock.calls[0]?.[0] as Error).message).toBe('db down');
  });

  it('rejects bad settings when it is built', () => {
    expect(() => createWebhookMiddleware({ secret: '', on: {} })).toThrow(ConfigurationError);
    expect(() => createWebhookMiddleware(options({ maxBodyBytes: 0 }))).toThrow(ConfigurationError);
  });
});

describe('createWebhookMiddleware on Express', () => {
  /** An app with `before` in front of the webhook route and an error handler that records what reached it. */
  function app(before: express.RequestHandler[], extra: Partial<CreateWebhookMiddlewareOptions> = {}) {
    const seen: unknown[] = [];
    const a = express();
    for (const handler of before) a.use(handler);
    a.post('/webhooks/sinch', createWebhookMiddleware(options(extra)));
    const recordError: ErrorRequestHandler = (error, _req, res, _next) => {
      seen.push(error);
      res.status(500).json({ error: 'server_error' });
    };
    a.use(recordError);
    return { seen, server: createServer(a) };
  }

  it.each([
    ['no body parser', []],
    ['express.raw() in front', [express.raw({ type: 'application/json' })]],
    ['express.json() for another content type', [express.json({ type: 'application/vnd.other+json' })]],
    ['express.json() that keeps the bytes in req.rawBody', [express.json({ verify: (req, _res, buf) => void Object.assign(req, { rawBody: buf }) })]],
  ])('verifies the raw body with %s', async (_name, before) => {
    const onBundle = vi.fn();
    const { server, seen } = app(before, { on: { BUNDLE_DONE: onBundle } });
    const url = await listen(server);
    expect(await post(url, await signed())).toMatchObject({ status: 200, body: '{"received":true}' });
    const good = await signed();
    expect(await post(url, { ...good, body: good.body.replace('DONE', 'FAILED') })).toMatchObject({ status: 401, body: '{"error":"signature_mismatch"}' });
    expect(onBundle).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([]);
  });

  it('passes a ConfigurationError to next when express.json() already parsed the body and dropped the bytes', async () => {
    const onBundle = vi.fn();
    const { server, seen } = app([express.json()], { on: { BUNDLE_DONE: onBundle } });
    const url = await listen(server);
    expect(await post(url, await signed())).toMatchObject({ status: 500, body: '{"error":"server_error"}' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(ConfigurationError);
    expect((seen[0] as ConfigurationError).message).toContain('express.raw');
    expect(onBundle).not.toHaveBeenCalled();
  });

  it('without next (plain node:http behind a parser) answers 500 and reports the setup error', async () => {
    const onError = vi.fn();
    const middleware = createWebhookMiddleware(options({ onError }));
    const url = await listen(createServer((req, res) => void middleware(Object.assign(req, { body: { parsed: true } }), res)));
    expect(await post(url, await signed())).toMatchObject({ status: 500, body: '{"error":"raw_body_unavailable"}' });
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(ConfigurationError);
  });
});
