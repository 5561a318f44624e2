import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AbortError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  ValidationError,
  WaitTimeoutError,
  isFinalWhatsAppSender,
} from '../../../../../src/index.js';
import { senderInputChecks, verifyChecks } from '../../../../../src/facade/resources/whatsapp/checks.js';
import { loadSpec, type Json } from '../../../../helpers/spec.js';
import { json, papiError, type scriptedFetch } from '../../helpers.js';
import { client } from '../../../../helpers/client.js';
import { rejection } from '../../../../helpers/rejection.js';

const SENDER_ID = 'cf11794a-6a5e-4a12-b103-da79bd378bf1';
const sender = (extra: Record<string, unknown> = {}) => ({
  id: SENDER_ID,
  region: 'EU',
  metaLocalStorage: 'DE',
  businessManager: 'SINCH_UK',
  cloudApi: true,
  compatibleRegions: ['eu'],
  ...extra,
});
const es = { region: 'EU' as const, wabaId: '11111111111111', phoneNumberId: '222222222222222', authenticationCode: '123asdf123' };

const sent = (f: ReturnType<typeof scriptedFetch>) => f.calls.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`);

describe('whatsapp.senders calls', () => {
  it('lists with repeated filter keys and follows page tokens', async () => {
    const { c, fetch } = client([
      json(200, { totalSize: 2, pageSize: 1, senders: [sender()], nextPageToken: 't2' }),
      json(200, { totalSize: 2, pageSize: 1, senders: [sender({ id: 's2' })] }),
    ]);
    const ids: string[] = [];
    for await (const s of c.whatsapp.senders.list({ pageSize: 1, filterStates: ['ACTIVE', 'ERROR'], filterStatuses: ['DRAFT'] })) ids.push(s.id);
    expect(ids).toEqual([SENDER_ID, 's2']);
    expect(sent(fetch)).toEqual([
      'GET /v1/projects/p1/whatsapp/senders?pageSize=1&filterStates=ACTIVE&filterStates=ERROR&filterStatuses=DRAFT',
      'GET /v1/projects/p1/whatsapp/senders?pageSize=1&filterStates=ACTIVE&filterStates=ERROR&filterStatuses=DRAFT&pageToken=t2',
    ]);
  });

  it('sends every sender operation to its path', async () => {
    const { c, fetch } = client([
      json(201, sender({ changes: { status: 'IN_PROGRESS' } })),
      json(200, sender()),
      json(200, sender()),
      new Response(null, { status: 204 }),
      json(200, { totalSize: 0, pageSize: 50, notifications: [] }),
      new Response(null, { status: 204 }),
      json(201, { type: 'CREATED', comment: 'c' }),
      json(200, { id: SENDER_ID, method: 'SMS', accepted: '2025-02-14T10:54:15.676Z', verificationCodeSent: true }),
      json(200, { usernames: ['brand'] }),
      new Response(null, { status: 204 }),
      json(200, { status: 'VERIFIED' }),
    ]);
    const s = c.whatsapp.senders;
    expect((await s.create(es)).changes?.status).toBe('IN_PROGRESS');
    expect((await s.get(SENDER_ID)).id).toBe(SENDER_ID);
    await s.update(SENDER_ID, { details: { about: null, displayName: 'Brand' } });
    expect(await s.delete(SENDER_ID)).toBeUndefined();
    expect((await s.listActivities(SENDER_ID)).items).toEqual([]);
    expect(await s.deleteChanges(SENDER_ID)).toBeUndefined();
    expect((await s.addComment(SENDER_ID, { comment: 'c' })).comment).toBe('c');
    expect((await s.register(SENDER_ID, { method: 'SMS' })).verificationCodeSent).toBe(true);
    expect((await s.getSuggestedUsernames(SENDER_ID)).usernames).toEqual(['brand']);
    expect(await s.verify(SENDER_ID, { code: '123456' })).toBeUndefined();
    expect((await s.getVerificationStatus(SENDER_ID)).status).toBe('VERIFIED');
    const item = `/v1/projects/p1/whatsapp/senders/${SENDER_ID}`;
    expect(sent(fetch)).toEqual([
      'POST /v1/projects/p1/whatsapp/senders',
      `GET ${item}`,
      `PATCH ${item}`,
      `DELETE ${item}`,
      `GET ${item}/activities`,
      `DELETE ${item}/changes`,
      `POST ${item}/comments`,
      `POST ${item}/register`,
      `GET ${item}/suggestedUsernames`,
      `POST ${item}/verify`,
      `GET ${item}/verification-status`,
    ]);
    expect(JSON.parse(fetch.calls[2]?.body ?? '')).toEqual({ details: { about: null, displayName: 'Brand' } });
    expect(JSON.parse(fetch.calls[9]?.body ?? '')).toEqual({ code: '123456' });
  });

  it('verify without a code sends an empty body (Meta already verified the number)', async () => {
    const { c, fetch } = client([new Response(null, { status: 204 })]);
    await c.whatsapp.senders.verify(SENDER_ID);
    expect(fetch.calls[0]?.body).toBe('{}');
  });

  it('maps 409 sender_already_deleted to ConflictError', async () => {
    const { c } = client([papiError(409, 'sender_already_deleted', 'Deleted.')]);
    const err = (await rejection(c.whatsapp.senders.delete(SENDER_ID))) as ConflictError;
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.errorCode).toBe('sender_already_deleted');
  });
});

describe('whatsapp.senders bad input', () => {
  it.each([
    ['region EU with SINCH_BR', () => ({ ...es, businessManager: 'SINCH_BR' as const }), 'businessManager', 'allowedForRegion'],
    ['region BR with SINCH_UK', () => ({ ...es, region: 'BR' as const, businessManager: 'SINCH_UK' as const }), 'businessManager', 'allowedForRegion'],
    ['deprecated body without token or code', () => ({ name: 'Legacy', details: { displayName: 'Brand', vertical: 'OTHER' as const } }), 'body', 'oneRequired'],
    ['unknown region', () => ({ ...es, region: 'APAC' as never }), 'region', 'enum'],
  ])('create rejects %s without sending', async (_name, body, field, rule) => {
    const { c, fetch } = client([json(201, sender())]);
    const err = (await rejection(c.whatsapp.senders.create(body()))) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect([err.field, err.rule]).toEqual([field, rule]);
    expect(fetch.calls).toHaveLength(0);
  });

  it('create accepts every allowed region and business manager pair', async () => {
    const { c, fetch } = client([json(201, sender())]);
    const pairs = [
      ['BR', 'SINCH_BR'],
      ['BR', 'SINCH_MX'],
      ['EU', 'SINCH_UK'],
      ['US', 'SINCH_BR'],
      ['US', 'SINCH_MX'],
      ['US', 'SINCH_UK'],
    ] as const;
    for (const [region, businessManager] of pairs) await c.whatsapp.senders.create({ ...es, region, businessManager });
    expect(fetch.calls).toHaveLength(6);
  });

  it.each([
    ['123 45', 'code', 'noWhitespace'],
    ['12345', 'code', 'minLength'],
    ['1234567', 'code', 'maxLength'],
  ])('verify rejects code %j without sending', async (code, field, rule) => {
    const { c, fetch } = client([new Response(null, { status: 204 })]);
    const err = (await rejection(c.whatsapp.senders.verify(SENDER_ID, { code }))) as ValidationError;
    expect([err.field, err.rule]).toEqual([field, rule]);
    expect(err.message).not.toContain(code);
    expect(fetch.calls).toHaveLength(0);
  });

  it('rejects an unknown filter state and a register method, without sending', async () => {
    const { c, fetch } = client([json(200, {})]);
    const list = (await rejection(c.whatsapp.senders.list({ filterStates: ['READY' as never] }).then((p) => p))) as ValidationError;
    expect([list.field, list.rule]).toEqual(['filterStates[0]', 'enum']);
    const reg = (await rejection(c.whatsapp.senders.register(SENDER_ID, { method: 'EMAIL' as never }))) as ValidationError;
    expect([reg.field, reg.rule]).toEqual(['method', 'enum']);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('isFinalWhatsAppSender', () => {
  it.each([
    [{}, false],
    [{ state: 'IN_PROGRESS' }, false],
    [{ changes: { status: 'IN_PROGRESS' } }, false],
    [{ state: 'ACTIVE', changes: { status: 'IN_PROGRESS' } }, false],
    [{ state: 'ACTIVE' }, true],
    [{ state: 'PENDING_VERIFICATION' }, true],
    [{ state: 'INACTIVE' }, true],
    [{ state: 'SUSPENDED' }, true],
    [{ state: 'ERROR' }, true],
    [{ changes: { status: 'DRAFT' } }, true],
    [{ changes: { status: 'REJECTED' } }, true],
    [{ state: 'ACTIVE', changes: { status: 'ERROR' } }, true],
  ] as const)('%j -> %s', (s, expected) => {
    expect(isFinalWhatsAppSender(s as never)).toBe(expected);
  });
});

describe('whatsapp.senders.waitForFinalState', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls with growing pauses until the sender is ACTIVE and returns it (fake timers)', async () => {
    vi.useFakeTimers({ now: 0 });
    const { c, fetch } = client([
      json(200, sender({ changes: { status: 'IN_PROGRESS' } })),
      json(200, sender({ state: 'IN_PROGRESS' })),
      json(200, sender({ state: 'IN_PROGRESS' })),
      json(200, sender({ state: 'ACTIVE' })),
    ]);
    const polledAt: number[] = [];
    const result = c.whatsapp.senders.waitForFinalState(SENDER_ID, { interval: 1000, onPoll: () => polledAt.push(Date.now()) });
    await vi.advanceTimersByTimeAsync(1000 + 1500 + 2250);
    expect((await result).state).toBe('ACTIVE');
    expect(polledAt).toEqual([0, 1000, 2500, 4750]);
    expect(new Set(sent(fetch))).toEqual(new Set([`GET /v1/projects/p1/whatsapp/senders/${SENDER_ID}`]));
  });

  it('returns a rejected change as final: the caller inspects it', async () => {
    const { c } = client([json(200, sender({ changes: { status: 'REJECTED' } }))]);
    const result = await c.whatsapp.senders.waitForFinalState(SENDER_ID);
    expect(result.changes?.status).toBe('REJECTED');
  });

  it('throws WaitTimeoutError (not a ConnectionError) naming the last state when time runs out (fake timers)', async () => {
    vi.useFakeTimers({ now: 0 });
    const { c, fetch } = client([json(200, sender({ state: 'IN_PROGRESS', changes: { status: 'IN_PROGRESS' } }))]);
    const polledAt: number[] = [];
    const result = rejection(c.whatsapp.senders.waitForFinalState(SENDER_ID, { timeout: 3000, interval: 2000, onPoll: () => polledAt.push(Date.now()) }));
    await vi.advanceTimersByTimeAsync(3000);
    const err = (await result) as WaitTimeoutError;
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect(err).not.toBeInstanceOf(ConnectionError);
    expect((err.lastState as { state: string }).state).toBe('IN_PROGRESS');
    expect(err.message).toBe(`WhatsApp sender ${SENDER_ID} did not finish within 3000 ms (last seen: state IN_PROGRESS, changes IN_PROGRESS)`);
    // The wait is bounded: the deadline ends the last pause; no poll is started at or after it.
    expect(polledAt).toEqual([0, 2000]);
    expect(fetch.calls).toHaveLength(2);
  });

  it('lets a 404 through at once and stops on abort', async () => {
    const missing = client([papiError(404, 'sender_not_found', 'No sender.')]);
    expect(await rejection(missing.c.whatsapp.senders.waitForFinalState(SENDER_ID))).toBeInstanceOf(NotFoundError);
    const { c, fetch } = client([json(200, sender())]);
    const aborted = await rejection(c.whatsapp.senders.waitForFinalState(SENDER_ID, { signal: AbortSignal.abort() }));
    expect(aborted).toBeInstanceOf(AbortError);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('the spec request examples and the cross-field rules', () => {
  it('every create-sender and verify example passes', () => {
    const spec = loadSpec();
    const bodies = (path: string) => Object.values<Json>(spec.paths[path].post.requestBody.content['application/json'].examples).map((e) => e.value);
    const created = bodies('/v1/projects/{projectId}/whatsapp/senders');
    expect(created).toHaveLength(5);
    expect(created.flatMap(senderInputChecks)).toEqual([]);
    expect(bodies('/v1/projects/{projectId}/whatsapp/senders/{senderId}/verify').flatMap(verifyChecks)).toEqual([]);
  });
});
