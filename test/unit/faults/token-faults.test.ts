import { describe, expect, it } from 'vitest';
import { AuthenticationError, ConnectionError, type Provisioning, type ProvisioningOptions, TimeoutError } from '../../../src/index.js';
import { after, dropBeforeStatus, hang, papi, raw, reply, tokenReply } from './fault-server.js';
import { useFaultServer, keyClient } from './setup.js';
import { rejection } from '../../helpers/rejection.js';

/**
 * The OAuth2 token endpoint (`authUrl`) failing, slow, or handing out expired tokens. Counts
 * are asserted on both sides: token requests, and API requests (none is ever sent without a
 * token, and a create reaches the API at most once).
 */

const TIMEOUT = 250;
const hook = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] };
const input = { target: 'https://example.com/cb', secret: 'whsec-0123456789abcdef', triggers: ['ALL' as const] };
const NOW = { 'retry-after': '0' };

const ctx = useFaultServer();

const client = (options: ProvisioningOptions = {}): Provisioning => keyClient(ctx.server, { timeout: TIMEOUT, maxRetries: 2, ...options });

const bearers = () => ctx.server.api.map((r) => r.headers.authorization);

describe('a token endpoint that fails', () => {
  it('401 invalid_client: AuthenticationError, 1 token request, no API request', async () => {
    ctx.server.scriptToken(reply(401, { error: 'invalid_client', error_description: 'bad key' }));
    const err = await rejection(client().webhooks.create(input));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({
      status: 401,
      errorCode: 'invalid_client',
      message: `OAuth2 token request failed: POST ${ctx.server.authUrl} -> 401 invalid_client: bad key`,
      operation: { method: 'POST', path: ctx.server.authUrl },
    });
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([1, 0]);
    expect(ctx.server.token[0]?.body).toBe('grant_type=client_credentials');
  });

  it('400 invalid_grant is final too: 1 token request', async () => {
    ctx.server.scriptToken(reply(400, { error: 'invalid_grant' }));
    const err = await rejection(client().webhooks.get('w1'));
    expect(err).toMatchObject({ status: 400, errorCode: 'invalid_grant' });
    expect(err).toBeInstanceOf(AuthenticationError);
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([1, 0]);
  });

  it('503 then a token: the token request is retried, the create reaches the API once', async () => {
    ctx.server.scriptToken(reply(503, { error: 'temporarily_unavailable' }, NOW), tokenReply('tok-1'));
    ctx.server.scriptApi(reply(201, hook));
    expect(await client().webhooks.create(input)).toEqual(hook);
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([2, 1]);
    expect(bearers()).toEqual(['Bearer tok-1']);
  });

  it('500 on every try: AuthenticationError with the last status after 1 + maxRetries token requests, no API request', async () => {
    ctx.server.scriptToken(...Array.from({ length: 3 }, () => reply(500, { error: 'server_error' }, NOW)));
    const err = await rejection(client().webhooks.get('w1'));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ status: 500, errorCode: 'server_error' });
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([3, 0]);
  });

  it('a dropped token connection is retried even for a POST (nothing reached the API)', async () => {
    ctx.server.scriptToken(dropBeforeStatus('rst'), tokenReply('tok-1'));
    ctx.server.scriptApi(reply(201, hook));
    expect(await client({ maxRetries: 1 }).webhooks.create(input)).toEqual(hook);
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([2, 1]);
  });

  it('a dropped token connection, every time: ConnectionError naming the endpoint', async () => {
    ctx.server.scriptToken(dropBeforeStatus('fin'));
    const err = await rejection(client({ maxRetries: 0 }).webhooks.get('w1'));
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).message).toBe(`Could not reach the OAuth2 token endpoint ${ctx.server.authUrl}`);
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([1, 0]);
  });

  it('an HTML page instead of a token: AuthenticationError, no API request', async () => {
    ctx.server.scriptToken(raw(200, '<html>login</html>', 'text/html'));
    const err = await rejection(client().webhooks.get('w1'));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError).message).toBe(
      `OAuth2 token request failed: POST ${ctx.server.authUrl} -> 200 invalid_token_response: no access_token in the response`,
    );
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([1, 0]);
  });
});

describe('a slow token endpoint', () => {
  it('slower than the timeout: TimeoutError naming the endpoint, no API request', async () => {
    ctx.server.scriptToken(hang);
    const err = await rejection(client({ maxRetries: 0 }).webhooks.get('w1'));
    expect(err).toBeInstanceOf(TimeoutError);
    // The call's own timer (armed first, same 250 ms) ends the wait for the token.
    expect((err as TimeoutError).message).toBe(`GET /v1/projects/{projectId}/webhooks/{webhookId} timed out after ${TIMEOUT} ms waiting for credentials`);
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([1, 0]);
  });

  it('slow once, then fine: the token request is retried and the API called once', async () => {
    ctx.server.scriptToken(hang, tokenReply('tok-2'));
    ctx.server.scriptApi(reply(200, hook));
    expect(await client({ maxRetries: 1 }).webhooks.get('w1')).toEqual(hook);
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([2, 1]);
    expect(bearers()).toEqual(['Bearer tok-2']);
  });

  it('slow but within the timeout, with 5 concurrent calls: one token request (single flight), 5 API requests', async () => {
    ctx.server.scriptToken(after(100, tokenReply('tok-1')));
    ctx.server.scriptApi(...Array.from({ length: 5 }, () => reply(200, hook)));
    const c = client();
    const results = await Promise.all(Array.from({ length: 5 }, () => c.webhooks.get('w1')));
    expect(results).toEqual(Array(5).fill(hook));
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([1, 5]);
    expect(bearers()).toEqual(Array(5).fill('Bearer tok-1'));
  });
});

describe('expired tokens', () => {
  it.each([0, -30])('expires_in: %i is used for the call that asked, never cached: 2 calls, 2 token requests', async (expiresIn) => {
    ctx.server.scriptToken(tokenReply('tok-1', expiresIn), tokenReply('tok-2', expiresIn));
    ctx.server.scriptApi(reply(200, hook), reply(200, hook));
    const c = client();
    await c.webhooks.get('w1');
    await c.webhooks.get('w1');
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([2, 2]);
    expect(bearers()).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it('a valid expires_in is cached: 2 calls, 1 token request', async () => {
    ctx.server.scriptToken(tokenReply('tok-1', 3600));
    ctx.server.scriptApi(reply(200, hook), reply(200, hook));
    const c = client();
    await c.webhooks.get('w1');
    await c.webhooks.get('w1');
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([1, 2]);
  });

  it('a token the API rejects (401) is replaced once: 2 token requests, 2 API requests, even for a POST', async () => {
    ctx.server.scriptToken(tokenReply('tok-1'), tokenReply('tok-2'));
    ctx.server.scriptApi(papi(401, 'unauthorized_error'), reply(201, hook));
    expect(await client().webhooks.create(input)).toEqual(hook);
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([2, 2]);
    expect(bearers()).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it('a second 401 with the fresh token is final: AuthenticationError', async () => {
    ctx.server.scriptToken(tokenReply('tok-1'), tokenReply('tok-2'));
    ctx.server.scriptApi(papi(401, 'unauthorized_error'), papi(401, 'unauthorized_error'));
    const err = await rejection(client().webhooks.get('w1'));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ status: 401, errorCode: 'unauthorized_error' });
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([2, 2]);
  });
});
