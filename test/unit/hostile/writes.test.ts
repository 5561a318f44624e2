import { describe, expect, it } from 'vitest';
import { ConnectionError, InternalServerError, Provisioning, type ProvisioningOptions, TimeoutError } from '../../../src/index.js';
import { type RawFault, rawBytes, rawReply } from './raw-server.js';
import { useRawServer } from './setup.js';
import { rejection } from '../../helpers/rejection.js';

/**
 * Issue 10 item 2: a write is never repeated once the server may have acted. The server reads
 * each request whole, then answers with something that is not parseable HTTP; a POST or PATCH
 * must reach it exactly once, a GET may be retried. Raw TCP, because an HTTP library would
 * not write these answers.
 */

const ctx = useRawServer();
const hook = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] };
const input = { target: 'https://example.com/cb', secret: 'whsec-0123456789abcdef', triggers: ['ALL' as const] };
const COLLECTION = '/v1/projects/{projectId}/webhooks';

function client(options: ProvisioningOptions = {}): Provisioning {
  return new Provisioning({ projectId: 'p1', accessToken: 'tok-1234', baseUrl: ctx.server.url, maxRetries: 2, timeout: 5_000, ...options });
}

const MALFORMED: [string, RawFault][] = [
  ['a bad status line', rawBytes('HTTP/1.1 2OO OK\r\ncontent-length: 2\r\n\r\n{}')],
  ['conflicting Content-Length headers', rawBytes('HTTP/1.1 201 Created\r\ncontent-length: 2\r\ncontent-length: 5\r\n\r\n{}')],
  ['headers over the client limit', rawBytes(`HTTP/1.1 201 Created\r\nx-big: ${'a'.repeat(70_000)}\r\ncontent-length: 2\r\n\r\n{}`)],
  ['a body without a status line', rawBytes(JSON.stringify(hook))],
  ['half a status line, then close', rawBytes('HTTP/1.1 20')],
];

describe('answers that are not valid HTTP', () => {
  it.each(MALFORMED)('POST after %s: ConnectionError (requestSent), exactly 1 request', async (_what, fault) => {
    ctx.server.script(fault, rawReply(201, JSON.stringify(hook)));
    const err = await rejection(client().webhooks.create(input));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err).not.toBeInstanceOf(TimeoutError);
    expect(err).toMatchObject({ requestSent: true, operation: { method: 'POST', path: COLLECTION } });
    expect((err as Error).message).not.toContain('no response');
    expect((err as Error).message).toContain('the server may have received the request');
    expect(ctx.server.seen.map((r) => r.method)).toEqual(['POST']);
  });

  it('POST after a bad status line says the answer was not valid HTTP', async () => {
    ctx.server.script(MALFORMED[0]![1]);
    const err = await rejection(client().webhooks.create(input));
    expect((err as Error).message).toBe(
      `POST ${COLLECTION} failed: the server answered with something that is not valid HTTP; the server may have received the request`,
    );
    expect(ctx.server.seen).toHaveLength(1);
  });

  it.each(MALFORMED)('PATCH after %s: exactly 1 request', async (_what, fault) => {
    ctx.server.script(fault, rawReply(200, JSON.stringify(hook)));
    expect(await rejection(client().webhooks.update('w1', { triggers: ['ALL'] }))).toBeInstanceOf(ConnectionError);
    expect(ctx.server.seen.map((r) => r.method)).toEqual(['PATCH']);
  });

  it.each(MALFORMED)('GET after %s is retried: 2 requests, then the webhook', async (_what, fault) => {
    ctx.server.script(fault, rawReply(200, JSON.stringify(hook)));
    expect(await client().webhooks.get('w1')).toEqual(hook);
    expect(ctx.server.seen.map((r) => r.method)).toEqual(['GET', 'GET']);
  });
});

describe('gateway statuses', () => {
  const status = (code: number, headers: Record<string, string> = {}) => rawReply(code, '{"errorCode":"gateway"}', headers);

  it.each([502, 504])('POST and PATCH after %i (the backend may have acted): InternalServerError, 1 request each', async (code) => {
    // The second answer would be a success: the client must never ask for it.
    ctx.server.script(status(code, { 'retry-after': '0' }));
    expect(await rejection(client().webhooks.create(input))).toMatchObject({ status: code });
    ctx.server.script(status(code, { 'retry-after': '0' }));
    expect(await rejection(client().webhooks.update('w1', { triggers: ['ALL'] }))).toBeInstanceOf(InternalServerError);
    expect(ctx.server.seen.map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('POST after a 503 without Retry-After: not retried, 1 request', async () => {
    ctx.server.script(status(503));
    expect(await rejection(client().webhooks.create(input))).toMatchObject({ status: 503 });
    expect(ctx.server.seen).toHaveLength(1);
  });

  it('POST after a 503 with Retry-After (the server refused before acting): retried, 2 requests, same body', async () => {
    ctx.server.script(status(503, { 'retry-after': '0' }), rawReply(201, JSON.stringify(hook)));
    expect(await client().webhooks.create(input)).toEqual(hook);
    expect(ctx.server.seen.map((r) => [r.method, JSON.parse(r.body)])).toEqual([
      ['POST', input],
      ['POST', input],
    ]);
  });

  it.each([502, 503, 504])('GET after %i is retried: 2 requests', async (code) => {
    ctx.server.script(status(code), rawReply(200, JSON.stringify(hook)));
    expect(await client().webhooks.get('w1', { maxRetries: 1 })).toEqual(hook);
    expect(ctx.server.seen).toHaveLength(2);
  });
});
