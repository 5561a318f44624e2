import { describe, expect, it } from 'vitest';
import { ApiError, Provisioning, type ProvisioningOptions, ProvisioningError, unwrap } from '../../../src/index.js';
import {
  KEY_ID,
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

/**
 * A server that echoes every credential it receives back into its error responses: the
 * Authorization header (and the bare credential), the request body with the webhook secret,
 * in the JSON fields, nested additionalInformation, headers (including x-request-id), HTML
 * and long text. For every auth mode, status and operation, no sentinel may appear in the
 * error (message, String, toString, JSON, inspect, stack) or in any log line.
 */

const AUTH_URL = 'https://auth.test/oauth2/token';
const BASE = 'https://api.test';
const input = { target: 'https://example.com/cb', secret: SENTINEL_WEBHOOK_SECRET, triggers: ['ALL' as const] };

type Shape = 'json' | 'html' | 'long text' | 'malformed json';

function echoServer(status: number, shape: Shape) {
  const seen = { api: 0, token: 0, sentinelsReceived: 0 };
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    if (req.url === AUTH_URL) {
      seen.token++;
      return Response.json({ access_token: SENTINEL_TOKEN, token_type: 'bearer', expires_in: 3600 });
    }
    seen.api++;
    const auth = req.headers.get('authorization') ?? '';
    const credential = auth.replace(/^(Basic|Bearer) /, '');
    const body = await req.text();
    const everything = `${auth} | ${credential} | ${body}`;
    if (SENTINELS.some((s) => everything.includes(s))) seen.sentinelsReceived++;
    const headers = {
      'x-echo': auth,
      'x-request-id': credential,
      'www-authenticate': `Bearer error="invalid_token", token="${credential}"`,
      'set-cookie': `session=${credential}`,
      'retry-after': '0',
    };
    let parsed: unknown = body;
    try {
      parsed = JSON.parse(body);
    } catch {
      // keep the text
    }
    switch (shape) {
      case 'json':
        return Response.json(
          {
            errorCode: credential,
            message: `rejected ${everything}`,
            resolution: `do not send ${credential}`,
            additionalInformation: { request: parsed, authorization: auth, credential, list: [credential, { deep: [everything] }] },
            access_token: credential,
            echo: body,
          },
          { status, headers },
        );
      case 'html':
        return new Response(`<html><body><h1>${status}</h1><pre>${everything}</pre></body></html>`, {
          status,
          headers: { ...headers, 'content-type': 'text/html' },
        });
      case 'long text':
        // The credential straddles the 2 000-character cut of rawBody.
        return new Response(`${'x'.repeat(1985)}${everything}`, { status, headers: { ...headers, 'content-type': 'text/plain' } });
      case 'malformed json':
        return new Response(`{"echo": "${everything}`, { status, headers: { ...headers, 'content-type': 'application/json' } });
    }
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const AUTH_MODES: Record<string, ProvisioningOptions> = {
  'OAuth2 (token from the token endpoint)': { keyId: KEY_ID, keySecret: SENTINEL_SECRET, authUrl: AUTH_URL },
  'HTTP Basic': { keyId: KEY_ID, keySecret: SENTINEL_SECRET, auth: 'basic' },
  'static bearer token': { accessToken: SENTINEL_STATIC_TOKEN },
  'bearer token callback': { accessToken: async () => SENTINEL_STATIC_TOKEN },
};

const OPERATIONS: Record<string, (c: Provisioning) => Promise<unknown>> = {
  create: (c) => c.webhooks.create(input),
  replace: (c) => c.webhooks.replace('w1', input),
  update: (c) => c.webhooks.update('w1', { secret: SENTINEL_WEBHOOK_SECRET }),
  get: (c) => c.webhooks.get('w1'),
  list: async (c) => c.webhooks.list({ pageSize: 15 }),
  delete: (c) => c.webhooks.delete('w1'),
  'raw POST + unwrap': async (c) => unwrap(await c.raw.POST('/v1/projects/{projectId}/webhooks', { params: { path: { projectId: 'p1' } }, body: input })),
};

const CASES: [number, Shape][] = [
  ...[400, 401, 403, 404, 409, 422, 424, 429, 500, 502, 503].flatMap((s) =>
    (['json', 'html', 'long text'] as const).map((shape): [number, Shape] => [s, shape]),
  ),
  [200, 'malformed json'],
  [201, 'malformed json'],
];

describe.each(Object.entries(AUTH_MODES))('%s', (_, auth) => {
  it.each(CASES)('%i with a %s echo: no credential in any error rendering or log line', async (status, shape) => {
    for (const [name, call] of Object.entries(OPERATIONS)) {
      // client.raw parses 2xx bodies the openapi-fetch way (a SyntaxError); see the test below.
      if (shape === 'malformed json' && name.startsWith('raw')) continue;
      const { fetch, seen } = echoServer(status, shape);
      const { logger, renderings: logged, lines } = capturingLogger();
      const client = new Provisioning({ projectId: 'p1', baseUrl: BASE, maxRetries: 1, fetch, logger, ...auth });
      const err = await rejection(call(client));
      const label = `${name} -> ${status} ${shape}`;
      expect(err, label).toBeInstanceOf(ApiError);
      expect(err, label).toBeInstanceOf(ProvisioningError);
      // The echo really carried credentials, and something was redacted.
      expect(seen.sentinelsReceived, label).toBe(seen.api);
      expect(seen.api, label).toBeGreaterThanOrEqual(1);
      expect(lines.length, label).toBeGreaterThanOrEqual(2);
      const shown = renderings(err);
      if (shape !== 'long text') expect(shown['JSON.stringify'], label).toContain('[REDACTED]');
      expectNoSentinel(label, { ...shown, ...logged() });
      // Not even a fragment: every sentinel but the Basic one starts with this marker.
      expect(
        Object.values({ ...shown, ...logged() }).some((t) => t.includes('S3NT1NEL')),
        label,
      ).toBe(false);
    }
  });
});

describe('client.raw with a malformed 2xx body', () => {
  it.each(Object.entries(AUTH_MODES))('%s: openapi-fetch throws its SyntaxError, which quotes no credential', async (_, auth) => {
    const { fetch, seen } = echoServer(200, 'malformed json');
    const { logger, renderings: logged } = capturingLogger();
    const client = new Provisioning({ projectId: 'p1', baseUrl: BASE, maxRetries: 0, fetch, logger, ...auth });
    const err = await rejection(OPERATIONS['raw POST + unwrap']?.(client) ?? Promise.resolve());
    expect(err).toBeInstanceOf(SyntaxError);
    expect(seen.sentinelsReceived).toBe(1);
    expectNoSentinel('raw', { ...renderings(err), ...logged() });
  });
});
