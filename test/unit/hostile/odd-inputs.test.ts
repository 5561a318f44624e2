import { describe, expect, it } from 'vitest';
import { ApiError, AuthenticationError, Provisioning } from '../../../src/index.js';
import { NO_CONTENT } from '../../../src/facade/pipeline/request.js';
import { operations } from '../../helpers/spec.js';
import { type Fault, reply } from '../faults/fault-server.js';
import { useFaultServer } from '../faults/setup.js';
import { rejection } from '../../helpers/rejection.js';

/**
 * Issue 10 item 11: odd answers get a clear, typed outcome. (A non-string nextPageToken is in
 * pagination.test.ts.)
 */

const ctx = useFaultServer();
const hook = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] };

function oauth(): Provisioning {
  return new Provisioning({ projectId: 'p1', keyId: 'k', keySecret: 'key-secret-value', authUrl: ctx.server.authUrl, baseUrl: ctx.server.url, maxRetries: 0 });
}

const token = (expires_in: unknown) => reply(200, { access_token: 'tok-1', token_type: 'bearer', expires_in });

describe('expires_in', () => {
  it('as a numeric string ("3600") is read as seconds and cached: 2 calls, 1 token request', async () => {
    ctx.server.scriptToken(token('3600'));
    ctx.server.scriptApi(reply(200, hook), reply(200, hook));
    const c = oauth();
    await c.webhooks.get('w1');
    await c.webhooks.get('w1');
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([1, 2]);
  });

  it('as "0" is an expired token: used once, not cached (2 calls, 2 token requests)', async () => {
    ctx.server.scriptToken(token('0'), token('0'));
    ctx.server.scriptApi(reply(200, hook), reply(200, hook));
    const c = oauth();
    await c.webhooks.get('w1');
    await c.webhooks.get('w1');
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([2, 2]);
  });

  it.each(['soon', '', { s: 1 }, true])("%j is the server's error: AuthenticationError invalid_token_response, no API request", async (value) => {
    ctx.server.scriptToken(token(value));
    const err = await rejection(oauth().webhooks.get('w1'));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ errorCode: 'invalid_token_response' });
    expect((err as Error).message).toContain('expires_in is not a number of seconds');
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([1, 0]);
  });
});

describe('a 200 with an empty body', () => {
  const empty: Fault = ({ res }) => res.writeHead(200, { 'content-length': '0' }).end();
  const c = () => new Provisioning({ projectId: 'p1', accessToken: 'tok-1234', baseUrl: ctx.server.url, maxRetries: 0 });

  it('for an operation that answers JSON (webhooks.get), without any content type: ApiError, not undefined; 1 request', async () => {
    ctx.server.scriptApi(empty);
    const err = await rejection(c().webhooks.get('w1'));
    expect(err).toBeInstanceOf(ApiError);
    expect((err as Error).message).toBe('Invalid JSON in the response: GET /v1/projects/{projectId}/webhooks/{webhookId} -> 200 empty response body');
    expect(ctx.server.api).toHaveLength(1);
  });

  it('for an operation that answers without content (whatsapp.templates.sync): undefined', async () => {
    ctx.server.scriptApi(empty);
    expect(await c().whatsapp.templates.sync()).toBeUndefined();
    expect(ctx.server.api.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/projects/p1/whatsapp/templates/sync']);
  });
});

describe('the list of operations answering without content', () => {
  it('matches the spec: every non-DELETE operation whose 2xx answers have no content, and no other', () => {
    const fromSpec = operations()
      .filter(({ method, op }) => {
        const ok = Object.entries(op.responses as Record<string, { content?: unknown }>).filter(([s]) => s.startsWith('2'));
        return method !== 'delete' && ok.every(([, r]) => r.content === undefined);
      })
      .map(({ method, path }) => `${method} ${path}`)
      .sort();
    expect([...NO_CONTENT].sort()).toEqual(fromSpec);
    // And every DELETE answers without content (the facade returns undefined for them).
    expect(
      operations().filter(
        ({ method, op }) =>
          method === 'delete' && Object.entries(op.responses as Record<string, { content?: unknown }>).some(([s, r]) => s.startsWith('2') && r.content),
      ),
    ).toEqual([]);
  });
});
