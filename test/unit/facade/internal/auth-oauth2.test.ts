import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AbortError, AuthenticationError, ConnectionError, ProvisioningError } from '../../../../src/facade/core/errors.js';
import { BasicAuth, BearerAuth } from '../../../../src/facade/internal/auth.js';
import { OAuth2ClientCredentials, refreshMargin } from '../../../../src/facade/internal/auth-oauth2.js';
import { SENTINEL_SECRET } from '../helpers.js';

/** A token endpoint on 127.0.0.1 whose answers the tests script. */
let server: Server;
let authUrl: string;
let received: { method: string; authorization: string; contentType: string; body: string }[] = [];
let answer: (res: ServerResponse, n: number) => void;
let hold: Promise<void> = Promise.resolve();
let onReceived: () => void = () => undefined;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        authorization: req.headers.authorization ?? '',
        contentType: req.headers['content-type'] ?? '',
        body,
      });
      const n = received.length;
      onReceived();
      void hold.then(() => answer(res, n));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  authUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth2/token`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
  hold = Promise.resolve();
  onReceived = () => undefined;
  answer = (res, n) => sendJson(res, 200, { access_token: `token-${n}`, expires_in: 3600, token_type: 'bearer' });
});

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function provider(now?: () => number) {
  return new OAuth2ClientCredentials({ keyId: 'key-id', keySecret: SENTINEL_SECRET, authUrl, fetch: globalThis.fetch, timeout: 5000, ...(now && { now }) });
}

describe('OAuth2ClientCredentials', () => {
  it('posts grant_type=client_credentials with HTTP Basic key credentials', async () => {
    expect(await provider().authorize()).toBe('Bearer token-1');
    expect(received).toEqual([
      {
        method: 'POST',
        authorization: `Basic ${Buffer.from(`key-id:${SENTINEL_SECRET}`).toString('base64')}`,
        contentType: 'application/x-www-form-urlencoded',
        body: 'grant_type=client_credentials',
      },
    ]);
  });

  it('fetches once for ten concurrent callers (single flight)', async () => {
    let release!: () => void;
    hold = new Promise<void>((r) => (release = r));
    const auth = provider();
    const arrived = new Promise<void>((r) => (onReceived = r));
    const pending = Array.from({ length: 10 }, () => auth.authorize());
    await arrived; // the server holds the one request while all ten callers wait
    release();
    const headers = await Promise.all(pending);
    expect(received).toHaveLength(1);
    expect(new Set(headers)).toEqual(new Set(['Bearer token-1']));
  });

  it('caches the token until shortly before it expires', async () => {
    let clock = 1_000_000;
    const auth = provider(() => clock);
    expect(await auth.authorize()).toBe('Bearer token-1');
    clock += 3600_000 - 60_000 - 1; // one ms before the refresh point
    expect(await auth.authorize()).toBe('Bearer token-1');
    expect(received).toHaveLength(1);
    clock += 1;
    expect(await auth.authorize()).toBe('Bearer token-2');
    expect(received).toHaveLength(2);
  });

  it('refreshes short-lived tokens at half-life', () => {
    expect([refreshMargin(3600_000), refreshMargin(60_000), refreshMargin(10_000)]).toEqual([60_000, 30_000, 5_000]);
  });

  it('drops the rejected token on invalidate, so the next call fetches a new one', async () => {
    const auth = provider();
    const first = await auth.authorize();
    expect(auth.invalidate(first)).toBe(true);
    expect(await auth.authorize()).toBe('Bearer token-2');
    // an older rejected token does not drop the fresh one
    expect(auth.invalidate(first)).toBe(true);
    expect(await auth.authorize()).toBe('Bearer token-2');
    expect(received).toHaveLength(2);
  });

  it('throws AuthenticationError with the endpoint status and message on failure', async () => {
    answer = (res) => sendJson(res, 401, { error: 'invalid_client', error_description: 'Client authentication failed' });
    const err = await provider()
      .authorize()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    const e = err as AuthenticationError;
    expect(e.status).toBe(401);
    expect(e.errorCode).toBe('invalid_client');
    expect(e.message).toBe(`OAuth2 token request failed: POST ${authUrl} -> 401 invalid_client: Client authentication failed`);
    expect(`${e.message}${String(e)}${JSON.stringify(e)}`).not.toContain(SENTINEL_SECRET);
  });

  it('reports a 5xx token endpoint with its raw text', async () => {
    answer = (res) => res.writeHead(503).end('upstream down');
    const err = (await provider()
      .authorize()
      .catch((e: unknown) => e)) as AuthenticationError;
    expect(err).toBeInstanceOf(AuthenticationError);
    expect([err.status, err.rawBody]).toEqual([503, 'upstream down']);
  });

  it('rejects a response without access_token', async () => {
    answer = (res) => sendJson(res, 200, { expires_in: 10 });
    const err = (await provider()
      .authorize()
      .catch((e: unknown) => e)) as AuthenticationError;
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err.message).toContain('no access_token in the response');
  });

  it('rejects a non-bearer token type', async () => {
    answer = (res) => sendJson(res, 200, { access_token: 'x', expires_in: 10, token_type: 'mac' });
    await expect(provider().authorize()).rejects.toThrow(/unsupported token_type mac/);
  });

  it('does not cache a failure: the next call asks again', async () => {
    answer = (res, n) => (n === 1 ? sendJson(res, 500, { error: 'oops' }) : sendJson(res, 200, { access_token: 'late', expires_in: 60 }));
    const auth = provider();
    await expect(auth.authorize()).rejects.toBeInstanceOf(AuthenticationError);
    expect(await auth.authorize()).toBe('Bearer late');
  });

  it('throws ConnectionError when the endpoint is unreachable', async () => {
    const auth = new OAuth2ClientCredentials({
      keyId: 'k',
      keySecret: SENTINEL_SECRET,
      authUrl: 'http://127.0.0.1:1/token',
      fetch: globalThis.fetch,
      timeout: 5000,
    });
    const err = await auth.authorize().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(String(err)).not.toContain(SENTINEL_SECRET);
  });

  it('stops one waiting caller on abort without cancelling the shared request', async () => {
    let release!: () => void;
    hold = new Promise<void>((r) => (release = r));
    const auth = provider();
    const controller = new AbortController();
    const aborted = auth.authorize(controller.signal);
    const other = auth.authorize();
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    release();
    expect(await other).toBe('Bearer token-1');
    expect(received).toHaveLength(1);
  });

  it('lists the key secret and current token as secrets to scrub', async () => {
    const auth = provider();
    await auth.authorize();
    expect(auth.secrets()).toContain(SENTINEL_SECRET);
    expect(auth.secrets()).toContain('token-1');
  });
});

describe('BasicAuth and BearerAuth', () => {
  it('BasicAuth sends keyId:keySecret and never asks for a retry', async () => {
    const auth = new BasicAuth('id', 'secret');
    expect(await auth.authorize()).toBe(`Basic ${Buffer.from('id:secret').toString('base64')}`);
    expect(auth.invalidate()).toBe(false);
  });

  it('a static bearer token is sent as is and not retried', async () => {
    const auth = new BearerAuth('static');
    expect(await auth.authorize()).toBe('Bearer static');
    expect(auth.invalidate()).toBe(false);
  });

  it('a token callback is asked before every request and allows one retry', async () => {
    let n = 0;
    const auth = new BearerAuth(async () => `cb-${++n}`);
    expect([await auth.authorize(), await auth.authorize()]).toEqual(['Bearer cb-1', 'Bearer cb-2']);
    expect(auth.invalidate()).toBe(true);
  });

  it('a failing or empty callback throws a ProvisioningError', async () => {
    await expect(new BearerAuth(async () => Promise.reject(new Error('vault down'))).authorize()).rejects.toThrow(ProvisioningError);
    await expect(new BearerAuth(async () => '').authorize()).rejects.toThrow(/non-empty string/);
  });
});
