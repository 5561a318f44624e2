import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbortError, type Bundle, type BundleInput, NotFoundError, WaitTimeoutError, ValidationError } from '../../../../../src/index.js';
import { json, papiError } from '../../helpers.js';
import { client } from '../../../../helpers/client.js';
import { rejection } from '../../../../helpers/rejection.js';

const bundle: Bundle = { id: 'b1', projectId: 'p1', state: 'IN_PROGRESS', region: 'US', name: 'Shop' };
const minimal: BundleInput = { name: 'Shop', region: 'US', subproject: true, smsApp: true, convApp: true };

/** Sends `body` to bundles.create and returns the ValidationError, checking nothing was sent. */
async function invalid(body: unknown) {
  const { c, fetch } = client([json(201, bundle)]);
  const err = await rejection<ValidationError>(c.bundles.create(body as BundleInput));
  expect(err).toBeInstanceOf(ValidationError);
  expect(fetch.calls).toHaveLength(0);
  return err;
}

describe('bundles.list', () => {
  it('sends the filters as repeated query keys and iterates every page', async () => {
    const { c, fetch } = client([
      json(200, { totalSize: 3, pageSize: 2, bundles: [bundle, { ...bundle, id: 'b2' }], nextPageToken: 'n2' }),
      json(200, { totalSize: 3, pageSize: 2, bundles: [{ ...bundle, id: 'b3' }] }),
    ]);
    const ids: string[] = [];
    for await (const b of c.bundles.list({ pageSize: 2, filterStates: ['DONE', 'FAILED'], filterSmsAppIds: ['s1'] })) ids.push(b.id);
    expect(ids).toEqual(['b1', 'b2', 'b3']);
    expect(fetch.calls.map((r) => `${r.url.pathname}${r.url.search}`)).toEqual([
      '/v1/projects/p1/bundles?pageSize=2&filterStates=DONE&filterStates=FAILED&filterSmsAppIds=s1',
      '/v1/projects/p1/bundles?pageSize=2&filterStates=DONE&filterStates=FAILED&filterSmsAppIds=s1&pageToken=n2',
    ]);
  });

  it.each([
    [{ pageSize: 26 }, 'pageSize', 'maximum'],
    [{ filterStates: ['DONE', 'STUCK'] }, 'filterStates[1]', 'enum'],
  ])('rejects bad filters %# (%s) before sending', async (query, field, rule) => {
    const { c, fetch } = client([json(200, {})]);
    const err = await rejection<ValidationError>(c.bundles.list(query as never));
    expect([err.field, err.rule]).toEqual([field, rule]);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('bundles.create', () => {
  it('posts the order unchanged and returns the bundle', async () => {
    const { c, fetch } = client([json(201, bundle)]);
    expect(await c.bundles.create(minimal)).toEqual(bundle);
    expect(`${fetch.calls[0]?.method} ${fetch.calls[0]?.url.pathname}`).toBe('POST /v1/projects/p1/bundles');
    expect(JSON.parse(fetch.calls[0]?.body ?? '')).toEqual(minimal);
  });

  it('accepts blocks that carry their own names instead of a bundle name', async () => {
    const { c, fetch } = client([json(201, bundle)]);
    await c.bundles.create({ region: 'EU', subproject: { name: 'Sub' }, smsApp: { name: 'Texts' }, convApp: false });
    expect(fetch.calls).toHaveLength(1);
  });

  it('rejects an order that requests no service (no_services_to_create)', async () => {
    const err = await invalid({ name: 'Shop', region: 'US', subproject: false, smsApp: false });
    expect([err.field, err.rule]).toEqual(['body', 'oneRequired']);
    expect(err.issues).toHaveLength(1);
  });

  it('names every requested block that has no name to fall back to (missing_name)', async () => {
    const err = await invalid({ region: 'US', subproject: { name: 'Sub' }, smsApp: true, convApp: { processingMode: 'DISPATCH' } });
    expect(err.issues.map((i) => `${i.path} ${i.rule}`)).toEqual(['smsApp.name oneRequired', 'convApp.name oneRequired']);
  });

  it('rejects two provisioning webhooks with the same target, without quoting it', async () => {
    const hook = { target: 'https://hooks.example.com/sinch', secret: 'one', triggers: ['BUNDLE_DONE'] };
    const err = await invalid({ ...minimal, webhooks: [hook, { ...hook, secret: 'two' }] });
    expect(err.issues.map((i) => `${i.path} ${i.rule}`)).toEqual(['webhooks[1].target uniqueTargets']);
    expect(err.message).not.toContain('hooks.example.com');
  });

  it.each([
    ['DISPATCH by default, ttl over 7 days', { retentionPolicy: { ttl: 30 } }, 'convApp.retentionPolicy.ttl'],
    [
      'DISPATCH, a conversation policy',
      { processingMode: 'DISPATCH', retentionPolicy: { retentionPolicyType: 'PERSIST_RETENTION_POLICY' } },
      'convApp.retentionPolicy.retentionPolicyType',
    ],
    [
      'CONVERSATION, ttl 0',
      { processingMode: 'CONVERSATION', retentionPolicy: { retentionPolicyType: 'MESSAGE_EXPIRE_POLICY', ttl: 0 } },
      'convApp.retentionPolicy.ttl',
    ],
  ])('rejects a retention policy that does not fit the processing mode: %s', async (_name, convApp, field) => {
    const err = await invalid({ ...minimal, convApp });
    expect(err.issues.map((i) => `${i.path} ${i.rule}`)).toEqual([`${field} retentionPolicyForMode`]);
  });

  it('says which mode a retention policy was checked against', async () => {
    const err = await invalid({ ...minimal, convApp: { retentionPolicy: { ttl: 30 } } });
    expect(err.issues[0]?.message).toBe('must be <= 7 (got 30) when processingMode is DISPATCH (the default)');
  });

  it('accepts a long retention in CONVERSATION mode', async () => {
    const { c, fetch } = client([json(201, bundle)]);
    await c.bundles.create({
      ...minimal,
      convApp: { processingMode: 'CONVERSATION', retentionPolicy: { retentionPolicyType: 'CONVERSATION_EXPIRE_POLICY', ttl: 365 } },
    });
    expect(fetch.calls).toHaveLength(1);
  });

  it.each([['https://conversation-api.eu.sinch.com/callback'], ['conversation-api.us.sinch.com:443']])(
    'rejects a Conversation webhook that targets the Conversation API (%s)',
    async (target) => {
      const err = await invalid({
        ...minimal,
        convApp: {
          webhooks: [
            { target: 'https://example.com/ok', triggers: ['MESSAGE_INBOUND'] },
            { target, triggers: ['MESSAGE_DELIVERY'] },
          ],
        },
      });
      expect(err.issues.map((i) => `${i.path} ${i.rule}`)).toEqual(['convApp.webhooks[1].target forbiddenHost']);
    },
  );

  it('reports spec rules and cross-field rules together', async () => {
    const err = await invalid({ region: 'MARS' });
    expect(err.issues.map((i) => `${i.path} ${i.rule}`)).toEqual(['region enum', 'body oneRequired']);
  });
});

describe('bundles.get / waitUntilDone', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gets one bundle, encoding the id', async () => {
    const { c, fetch } = client([json(200, bundle)]);
    expect(await c.bundles.get('b/1')).toEqual(bundle);
    expect(fetch.calls[0]?.url.pathname).toBe('/v1/projects/p1/bundles/b%2F1');
  });

  it('rejects an empty bundle id without sending', async () => {
    const { c, fetch } = client([json(200, bundle)]);
    const err = await rejection<ValidationError>(c.bundles.get(' '));
    expect([err.field, err.rule]).toEqual(['bundleId', 'minLength']);
    expect(fetch.calls).toHaveLength(0);
  });

  it('polls with growing pauses until DONE and returns the final bundle (fake timers)', async () => {
    vi.useFakeTimers({ now: 0 });
    const done = { ...bundle, state: 'DONE' };
    const { c, fetch } = client([json(200, bundle), json(200, bundle), json(200, done)]);
    const seen: unknown[] = [];
    const result = c.bundles.waitUntilDone('b1', { interval: 1000, onPoll: (b) => seen.push([Date.now(), (b as Bundle).state]) });
    await vi.advanceTimersByTimeAsync(1000 + 1500);
    expect(await result).toEqual(done);
    expect(seen).toEqual([
      [0, 'IN_PROGRESS'],
      [1000, 'IN_PROGRESS'],
      [2500, 'DONE'],
    ]);
    expect(fetch.calls.map((r) => r.url.pathname)).toEqual(Array(3).fill('/v1/projects/p1/bundles/b1'));
  });

  it('returns a FAILED bundle for the caller to inspect', async () => {
    const { c } = client([json(200, { ...bundle, state: 'FAILED' })]);
    expect((await c.bundles.waitUntilDone('b1')).state).toBe('FAILED');
  });

  it('throws WaitTimeoutError with the last state when time runs out (fake timers)', async () => {
    vi.useFakeTimers({ now: 0 });
    const { c, fetch } = client([json(200, bundle)]);
    const polledAt: number[] = [];
    const result = rejection<WaitTimeoutError>(
      c.bundles.waitUntilDone('b1', { timeout: 10_000, interval: 4000, maxInterval: 4000, onPoll: () => polledAt.push(Date.now()) }),
    );
    await vi.advanceTimersByTimeAsync(10_000);
    const err = await result;
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect(err.message).toBe('bundle b1 did not finish within 10000 ms (last seen: state IN_PROGRESS)');
    // The wait is bounded: the deadline ends the last pause; no poll is started at or after it.
    expect(polledAt).toEqual([0, 4000, 8000]);
    expect(fetch.calls).toHaveLength(3);
  });

  it('lets a 404 through at once instead of waiting', async () => {
    const { c, fetch } = client([papiError(404, 'bundle_not_found', 'Bundle not found.')]);
    const err = (await rejection(c.bundles.waitUntilDone('gone'))) as unknown as NotFoundError;
    expect([err.constructor, err.errorCode]).toEqual([NotFoundError, 'bundle_not_found']);
    expect(fetch.calls).toHaveLength(1);
  });

  it('stops with AbortError when the wait signal is already aborted', async () => {
    const { c, fetch } = client([json(200, bundle)]);
    const err = await rejection<ValidationError>(c.bundles.waitUntilDone('b1', { signal: AbortSignal.abort() }));
    expect(err).toBeInstanceOf(AbortError);
    expect(fetch.calls).toHaveLength(0);
  });

  it('polls in the project given per call', async () => {
    const { c, fetch } = client([json(200, { ...bundle, state: 'DONE' })]);
    await c.bundles.waitUntilDone('b1', {}, { projectId: 'other' });
    expect(fetch.calls[0]?.url.pathname).toBe('/v1/projects/other/bundles/b1');
  });
});
