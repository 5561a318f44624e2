// The review waiters of WhatsApp templates, KakaoTalk templates and KakaoTalk senders: which
// states are final (the spec's enums only), how they poll, and how they stop.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AbortError,
  NotFoundError,
  WaitTimeoutError,
  isFinalKakaoTalkSender,
  isFinalKakaoTalkTemplate,
  isFinalWhatsAppTemplate,
} from '../../../../src/index.js';
import { json, papiError, type scriptedFetch } from '../helpers.js';
import { client } from '../../../helpers/client.js';
import { rejection } from '../../../helpers/rejection.js';

const FRIEND = '5WY5zKfY3pB56EmDVUPQ';
const CODE = 'S7yFqaKqJ8tsnBZH2CEd';

const sent = (f: ReturnType<typeof scriptedFetch>) => f.calls.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`);
const waTemplate = (extra: Record<string, unknown>) => ({
  name: 'order_shipped',
  language: 'EN_US',
  category: 'UTILITY',
  analytics: [],
  isMetaGenerated: false,
  ...extra,
});

describe('isFinalWhatsAppTemplate', () => {
  it.each([
    [{}, false],
    [{ state: 'PENDING' }, false],
    [{ state: 'APPROVED' }, true],
    [{ state: 'REJECTED' }, true],
    [{ state: 'PAUSED' }, true],
    [{ state: 'DISABLED' }, true],
    [{ changes: { status: 'IN_PROGRESS' } }, false],
    [{ state: 'APPROVED', changes: { status: 'IN_PROGRESS' } }, false],
    [{ changes: { status: 'DRAFT' } }, true],
    [{ state: 'APPROVED', changes: { status: 'REJECTED' } }, true],
  ] as const)('%j -> %s', (t, expected) => {
    expect(isFinalWhatsAppTemplate(t as never)).toBe(expected);
  });
});

describe('isFinalKakaoTalkTemplate and isFinalKakaoTalkSender', () => {
  it.each([
    [{}, false],
    [{ state: 'APPROVED' }, true],
    [{ state: 'REJECTED' }, true],
    [{ changes: { status: 'IN_PROGRESS' } }, false],
    [{ state: 'APPROVED', changes: { status: 'IN_PROGRESS' } }, false],
    [{ changes: { status: 'DRAFT' } }, true],
    [{ changes: { status: 'REJECTED' } }, true],
  ] as const)('template %j -> %s', (t, expected) => {
    expect(isFinalKakaoTalkTemplate(t as never)).toBe(expected);
  });

  it.each([
    [{}, false],
    [{ state: 'ACTIVE' }, true],
    [{ state: 'VERIFYING' }, true],
    [{ state: 'BLOCKED' }, true],
    [{ state: 'INACTIVE' }, true],
    [{ state: 'SUSPENDED' }, true],
    [{ changes: { status: 'IN_PROGRESS' } }, false],
    [{ state: 'ACTIVE', changes: { status: 'IN_PROGRESS' } }, false],
    [{ state: 'ACTIVE', changes: { status: 'REJECTED' } }, true],
    [{ changes: { status: 'DRAFT' } }, true],
  ] as const)('sender %j -> %s', (s, expected) => {
    expect(isFinalKakaoTalkSender(s as never)).toBe(expected);
  });
});

describe('waitForFinalState of templates and KakaoTalk senders', () => {
  // The request rules load on the first call (a dynamic import): do it on real timers.
  beforeAll(async () => {
    await client([json(200, { plusFriendId: FRIEND, state: 'ACTIVE' })]).c.kakaotalk.senders.get(FRIEND);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls a WhatsApp template with growing pauses until APPROVED (fake timers)', async () => {
    vi.useFakeTimers({ now: 0 });
    const { c, fetch } = client([
      json(200, waTemplate({ state: 'PENDING', changes: { status: 'IN_PROGRESS' } })),
      json(200, waTemplate({ state: 'PENDING' })),
      json(200, waTemplate({ state: 'APPROVED' })),
    ]);
    const polledAt: number[] = [];
    const result = c.whatsapp.templates.waitForFinalState('order_shipped', 'EN_US', { interval: 1000, onPoll: () => polledAt.push(Date.now()) });
    await vi.advanceTimersByTimeAsync(1000 + 1500);
    expect((await result).state).toBe('APPROVED');
    expect(polledAt).toEqual([0, 1000, 2500]);
    expect(sent(fetch)).toEqual(Array(3).fill('GET /v1/projects/p1/whatsapp/templates/order_shipped/languages/EN_US'));
  });

  it('polls a KakaoTalk template until its change leaves IN_PROGRESS and returns a rejection as final', async () => {
    vi.useFakeTimers({ now: 0 });
    const { c, fetch } = client([
      json(200, { code: CODE, changes: { status: 'IN_PROGRESS', details: {} } }),
      json(200, { code: CODE, changes: { status: 'REJECTED', details: {} } }),
    ]);
    const result = c.kakaotalk.templates.waitForFinalState(FRIEND, CODE, { interval: 500 });
    await vi.advanceTimersByTimeAsync(500);
    expect((await result).changes?.status).toBe('REJECTED');
    expect(sent(fetch)).toEqual(Array(2).fill(`GET /v1/projects/p1/kakaotalk/senders/${FRIEND}/templates/${CODE}`));
  });

  it('throws WaitTimeoutError naming the KakaoTalk sender and its last state (fake timers)', async () => {
    vi.useFakeTimers({ now: 0 });
    const { c, fetch } = client([json(200, { plusFriendId: FRIEND, changes: { status: 'IN_PROGRESS' } })]);
    const result = rejection(c.kakaotalk.senders.waitForFinalState(FRIEND, { timeout: 3000, interval: 2000 }));
    await vi.advanceTimersByTimeAsync(3000);
    const err = (await result) as WaitTimeoutError;
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect(err.message).toBe(`KakaoTalk sender ${FRIEND} did not finish within 3000 ms (last seen: state none, changes IN_PROGRESS)`);
    // Polls at 0 and 2000 ms; none starts at the 3000 ms deadline.
    expect(fetch.calls).toHaveLength(2);
  });

  it('returns at once for a final state, lets a 404 through and stops on abort without a request', async () => {
    const active = client([json(200, { plusFriendId: FRIEND, state: 'ACTIVE' })]);
    expect((await active.c.kakaotalk.senders.waitForFinalState(FRIEND)).state).toBe('ACTIVE');
    expect(active.fetch.calls).toHaveLength(1);
    const missing = client([papiError(404, 'template_not_found', 'No template.')]);
    expect(await rejection(missing.c.whatsapp.templates.waitForFinalState('x1', 'EN'))).toBeInstanceOf(NotFoundError);
    expect(missing.fetch.calls).toHaveLength(1);
    const { c, fetch } = client([json(200, { code: CODE })]);
    expect(await rejection(c.kakaotalk.templates.waitForFinalState(FRIEND, CODE, { signal: AbortSignal.abort() }))).toBeInstanceOf(AbortError);
    expect(fetch.calls).toHaveLength(0);
  });
});
