import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  Provisioning,
  type ProvisioningOptions,
  TimeoutError,
  ValidationError,
  type WebhookVerificationError,
  constructWebhookEvent,
  createWebhookHandler,
  signWebhookPayload,
  verifyWebhookSignature,
} from '../../../src/index.js';
import { FaultServer, dropBeforeStatus, hang, resetAfterStatus, tokenReply } from '../faults/fault-server.js';
import {
  KEY_ID,
  SENTINEL_BASIC,
  SENTINEL_SECRET,
  SENTINEL_STATIC_TOKEN,
  SENTINEL_TOKEN,
  SENTINEL_WEBHOOK_SECRET,
  SENTINELS,
  capturingLogger,
  expectNoSentinel,
  renderings,
} from './sentinels.js';
import { rejection } from '../../helpers/rejection.js';

const input = { target: 'https://example.com/cb', secret: SENTINEL_WEBHOOK_SECRET, triggers: ['ALL' as const] };
const AUTH_URL = 'https://auth.test/oauth2/token';

describe('the token endpoint echoes the key credentials', () => {
  /** A token endpoint answering `status` with everything it received, in every field and header. */
  function tokenEcho(status: number, html = false) {
    const seen = { token: 0, api: 0, sentinelsReceived: 0 };
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = input instanceof Request ? input : new Request(input, init);
      if (req.url !== AUTH_URL) {
        seen.api++;
        return Response.json({});
      }
      seen.token++;
      const auth = req.headers.get('authorization') ?? '';
      const b64 = auth.replace(/^Basic /, '');
      const decoded = Buffer.from(b64, 'base64').toString('utf8');
      if (b64 === SENTINEL_BASIC && decoded.includes(SENTINEL_SECRET)) seen.sentinelsReceived++;
      const everything = `${auth} ${b64} ${decoded} ${await req.text()}`;
      const headers = { 'x-echo': auth, 'x-request-id': b64, 'www-authenticate': `Basic realm="${decoded}"`, 'retry-after': '0' };
      if (html) return new Response(`<html><body>${everything}</body></html>`, { status, headers: { ...headers, 'content-type': 'text/html' } });
      return Response.json(
        { error: b64, error_description: `client ${everything} rejected`, client_secret: decoded, credentials: { basic: b64, list: [decoded] } },
        { status, headers },
      );
    }) as typeof globalThis.fetch;
    return { fetch, seen };
  }

  it.each([
    [400, false],
    [401, false],
    [403, true],
    [429, false],
    [500, false],
    [503, true],
  ])('%i (html: %s): AuthenticationError without the key secret or its Base64 form', async (status, html) => {
    const { fetch, seen } = tokenEcho(status, html);
    const { logger, renderings: logged } = capturingLogger();
    const client = new Provisioning({
      projectId: 'p1',
      keyId: KEY_ID,
      keySecret: SENTINEL_SECRET,
      authUrl: AUTH_URL,
      baseUrl: 'https://api.test',
      fetch,
      logger,
      maxRetries: 1,
    });
    const err = await rejection(client.webhooks.create(input));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError).status).toBe(status);
    expect(seen.api).toBe(0);
    expect(seen.sentinelsReceived).toBe(seen.token);
    expect(seen.token).toBe(status === 429 || status >= 500 ? 2 : 1);
    expect(JSON.stringify(err)).toContain('[REDACTED]');
    expectNoSentinel(`token ${status}`, { ...renderings(err), ...logged() });
  });

  it('a token of an unsupported type is refused without quoting it', async () => {
    const fetch = (async () => Response.json({ access_token: SENTINEL_TOKEN, token_type: 'mac', expires_in: 60 })) as typeof globalThis.fetch;
    const client = new Provisioning({ projectId: 'p1', keyId: KEY_ID, keySecret: SENTINEL_SECRET, authUrl: AUTH_URL, fetch });
    const err = await rejection(client.webhooks.get('w1'));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as Error).message).toBe(`OAuth2 token request failed: POST ${AUTH_URL} -> 200 invalid_token_response: unsupported token_type mac`);
    expectNoSentinel('token_type', renderings(err));
  });
});

