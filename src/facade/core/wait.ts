import { type Sleep, sleep as realSleep } from '../internal/sleep.js';
import { AbortError, ValidationError, WaitTimeoutError } from './errors.js';

/** How long and how often a `waitUntil...` helper polls. */
export interface WaitOptions<T = unknown> {
  /** Give up after this many milliseconds (default 10 minutes). */
  timeout?: number;
  /** First pause between two polls in milliseconds (default 5 000); it grows by half each round. */
  interval?: number;
  /** Longest pause between two polls in milliseconds (default 60 000). */
  maxInterval?: number;
  /** Stops waiting with an AbortError. */
  signal?: AbortSignal;
  /** Called with every polled state, e.g. to log progress. */
  onPoll?: (state: T) => void;
}

/** Internal knobs for tests: a fake clock and sleep. */
export interface WaitDeps {
  now?: () => number;
  sleep?: Sleep;
}

/**
 * Polls `poll` until `isDone` says the returned state is final, then returns that state.
 * Pauses grow from `interval` by half each round up to `maxInterval`; the last pause is cut so
 * that the whole wait never exceeds `timeout`. Throws WaitTimeoutError (naming `what` and the last
 * state's `describe`) when time runs out. Errors of `poll` propagate at once: a 404 does not
 * become a timeout.
 */
export async function waitUntil<T>(
  poll: () => Promise<T>,
  isDone: (state: T) => boolean,
  what: string,
  describe: (state: T) => string,
  options: WaitOptions<T> = {},
  deps: WaitDeps = {},
): Promise<T> {
  const { timeout = 600_000, interval = 5_000, maxInterval = 60_000, signal, onPoll } = options;
  for (const [name, value] of Object.entries({ timeout, interval, maxInterval })) {
    if (!Number.isFinite(value) || value <= 0) {
      throw new ValidationError([{ path: name, rule: 'minimum', message: 'must be a positive number of milliseconds' }], 'wait options');
    }
  }
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? realSleep;
  const deadline = now() + timeout;
  let pause = interval;
  for (;;) {
    if (signal?.aborted) throw new AbortError(`Stopped waiting for ${what}: aborted`);
    const state = await poll();
    onPoll?.(state);
    if (isDone(state)) return state;
    const left = deadline - now();
    if (left <= 0) throw new WaitTimeoutError(`${what} did not finish within ${timeout} ms (last seen: ${describe(state)})`, { lastState: state });
    try {
      await sleep(Math.min(pause, left), signal);
    } catch {
      throw new AbortError(`Stopped waiting for ${what}: aborted`);
    }
    pause = Math.min(maxInterval, Math.round(pause * 1.5));
  }
}
