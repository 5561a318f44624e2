import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError, Provisioning, type ProvisioningOptions, RedirectError } from '../../../src/index.js';
import { RawServer, rawReply } from './raw-server.js';
import { useRawServer } from './setup.js';
import { rejection } from '../../helpers/rejection.js';

/**
 * Issue 10 item 3: no redirects. The API never redirects; following one would re-send a
 * create body (webhook secret included) to another origin (307/308) or turn it into a GET
 * that looks like success (301/302/303). Every 3xx is a RedirectError naming the status and
 * the Location's origin only; the other origin sees 0 requests.
 */

const ctx = useRawServer();
let elsewhere: RawServer;
beforeEach(async () => {
  elsewhere = await RawServer.start();
  ctx.extra(elsewhere);
});

const hook = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] };
const input = { target: 'https://example.com/cb', secret: 'whsec-0123456789abcdef', triggers: ['ALL' as const] };

function client(options: ProvisioningOptions = {}): Provisioning {
  return new Provisioning({ projectId: 'p1', accessToken: 'tok-1234', baseUrl: ctx.server.url, maxRetries: 2, ...options });
}

const redirect = (status: number) => rawReply(status, '', { location: `${elsewhere.url}/v1/projects/p1/webhooks?sig=QUERY-SECRET#frag` });

describe('API calls', () => {
  it.each([301, 302, 303, 307, 308])('webhooks.create() answered %i: RedirectError with the origin, 1 request, 0 elsewhere', async (status) => {
    ctx.server.script(redirect(status));
    elsewhere.script(rawReply(200, JSON.stringify(hook)), rawReply(201, JSON.stringify(hook)));
    const err = await rejection(client().webhooks.create(input));
    expect(err).toBeInstanceOf(RedirectError);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status, location: elsewhere.url, operation: { method: 'POST', path: '/v1/projects/{projectId}/webhooks' } });
    expect((err as Error).message).toBe(
      `POST /v1/projects/{projectId}/webhooks -> ${status} redirect to ${elsewhere.url}; the SDK does not follow redirects (check baseUrl and authUrl)`,
    );
    expect(JSON.stringify(err)).not.toContain('QUERY-SECRET');
    expect(ctx.server.seen).toHaveLength(1);
    expect(elsewhere.seen).toHaveLength(0);
  });

  it.each([301, 307])('a GET answered %i is not followed nor retried either: 1 request, 0 elsewhere', async (status) => {
    ctx.server.script(redirect(status));
    expect(await rejection(client().webhooks.get('w1'))).toMatchObject({ name: 'RedirectError', status });
    expect([ctx.server.seen.length, elsewhere.seen.length]).toEqual([1, 0]);
  });

  it('client.raw: a 308 rejects with RedirectError, 0 elsewhere', async () => {
    ctx.server.script(redirect(308));
    const err = await rejection(client().raw.POST('/v1/projects/{projectId}/webhooks', { params: { path: { projectId: 'p1' } }, body: input }));
    expect(err).toBeInstanceOf(RedirectError);
    expect([ctx.server.seen.length, elsewhere.seen.length]).toEqual([1, 0]);
  });

  it('a 302 without a Location still fails, saying so', async () => {
    ctx.server.script(rawReply(302, ''));
    const err = await rejection(client().webhooks.get('w1'));
    expect(err).toMatchObject({ name: 'RedirectError', status: 302, location: undefined });
    expect((err as Error).message).toContain('redirect without a readable Location');
  });
});

describe('the OAuth2 token request', () => {
  it.each([302, 307])('a token endpoint answering %i: RedirectError, the access key is not sent elsewhere, no API request', async (status) => {
    ctx.server.script(rawReply(status, '', { location: `${elsewhere.url}/oauth2/token` }));
    const c = new Provisioning({
      projectId: 'p1',
      keyId: 'key-id',
      keySecret: 'key-secret-value',
      authUrl: `${ctx.server.url}/oauth2/token`,
      baseUrl: ctx.server.url,
      maxRetries: 2,
    });
    const err = await rejection(c.webhooks.get('w1'));
    expect(err).toBeInstanceOf(RedirectError);
    expect(err).toMatchObject({ status, location: elsewhere.url });
    expect((err as Error).message).toMatch(/^OAuth2 token request failed: POST .* redirect to /);
    expect(ctx.server.seen.map((r) => r.path)).toEqual(['/oauth2/token']);
    expect(elsewhere.seen).toHaveLength(0);
  });
});