describe('network failures on real sockets', () => {
  let server: FaultServer;
  beforeEach(async () => {
    server = await FaultServer.start();
  });
  afterEach(() => server.close());

  const modes = (): Record<string, ProvisioningOptions> => ({
    oauth2: { keyId: KEY_ID, keySecret: SENTINEL_SECRET, authUrl: server.authUrl },
    basic: { keyId: KEY_ID, keySecret: SENTINEL_SECRET, auth: 'basic' },
    bearer: { accessToken: SENTINEL_STATIC_TOKEN },
  });

  it.each(['oauth2', 'basic', 'bearer'])('%s: reset, truncated body, timeout, slow token endpoint: no credential in errors or logs', async (mode) => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await globalThis.fetch(input, init);
      if (String(input instanceof Request ? input.url : input).startsWith(`${server.url}/v1`)) open();
      return res;
    }) as typeof globalThis.fetch;
    const { logger, renderings: logged } = capturingLogger();
    const auth = modes()[mode] ?? {};
    const client = new Provisioning({ projectId: 'p1', baseUrl: server.url, timeout: 200, maxRetries: 0, fetch, logger, ...auth });
    server.scriptToken(tokenReply(SENTINEL_TOKEN));
    server.scriptApi(dropBeforeStatus('rst'), resetAfterStatus(gate), hang);
    const errors = [
      await rejection(client.webhooks.create(input)),
      await rejection(client.webhooks.update('w1', { secret: SENTINEL_WEBHOOK_SECRET })),
      await rejection(client.webhooks.replace('w1', input)),
    ];
    expect(errors.map((e) => (e as Error).constructor)).toEqual([ConnectionError, ConnectionError, TimeoutError]);
    expect(server.api).toHaveLength(3);
    expect(server.api.every((r) => SENTINELS.some((s) => `${r.headers.authorization} ${r.body}`.includes(s)))).toBe(true);
    errors.forEach((e, i) => expectNoSentinel(`${mode} error ${i}`, renderings(e)));
    expectNoSentinel(`${mode} logs`, logged());
    if (mode === 'oauth2') {
      const slow = new Provisioning({ projectId: 'p1', baseUrl: server.url, timeout: 150, maxRetries: 0, logger, ...auth });
      server.scriptToken(hang);
      const err = await rejection(slow.webhooks.get('w1'));
      expect(err).toBeInstanceOf(TimeoutError);
      expectNoSentinel('slow token endpoint', { ...renderings(err), ...logged() });
      expectNoSentinel('client', { inspect: inspect(client, { depth: 20, showHidden: true }) });
    }
  });
});

