import { describe, expect, it } from 'vitest';
import { ConfigurationError, Provisioning, type ProvisioningOptions, ValidationError } from '../../../src/index.js';
import { rawReply } from './raw-server.js';
import { useRawServer } from './setup.js';
import { rejection } from '../../helpers/rejection.js';

/**
 * Issue 10 item 1: a call reaches only its own route. A path parameter that is a dot segment
 * (`.`, `..`, percent-encoded in any case or twice) would be resolved away by the URL parser
 * and address the parent route: rejected before anything is sent, in the facade and in
 * `client.raw`. The server must see 0 requests.
 */

const ctx = useRawServer();

function client(options: ProvisioningOptions = {}): Provisioning {
  return new Provisioning({ projectId: 'p1', accessToken: 'tok-1234', baseUrl: ctx.server.url, maxRetries: 0, ...options });
}

const DOTS = ['.', '..', '%2e', '%2E', '%2e%2e', '%2E%2e', '.%2E', '%2e.', '%252e', '%252E%252e'];

describe('dot-segment path parameters', () => {
  it.each(DOTS)('whatsapp.senders.delete(%j): ValidationError, 0 requests', async (id) => {
    const err = await rejection(client().whatsapp.senders.delete(id));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err).toMatchObject({ field: 'senderId', rule: 'dotSegment' });
    expect(ctx.server.seen).toHaveLength(0);
  });

  it("kakaotalk.templates.delete('@acme', '..') and webhooks.delete('.'): ValidationError, 0 requests", async () => {
    const c = client();
    expect(await rejection(c.kakaotalk.templates.delete('@acme', '..'))).toMatchObject({ field: 'templateCode', rule: 'dotSegment' });
    expect(await rejection(c.webhooks.delete('.'))).toBeInstanceOf(ValidationError);
    expect(await rejection(c.webhooks.get('%2E%2e'))).toBeInstanceOf(ValidationError);
    expect(ctx.server.seen).toHaveLength(0);
  });

  it("a per-call projectId: '..' is rejected: ValidationError naming projectId, 0 requests", async () => {
    const err = await rejection(client().webhooks.list({}, { projectId: '..' }));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err).toMatchObject({ field: 'projectId', rule: 'dotSegment' });
    expect(ctx.server.seen).toHaveLength(0);
  });

  it("a client projectId of '..' is a ConfigurationError at construction", () => {
    expect(() => client({ projectId: '%2e%2E' })).toThrow(ConfigurationError);
  });

  it('client.raw: every verb and raw.request reject a dot segment with ValidationError, 0 requests', async () => {
    const c = client();
    const path = { projectId: 'p1', webhookId: '..' };
    expect(await rejection(c.raw.DELETE('/v1/projects/{projectId}/webhooks/{webhookId}', { params: { path } }))).toBeInstanceOf(ValidationError);
    expect(await rejection(c.raw.GET('/v1/projects/{projectId}/webhooks/{webhookId}', { params: { path: { ...path, webhookId: '%2e' } } }))).toBeInstanceOf(
      ValidationError,
    );
    expect(await rejection(c.raw.GET('/v1/projects/{projectId}/webhooks', { params: { path: { projectId: '..' } } }))).toMatchObject({ field: 'projectId' });
    expect(await rejection(c.raw.request('delete', '/v1/projects/{projectId}/webhooks/{webhookId}', { params: { path } }))).toBeInstanceOf(ValidationError);
    expect(ctx.server.seen).toHaveLength(0);
  });

  it('ids that merely contain dots reach their own route (1 request each, exact paths)', async () => {
    ctx.server.script(rawReply(204, ''), rawReply(204, ''), rawReply(204, ''));
    const c = client();
    await c.webhooks.delete('...');
    await c.webhooks.delete('a..b');
    await c.raw.DELETE('/v1/projects/{projectId}/webhooks/{webhookId}', { params: { path: { projectId: 'p1', webhookId: '.x' } } });
    expect(ctx.server.seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'DELETE /v1/projects/p1/webhooks/...',
      'DELETE /v1/projects/p1/webhooks/a..b',
      'DELETE /v1/projects/p1/webhooks/.x',
    ]);
  });
});

describe('baseUrl', () => {
  it.each([
    ['a query', 'https://api.example.test/?region=eu'],
    ['an empty query', 'https://api.example.test/?'],
    ['a fragment', 'https://api.example.test/#x'],
    ['credentials', 'https://user:S3cr3t-pass@api.example.test'],
    ['a user name', 'https://user@api.example.test'],
  ])('with %s is a ConfigurationError that does not echo it', (_what, baseUrl) => {
    let err: unknown;
    try {
      client({ baseUrl });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err).toMatchObject({ option: 'baseUrl' });
    expect(String((err as Error).message)).not.toContain('S3cr3t');
    expect(String((err as Error).message)).not.toContain('api.example.test');
  });

  it('credentials in authUrl are a ConfigurationError too', () => {
    expect(() => new Provisioning({ projectId: 'p', keyId: 'k', keySecret: 's', authUrl: 'https://u:p@auth.example.test/oauth2/token' })).toThrow(
      ConfigurationError,
    );
  });
});
