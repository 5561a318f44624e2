import { describe, expect, it } from 'vitest';
import { Provisioning, type ProvisioningOptions, ResponseTooLargeError } from '../../../src/index.js';
import { endlessBody, rawBytes, rawReply } from './raw-server.js';
import { useRawServer } from './setup.js';
import { rejection } from '../../helpers/rejection.js';

/**
 * Issue 10 item 4 (client side): bounded memory. The response body is counted while it
 * streams in; past `maxResponseBytes` (default 16 MiB) the SDK stops reading, drops the
 * connection and throws ResponseTooLargeError. An endless body must end in that error, and
 * the server can only push what fits in the limit plus the socket buffers.
 */

const ctx = useRawServer();
const MiB = 1024 * 1024;

function client(options: ProvisioningOptions = {}): Provisioning {
  return new Provisioning({ projectId: 'p1', accessToken: 'tok-1234', baseUrl: ctx.server.url, maxRetries: 2, timeout: 20_000, ...options });
}

describe('response size limit', () => {
  it('an endless 200 body ends in ResponseTooLargeError at maxResponseBytes: 1 MiB; 1 request, not retried', async () => {
    const counter = { sent: 0 };
    ctx.server.script(endlessBody(counter));
    const err = await rejection(client({ maxResponseBytes: MiB }).webhooks.get('w1'));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect(err).toMatchObject({ status: 200, limit: MiB, operation: { method: 'GET', path: '/v1/projects/{projectId}/webhooks/{webhookId}' } });
    expect((err as Error).message).toBe(
      `GET /v1/projects/{projectId}/webhooks/{webhookId} -> 200 response body exceeds maxResponseBytes (${MiB} bytes); stopped reading`,
    );
    expect(ctx.server.seen).toHaveLength(1);
    // What the server managed to write: the limit plus what socket buffers held, nowhere near unbounded.
    expect(counter.sent).toBeGreaterThan(MiB);
    expect(counter.sent).toBeLessThan(MiB + 16 * MiB);
  });

  it('an endless body with the default limit (16 MiB) ends too, 1 request', async () => {
    const counter = { sent: 0 };
    ctx.server.script(endlessBody(counter, 256 * 1024));
    const err = await rejection(client().webhooks.list());
    expect(err).toMatchObject({ name: 'ResponseTooLargeError', limit: 16 * MiB });
    expect(ctx.server.seen).toHaveLength(1);
    expect(counter.sent).toBeLessThan(16 * MiB + 16 * MiB);
  });

  it('an endless error body (500) ends in ResponseTooLargeError, not a hang, and is not retried', async () => {
    ctx.server.script(endlessBody({ sent: 0 }, 64 * 1024, 500));
    const input = { target: 'https://example.com/cb', secret: 'whsec-0123456789abcdef', triggers: ['ALL' as const] };
    const err = await rejection(client({ maxResponseBytes: 64 * 1024 }).webhooks.create(input));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect(err).toMatchObject({ status: 500 });
    expect(ctx.server.seen).toHaveLength(1);
  });

  it('a declared Content-Length over the limit fails before the body is read', async () => {
    ctx.server.script(rawBytes(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${2 * MiB}\r\n\r\n{"id":`));
    const err = await rejection(client({ maxResponseBytes: MiB }).webhooks.get('w1'));
    expect(err).toMatchObject({ name: 'ResponseTooLargeError', limit: MiB });
    expect(ctx.server.seen).toHaveLength(1);
  });

  it('a body of exactly maxResponseBytes is read and parsed', async () => {
    const base = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'], pad: '' };
    const pad = 4096 - JSON.stringify(base).length;
    const body = JSON.stringify({ ...base, pad: 'x'.repeat(pad) });
    expect(body.length).toBe(4096);
    ctx.server.script(rawReply(200, body));
    const hook = await client({ maxResponseBytes: 4096 }).webhooks.get('w1');
    expect(hook.id).toBe('w1');
  });

  it('an endless token response ends in ResponseTooLargeError from the token request; no API request', async () => {
    ctx.server.script(endlessBody({ sent: 0 }));
    const c = new Provisioning({
      projectId: 'p1',
      keyId: 'k',
      keySecret: 'key-secret-value',
      authUrl: `${ctx.server.url}/oauth2/token`,
      baseUrl: ctx.server.url,
      maxRetries: 0,
    });
    const err = await rejection(c.webhooks.get('w1'));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect((err as Error).message).toMatch(
      /^OAuth2 token request failed: POST .*\/oauth2\/token -> 200 response body exceeds maxResponseBytes \(1048576 bytes\)/,
    );
    expect(ctx.server.seen.map((r) => r.path)).toEqual(['/oauth2/token']);
  });

  it('maxResponseBytes must be a positive integer', () => {
    expect(() => client({ maxResponseBytes: 0 })).toThrow(/Invalid maxResponseBytes/);
    expect(() => client({ maxResponseBytes: 1.5 })).toThrow(/Invalid maxResponseBytes/);
  });
});