describe('errors raised before any request', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('ValidationError never quotes the webhook secret', async () => {
    const client = new Provisioning({
      projectId: 'p1',
      keyId: KEY_ID,
      keySecret: SENTINEL_SECRET,
      fetch: () => Promise.reject(new Error('no request expected')),
    });
    const cases: (() => Promise<unknown>)[] = [
      () => client.webhooks.create({ ...input, secret: `${SENTINEL_WEBHOOK_SECRET}${'x'.repeat(200)}` }),
      () => client.webhooks.create({ ...input, target: `not a url ${SENTINEL_WEBHOOK_SECRET}` }),
      () => client.webhooks.update('w1', { secret: `${SENTINEL_WEBHOOK_SECRET}${'y'.repeat(120)}`, triggers: ['ALL', 'BUNDLE_DONE'] }),
      () => client.webhooks.replace(`   `, { ...input, secret: '' }),
    ];
    for (const [i, run] of cases.entries()) {
      const err = await rejection(run());
      expect(err, `case ${i}`).toBeInstanceOf(ValidationError);
      expectNoSentinel(`validation ${i}`, renderings(err));
    }
  });

  it('ConfigurationError never quotes a credential, even one inside a URL', () => {
    vi.stubEnv('SINCH_KEY_ID', '');
    vi.stubEnv('SINCH_PROJECT_ID', '');
    const cases: ProvisioningOptions[] = [
      { projectId: 'p', keyId: KEY_ID, keySecret: SENTINEL_SECRET, baseUrl: `ftp://user:${SENTINEL_SECRET}@host` },
      { projectId: 'p', keyId: KEY_ID, keySecret: SENTINEL_SECRET, authUrl: `not a url ${SENTINEL_SECRET}` },
      { projectId: 'p', keySecret: SENTINEL_SECRET },
      { keyId: KEY_ID, keySecret: SENTINEL_SECRET },
      { projectId: 'p', accessToken: SENTINEL_STATIC_TOKEN, auth: 'basic' },
      { projectId: 'p', accessToken: SENTINEL_STATIC_TOKEN, timeout: -1 },
      { projectId: 'p', keyId: KEY_ID, keySecret: SENTINEL_SECRET, logger: { debug: SENTINEL_SECRET } as never },
      { projectId: 'p', keyId: KEY_ID, keySecret: SENTINEL_SECRET, defaultHeaders: { authorization: 1 } as never },
    ];
    for (const [i, options] of cases.entries()) {
      let err: unknown;
      try {
        new Provisioning(options);
      } catch (e) {
        err = e;
      }
      expect(err, `case ${i}`).toBeInstanceOf(ConfigurationError);
      expectNoSentinel(`configuration ${i}`, renderings(err));
    }
  });

  it('webhook verification, signing and the handler never reveal the webhook secret', async () => {
    const secret = SENTINEL_WEBHOOK_SECRET;
    const now = new Date('2025-02-14T10:54:15Z');
    const timestamp = Math.floor(now.getTime() / 1000);
    const { body, headers } = await signWebhookPayload({ payload: { type: 'BUNDLE_DONE', payload: {} }, secret, timestamp });
    const broken = await signWebhookPayload({ payload: `not json ${secret}`, secret, timestamp });
    const errors = await Promise.all([
      rejection(verifyWebhookSignature({ rawBody: `${body} `, headers, secret, now })),
      rejection(verifyWebhookSignature({ rawBody: body, headers, secret: [`${secret}-old`, `${secret}-new`], now })),
      rejection(verifyWebhookSignature({ rawBody: body, headers: { ...headers, 'x-sinch-webhook-signature-timestamp': '1' }, secret, now })),
      rejection(verifyWebhookSignature({ rawBody: body, headers: {}, secret, now })),
      rejection(verifyWebhookSignature({ rawBody: body, headers: { ...headers, 'x-sinch-webhook-signature-algorithm': secret }, secret, now })),
      rejection(verifyWebhookSignature({ rawBody: body, headers, secret, tolerance: -1, now })),
      rejection(constructWebhookEvent({ rawBody: broken.body, headers: broken.headers, secret, now })),
      rejection(signWebhookPayload({ payload: {}, secret, timestamp: Date.now() })),
    ]);
    expect(errors.map((e) => (e as WebhookVerificationError).reason ?? (e as Error).name)).toEqual([
      'signature_mismatch',
      'signature_mismatch',
      'timestamp_out_of_tolerance',
      'missing_header',
      'unsupported_algorithm',
      'ConfigurationError',
      'invalid_payload',
      'ConfigurationError',
    ]);
    errors.forEach((e, i) => expectNoSentinel(`webhook ${i}`, renderings(e)));

    const reported: unknown[] = [];
    const handler = createWebhookHandler({
      secret,
      now: () => now,
      on: { BUNDLE_DONE: () => Promise.reject(new Error('handler failed')) },
      onError: (e) => reported.push(e),
    });
    const responses = await Promise.all([
      handler(new Request('https://me.test/hook', { method: 'POST', body: `${body} `, headers })),
      handler(new Request('https://me.test/hook', { method: 'POST', body: broken.body, headers: broken.headers })),
      handler(new Request('https://me.test/hook', { method: 'POST', body, headers })),
    ]);
    expect(responses.map((r) => r.status)).toEqual([401, 400, 500]);
    const texts = await Promise.all(responses.map((r) => r.text()));
    expectNoSentinel('handler responses', { body: texts.join('\n'), headers: inspect(responses.map((r) => [...r.headers])) });
    expect(reported).toHaveLength(3);
    reported.slice(0, 2).forEach((e, i) => expectNoSentinel(`handler onError ${i}`, renderings(e)));
  });
});
