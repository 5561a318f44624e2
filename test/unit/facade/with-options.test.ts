import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError, Provisioning, unwrap } from '../../../src/index.js';
import { json } from './helpers.js';

const BASE = 'https://provisioning.test';
const AUTH = 'https://auth.test/oauth2/token';
const ITEM = '/v1/projects/{projectId}/webhooks/{webhookId}';
const webhook = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] };

interface Seen {
  url: string;
  headers: Headers;
}

/** One fetch for the token endpoint (any URL ending in /oauth2/token) and the API; records both. */
function hosts(api: () => Response = () => json(200, webhook)) {
  const tokens: string[] = [];
  const calls: Seen[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    if (req.url.endsWith('/oauth2/token')) {
      tokens.push(req.url);
      return json(200, { access_token: `tok-${tokens.length}`, expires_in: 3600, token_type: 'bearer' });
    }
    calls.push({ url: req.url, headers: req.headers });
    return api();
  }) as typeof globalThis.fetch;
  return { fetch, tokens, calls };
}

const base = (fetch: typeof globalThis.fetch, extra: Record<string, unknown> = {}) =>
  new Provisioning({ projectId: 'p1', keyId: 'k', keySecret: 's', authUrl: AUTH, baseUrl: BASE, fetch, ...extra });

describe('withOptions', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('shares the token cache: calls through the parent and two derived clients make exactly one token request', async () => {
    const { fetch, tokens, calls } = hosts();
    const parent = base(fetch);
    const other = parent.withOptions({ projectId: 'p2' });
    const third = other.withOptions({ maxRetries: 0 });
    await Promise.all([parent.webhooks.get('w1'), other.webhooks.get('w1'), third.webhooks.get('w1')]);
    await other.raw.GET(ITEM, { params: { path: { projectId: 'p2', webhookId: 'w1' } } });
    expect(tokens).toEqual([AUTH]);
    expect(calls.map((c) => [new URL(c.url).pathname, c.headers.get('authorization')])).toEqual([
      ['/v1/projects/p1/webhooks/w1', 'Bearer tok-1'],
      ['/v1/projects/p2/webhooks/w1', 'Bearer tok-1'],
      ['/v1/projects/p2/webhooks/w1', 'Bearer tok-1'],
      ['/v1/projects/p2/webhooks/w1', 'Bearer tok-1'],
    ]);
    expect([parent.projectId, other.projectId, third.projectId]).toEqual(['p1', 'p2', 'p2']);
  });

  it('applies maxRetries and timeout to facade and raw calls; the parent keeps its own', async () => {
    const { fetch, calls } = hosts(() => json(503, { errorCode: 'busy', message: 'busy' }, { 'retry-after': '0' }));
    const parent = base(fetch, { maxRetries: 2 });
    await expect(parent.withOptions({ maxRetries: 0 }).webhooks.get('w1')).rejects.toMatchObject({ status: 503 });
    expect(calls).toHaveLength(1);
    const raw = await parent.withOptions({ maxRetries: 1 }).raw.GET(ITEM, { params: { path: { projectId: 'p1', webhookId: 'w1' } } });
    expect(raw.response.status).toBe(503);
    expect(calls).toHaveLength(3);
    await expect(parent.webhooks.get('w1')).rejects.toMatchObject({ status: 503 });
    expect(calls).toHaveLength(6);
  });

  it('adds headers over the default headers (same name, case-insensitive: the new value)', async () => {
    const { fetch, calls } = hosts();
    const parent = base(fetch, { defaultHeaders: { 'X-Team': 'a', 'x-keep': 'k' } });
    const derived = parent.withOptions({ headers: { 'x-team': 'b', 'x-new': 'n' } });
    await derived.webhooks.get('w1');
    unwrap(await derived.raw.GET(ITEM, { params: { path: { projectId: 'p1', webhookId: 'w1' } } }));
    await parent.webhooks.get('w1');
    const view = (h: Headers) => [h.get('x-team'), h.get('x-keep'), h.get('x-new')];
    expect(calls.map((c) => view(c.headers))).toEqual([
      ['b', 'k', 'n'],
      ['b', 'k', 'n'],
      ['a', 'k', null],
    ]);
  });

  it('checks its options as the constructor does, naming the option', () => {
    const parent = base(hosts().fetch);
    const bad: [Record<string, unknown>, string][] = [
      [{ projectId: '' }, 'projectId'],
      [{ projectId: '..' }, 'projectId'],
      [{ timeout: 0 }, 'timeout'],
      [{ maxRetries: 1.5 }, 'maxRetries'],
      [{ headers: { 'x-a': 'line\nbreak' } }, 'headers'],
      [{ hooks: { onRequest: 1 } }, 'hooks in withOptions()'],
      [{ keySecret: 'other' }, 'keySecret'],
    ];
    for (const [overrides, option] of bad) {
      let err: unknown;
      try {
        parent.withOptions(overrides);
      } catch (e) {
        err = e;
      }
      expect(err, JSON.stringify(overrides)).toBeInstanceOf(ConfigurationError);
      expect((err as ConfigurationError).option).toBe(option);
    }
  });
});

describe('SINCH_AUTH_URL', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is where tokens are fetched when authUrl is not given', async () => {
    vi.stubEnv('SINCH_AUTH_URL', 'http://127.0.0.1:9/mock/oauth2/token');
    const { fetch, tokens } = hosts();
    await new Provisioning({ projectId: 'p1', keyId: 'k', keySecret: 's', baseUrl: BASE, fetch }).webhooks.get('w1');
    expect(tokens).toEqual(['http://127.0.0.1:9/mock/oauth2/token']);
  });

  it('gives way to the authUrl option, and a blank value is ignored', async () => {
    vi.stubEnv('SINCH_AUTH_URL', 'http://127.0.0.1:9/env/oauth2/token');
    const first = hosts();
    await base(first.fetch).webhooks.get('w1');
    expect(first.tokens).toEqual([AUTH]);
    vi.stubEnv('SINCH_AUTH_URL', '   ');
    const second = hosts();
    await new Provisioning({ projectId: 'p1', keyId: 'k', keySecret: 's', baseUrl: BASE, fetch: second.fetch }).webhooks.get('w1');
    expect(second.tokens).toEqual(['https://auth.sinch.com/oauth2/token']);
  });

  it('is checked like authUrl: an invalid value names the variable', () => {
    vi.stubEnv('SINCH_AUTH_URL', 'ftp://auth.example/token');
    let err: unknown;
    try {
      new Provisioning({ projectId: 'p1', keyId: 'k', keySecret: 's', baseUrl: BASE, fetch: hosts().fetch });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    expect([(err as ConfigurationError).option, (err as ConfigurationError).envVar]).toEqual(['authUrl', 'SINCH_AUTH_URL']);
  });
});
