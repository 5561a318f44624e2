import { afterEach, describe, expect, it, vi } from 'vitest';
import { launchSettled, waitForLaunch } from '../../../../../src/facade/resources/rcs/launch.js';
import { AbortError, NotFoundError, Provisioning, type RcsSender, WaitTimeoutError } from '../../../../../src/index.js';
import { json, papiError, scriptedFetch } from '../../helpers.js';

const SENDER_ID = 'cf11794a-6a5e-4a12-b103-da79bd378bf1';
const senderIn = (state: string | undefined): RcsSender =>
  ({ id: SENDER_ID, region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP', hostingRegion: 'EUROPE', state }) as RcsSender;

function fakeClock() {
  let t = 0;
  const pauses: number[] = [];
  return { pauses, deps: { now: () => t, sleep: async (ms: number) => void (pauses.push(ms), (t += ms)) } };
}

/** A poll that answers the given states in turn (the last one repeats). */
function polling(...states: (string | undefined)[]) {
  let calls = 0;
  const poll = async () => senderIn(states[Math.min(calls++, states.length - 1)]);
  return { poll, calls: () => calls };
}

describe('launchSettled', () => {
  it.each([
    ['LAUNCHED', true],
    ['UNLAUNCHED', true],
    ['IN_TEST', true],
    ['LAUNCHING', false],
    ['PREPARING_LAUNCH', false],
    ['PENDING_LAUNCH', false],
    [undefined, false],
  ])('%s -> %s', (state, settled) => {
    expect(launchSettled(senderIn(state))).toBe(settled);
  });
});

describe('waitForLaunch (fake clock)', () => {
  it('polls through the transitional states with growing pauses and returns the launched sender', async () => {
    const clock = fakeClock();
    const { poll, calls } = polling('LAUNCHING', 'PREPARING_LAUNCH', 'PENDING_LAUNCH', 'LAUNCHED');
    const seen: unknown[] = [];
    const sender = await waitForLaunch(poll, SENDER_ID, { interval: 1000, onPoll: (s) => seen.push((s as RcsSender).state) }, clock.deps);
    expect(sender.state).toBe('LAUNCHED');
    expect(calls()).toBe(4);
    expect(clock.pauses).toEqual([1000, 1500, 2250]);
    expect(seen).toEqual(['LAUNCHING', 'PREPARING_LAUNCH', 'PENDING_LAUNCH', 'LAUNCHED']);
  });

  it('returns a sender that ended outside the launch (UNLAUNCHED) for the caller to inspect', async () => {
    const clock = fakeClock();
    const { poll } = polling('LAUNCHING', 'UNLAUNCHED');
    expect((await waitForLaunch(poll, SENDER_ID, { interval: 10 }, clock.deps)).state).toBe('UNLAUNCHED');
    expect(clock.pauses).toEqual([10]);
  });

  it('throws WaitTimeoutError naming the sender and its last state', async () => {
    const clock = fakeClock();
    const { poll, calls } = polling('PREPARING_LAUNCH');
    const err = await waitForLaunch(poll, SENDER_ID, { timeout: 5000, interval: 2000, maxInterval: 2000 }, clock.deps).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect((err as Error).message).toBe(`launch of RCS sender ${SENDER_ID} did not finish within 5000 ms (last seen: state PREPARING_LAUNCH)`);
    expect([calls(), clock.pauses]).toEqual([4, [2000, 2000, 1000]]);
  });

  it('keeps polling while the state is not reported', async () => {
    const clock = fakeClock();
    const err = await waitForLaunch(polling(undefined).poll, SENDER_ID, { timeout: 10, interval: 10 }, clock.deps).catch((e: unknown) => e);
    expect((err as Error).message).toContain('(last seen: state not reported)');
  });
});

describe('client.rcs.senders.waitForLaunch', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const client = (fetch: ReturnType<typeof scriptedFetch>) =>
    new Provisioning({ projectId: 'p1', accessToken: 't', baseUrl: 'https://provisioning.test', fetch, maxRetries: 0 });

  it('returns at once, without sleeping, when the sender is already launched; per-call options reach the GET', async () => {
    const fetch = scriptedFetch(json(200, senderIn('LAUNCHED')));
    const sender = await client(fetch).rcs.senders.waitForLaunch(SENDER_ID, { interval: 60_000 }, { projectId: 'other' });
    expect(sender.state).toBe('LAUNCHED');
    expect(fetch.calls.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([`GET /v1/projects/other/rcs/senders/${SENDER_ID}`]);
  });

  it('polls get until LAUNCHED (fake timers)', async () => {
    vi.useFakeTimers();
    const fetch = scriptedFetch(json(200, senderIn('LAUNCHING')), json(200, senderIn('LAUNCHING')), json(200, senderIn('LAUNCHED')));
    const result = client(fetch).rcs.senders.waitForLaunch(SENDER_ID, { interval: 1000 });
    await vi.advanceTimersByTimeAsync(1000 + 1500);
    expect((await result).state).toBe('LAUNCHED');
    expect(fetch.calls).toHaveLength(3);
  });

  it('options.signal also aborts the GET in flight', async () => {
    const controller = new AbortController();
    const hang = (input: RequestInfo | URL) =>
      new Promise<Response>((_, reject) => (input as Request).signal.addEventListener('abort', () => reject(new Error('aborted'))));
    const c = new Provisioning({ projectId: 'p1', accessToken: 't', baseUrl: 'https://provisioning.test', fetch: hang as typeof fetch, maxRetries: 0 });
    const result = c.rcs.senders.waitForLaunch(SENDER_ID, { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    expect(await result).toBeInstanceOf(AbortError);
  });

  it('lets a 404 through at once instead of waiting for the timeout', async () => {
    const fetch = scriptedFetch(papiError(404, 'sender_not_found', 'Sender not found.'));
    const err = await client(fetch)
      .rcs.senders.waitForLaunch(SENDER_ID)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(fetch.calls).toHaveLength(1);
  });
});
