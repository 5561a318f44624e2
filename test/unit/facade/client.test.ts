import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthenticationError, ConfigurationError, NotFoundError, Provisioning, unwrap } from '../../../src/index.js';
import { SENTINEL_SECRET, SENTINEL_TOKEN, json, papiError, recordingLogger, scriptedFetch } from './helpers.js';

const BASE = 'https://provisioning.test';
const AUTH = 'https://auth.test/oauth2/token';
const hook = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] };
const ITEM = '/v1/projects/{projectId}/webhooks/{webhookId}';

/** One fetch for both hosts: the token endpoint answers from `tokens`, the API from `api`. */
function twoHosts(api: Response[], tokens: Response[]) {
  const apiCalls: string[] = [];
  let tokenCalls = 0;
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    if (req.url === AUTH) return (tokens[Math.min(tokenCalls++, tokens.length - 1)] as Response).clone();
    apiCalls.push(req.headers.get('authorization') ?? '(none)');
    return (api[Math.min(apiCalls.length - 1, api.length - 1)] as Response).clone();
  }) as typeof globalThis.fetch;
  return { fetch, apiCalls, tokenCalls: () => tokenCalls };
}
const token = (value: string) => json(200, { access_token: value, expires_in: 3600, token_type: 'bearer' });

describe('Provisioning', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reads its configuration from the environment', async () => {
    vi.stubEnv('SINCH_PROJECT_ID', 'env-project');
    vi.stubEnv('SINCH_KEY_ID', 'env-key');
    vi.stubEnv('SINCH_KEY_SECRET', SENTINEL_SECRET);
    vi.stubEnv('SINCH_PROVISIONING_URL', BASE);
    const fetch = scriptedFetch(json(200, hook));
    const c = new Provisioning({ auth: 'basic', fetch });
    expect(c.projectId).toBe('env-project');
    await c.webhooks.get('w1');
    expect(fetch.calls[0]?.url.href).toBe(`${BASE}/v1/projects/env-project/webhooks/w1`);
    expect(fetch.calls[0]?.headers.get('authorization')).toBe(`Basic ${Buffer.from(`env-key:${SENTINEL_SECRET}`).toString('base64')}`);
  });

  it('throws ConfigurationError at construction, naming option and variable', () => {
    vi.stubEnv('SINCH_PROJECT_ID', '');
    vi.stubEnv('SINCH_KEY_ID', '');
    vi.stubEnv('SINCH_KEY_SECRET', '');
    let err: unknown;
    try {
      new Provisioning({ projectId: 'p', keyId: 'k' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    expect([(err as ConfigurationError).option, (err as ConfigurationError).envVar]).toEqual(['keySecret', 'SINCH_KEY_SECRET']);
    expect((err as Error).message).toBe('Missing keySecret (or give accessToken): pass { keySecret } to new Provisioning() (or set SINCH_KEY_SECRET)');
  });

  it('does not reveal credentials when inspected', () => {
    const c = new Provisioning({ projectId: 'p', keyId: 'k', keySecret: SENTINEL_SECRET });
    expect(inspect(c, { depth: 10, showHidden: true })).not.toContain(SENTINEL_SECRET);
    expect(JSON.stringify(c)).not.toContain(SENTINEL_SECRET);
  });

  it('OAuth2 by default: ten concurrent calls share one token request', async () => {
    const { fetch, apiCalls, tokenCalls } = twoHosts([json(200, hook)], [token('tok-1')]);
    const c = new Provisioning({ projectId: 'p1', keyId: 'k', keySecret: SENTINEL_SECRET, baseUrl: BASE, authUrl: AUTH, fetch });
    await Promise.all(Array.from({ length: 10 }, (_, i) => c.webhooks.get(`w${i}`)));
    expect(tokenCalls()).toBe(1);
    expect(apiCalls).toEqual(Array(10).fill('Bearer tok-1'));
  });

  it('OAuth2: a 401 refreshes the token and retries once', async () => {
    const { fetch, apiCalls, tokenCalls } = twoHosts([papiError(401, 'unauthorized_error', 'Unauthorized.'), json(200, hook)], [token('old'), token('new')]);
    const c = new Provisioning({ projectId: 'p1', keyId: 'k', keySecret: 's3cret', baseUrl: BASE, authUrl: AUTH, fetch });
    expect(await c.webhooks.get('w1')).toEqual(hook);
    expect(apiCalls).toEqual(['Bearer old', 'Bearer new']);
    expect(tokenCalls()).toBe(2);
  });

  it('OAuth2: a failing token endpoint rejects with AuthenticationError and sends no API request', async () => {
    const { fetch, apiCalls } = twoHosts([json(200, hook)], [json(400, { error: 'invalid_client', error_description: 'Unknown key' })]);
    const c = new Provisioning({ projectId: 'p1', keyId: 'k', keySecret: SENTINEL_SECRET, baseUrl: BASE, authUrl: AUTH, fetch });
    const err = await c.webhooks.create({ target: 'https://x.test', secret: 's', triggers: ['ALL'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError).status).toBe(400);
    expect((err as AuthenticationError).message).toBe(`OAuth2 token request failed: POST ${AUTH} -> 400 invalid_client: Unknown key`);
    expect(apiCalls).toEqual([]);
  });
});

describe('client.raw', () => {
  it('is the typed openapi-fetch client with the same auth and retries', async () => {
    const fetch = scriptedFetch(papiError(503, 'unavailable', 'Later', undefined), json(200, hook));
    const c = new Provisioning({ projectId: 'p1', accessToken: SENTINEL_TOKEN, baseUrl: BASE, fetch, maxRetries: 1 });
    vi.useFakeTimers();
    try {
      const pending = c.raw.GET(ITEM, { params: { path: { projectId: 'p1', webhookId: 'w1' } } });
      await vi.advanceTimersByTimeAsync(500);
      const { data } = await pending;
      expect(data).toEqual(hook);
    } finally {
      vi.useRealTimers();
    }
    expect(fetch.calls).toHaveLength(2);
    expect(fetch.calls.map((r) => r.headers.get('authorization'))).toEqual([`Bearer ${SENTINEL_TOKEN}`, `Bearer ${SENTINEL_TOKEN}`]);
  });

  it('unwrap() turns a raw error result into the typed error with the operation template', async () => {
    const fetch = scriptedFetch(papiError(404, 'webhook_not_found', 'Webhook not found.'));
    const c = new Provisioning({ projectId: 'p1', accessToken: 't', baseUrl: BASE, fetch });
    const result = await c.raw.GET(ITEM, { params: { path: { projectId: 'p1', webhookId: 'nope' } } });
    expect(result.error).toEqual({ errorCode: 'webhook_not_found', message: 'Webhook not found.', resolution: 'Fix it.' });
    let err: unknown;
    try {
      unwrap(result);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).operation).toEqual({ method: 'GET', path: ITEM });
  });
});

describe('logging', () => {
  it('logs request and response lines with the path template and no credentials', async () => {
    const { logger, lines, text } = recordingLogger();
    const fetch = scriptedFetch(json(200, hook));
    const c = new Provisioning({ projectId: 'p1', keyId: 'k', keySecret: SENTINEL_SECRET, auth: 'basic', baseUrl: BASE, fetch, logger });
    await c.webhooks.get('w1');
    expect(lines.map((l) => l.level)).toEqual(['debug', 'info']);
    expect(lines[1]?.message).toMatch(new RegExp(`^sinch-provisioning GET ${ITEM.replace(/[{}]/g, '\\$&')} -> 200 in \\d+ ms \\(attempt 1\\)$`));
    expect(text()).not.toContain(SENTINEL_SECRET);
    expect(text()).not.toContain(Buffer.from(`k:${SENTINEL_SECRET}`).toString('base64'));
  });
});
