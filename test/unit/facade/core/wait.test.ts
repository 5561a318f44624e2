import { describe, expect, it } from 'vitest';
import { AbortError, ConnectionError, ValidationError, WaitTimeoutError } from '../../../../src/facade/core/errors.js';
import { waitUntil } from '../../../../src/facade/core/wait.js';

function fakeClock() {
  let t = 1_000_000;
  const pauses: number[] = [];
  return {
    pauses,
    deps: {
      now: () => t,
      sleep: async (ms: number, signal?: AbortSignal) => {
        if (signal?.aborted) throw signal.reason;
        pauses.push(ms);
        t += ms;
      },
    },
  };
}

describe('waitUntil', () => {
  it('polls until the state is final, with pauses growing by half up to maxInterval', async () => {
    const clock = fakeClock();
    const states = ['IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'DONE'];
    let polls = 0;
    const seen: unknown[] = [];
    const result = await waitUntil(
      async () => states[polls++]!,
      (s) => s === 'DONE',
      'bundle b1',
      String,
      { interval: 1000, maxInterval: 2000, onPoll: (s) => seen.push(s) },
      clock.deps,
    );
    expect(result).toBe('DONE');
    expect(polls).toBe(5);
    expect(clock.pauses).toEqual([1000, 1500, 2000, 2000]);
    expect(seen).toEqual(states);
  });

  it('throws WaitTimeoutError (not a ConnectionError) with the last state, and never waits past the deadline', async () => {
    const clock = fakeClock();
    let polls = 0;
    const err = await waitUntil(
      async () => {
        polls++;
        return 'PENDING';
      },
      () => false,
      'sender s1',
      (s) => `state ${s}`,
      { timeout: 5000, interval: 2000, maxInterval: 2000 },
      clock.deps,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect(err).not.toBeInstanceOf(ConnectionError);
    expect((err as WaitTimeoutError).lastState).toBe('PENDING');
    expect((err as Error).message).toBe('sender s1 did not finish within 5000 ms (last seen: state PENDING)');
    expect(clock.pauses).toEqual([2000, 2000, 1000]);
    expect(polls).toBe(4);
  });

  it('lets poll errors through at once', async () => {
    const clock = fakeClock();
    const boom = new Error('404');
    await expect(
      waitUntil(
        async () => {
          throw boom;
        },
        () => true,
        'x',
        String,
        {},
        clock.deps,
      ),
    ).rejects.toBe(boom);
    expect(clock.pauses).toEqual([]);
  });

  it('stops with AbortError when the signal aborts', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    let polls = 0;
    const err = await waitUntil(
      async () => {
        if (++polls === 2) controller.abort();
        return 'PENDING';
      },
      () => false,
      'x',
      String,
      { signal: controller.signal, interval: 10 },
      clock.deps,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(polls).toBe(2);
  });

  it('rejects non-positive timings before polling', async () => {
    let polls = 0;
    const err = await waitUntil(
      async () => {
        polls++;
        return 1;
      },
      () => true,
      'x',
      String,
      { interval: 0 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).field).toBe('interval');
    expect(polls).toBe(0);
  });
});
