import { type Sleep, sleep as realSleep } from './sleep.js';
import { untilAborted } from './abort.js';
import { AbortError, ProvisioningError, TimeoutError, ValidationError, WaitTimeoutError } from './errors.js';
import { isThenable } from './thenable.js';

/** How long and how often a `waitUntil...` helper polls. */
export interface WaitOptions<T = unknown> {
  /** Give up after this many milliseconds (default 10 minutes); it bounds the polls in flight too. */
  timeout?: number;
  /** First pause between two polls in milliseconds (default 5 000); it grows by half each round. */
  interval?: number;
  /** Longest pause between two polls in milliseconds (default 60 000). */
  maxInterval?: number;
  /** Stops waiting with an AbortError, aborting a poll in flight. */
  signal?: AbortSignal;
  /**
   * Called with every polled state, e.g. to log progress. A returned promise is awaited before
   * the next poll. If it throws or rejects, the wait stops with a ProvisioningError carrying
   * that error as `cause` (it is never left as an unhandled rejection).
   */
  onPoll?: (state: T) => unknown;
}

/** What each poll is given: the time left before the wait's deadline, and a signal that aborts at it (or with the caller's). */
export interface PollCall {
  timeout: number;
  signal: AbortSignal;
}

/** Internal knobs for tests: a fake clock and sleep. */
export interface WaitDeps {
  now?: () => number;
  sleep?: Sleep;
}

/** The per-call options of a poll: the caller's, bounded by what is left of the wait. */
export function pollOptions<O extends { timeout?: number; signal?: AbortSignal }>(opts: O, call: PollCall): O {
  return { ...opts, signal: call.signal, timeout: Math.min(opts.timeout ?? call.timeout, call.timeout) };
}

/**
 * Polls `poll` until `isDone` says the returned state is final, then returns that state.
 * Pauses grow from `interval` by half each round up to `maxInterval`; the last pause is cut so
 * that the whole wait never exceeds `timeout`: every poll gets the time left and a signal that
 * aborts at the deadline, so a slow poll (retries included) cannot stretch it. Throws
 * WaitTimeoutError (naming `what` and the last state's `describe`) when time runs out. Errors of
 * `poll` propagate at once: a 404 does not become a timeout.
 */
export async function waitUntil<T>(
  poll: (call: PollCall) => Promise<T>,
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
  const aborted = (cause?: unknown): AbortError => new AbortError(`Stopped waiting for ${what}: aborted`, { cause });
  let last: { state: T } | undefined;
  const expired = (cause?: unknown): WaitTimeoutError =>
    new WaitTimeoutError(`${what} did not finish within ${timeout} ms (last seen: ${last ? describe(last.state) : 'no answer yet'})`, {
      cause,
      lastState: last?.state,
    });

  // One signal for everything in flight: it aborts at the deadline, or with the caller's.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutError(`${what}: deadline`)), timeout);
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  /** An error that came from the caller's abort or the deadline, as the wait's own error. */
  const stopped = (err: unknown): ProvisioningError | undefined => {
    if (signal?.aborted) return aborted(err);
    if (controller.signal.aborted || now() >= deadline) return expired(err);
    return undefined;
  };
  try {
    let pause = interval;
    for (;;) {
      if (signal?.aborted) throw aborted();
      let state: T;
      try {
        state = await poll({ timeout: Math.max(1, deadline - now()), signal: controller.signal });
      } catch (err) {
        if ((err instanceof AbortError || err instanceof TimeoutError) && stopped(err)) throw stopped(err);
        throw err;
      }
      last = { state };
      if (onPoll) {
        try {
          const returned = onPoll(state);
          if (isThenable(returned)) {
            await untilAborted(Promise.resolve(returned), controller.signal);
          }
        } catch (err) {
          throw stopped(err) ?? new ProvisioningError(`Stopped waiting for ${what}: the onPoll callback failed`, { cause: err });
        }
      }
      if (isDone(state)) return state;
      const left = deadline - now();
      if (left <= 0) throw expired();
      try {
        await sleep(Math.min(pause, left), controller.signal);
      } catch (err) {
        throw stopped(err) ?? aborted(err);
      }
      pause = Math.min(maxInterval, Math.round(pause * 1.5));
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** What a review waiter reports as the last state seen: `state APPROVED, changes IN_PROGRESS` (`none` for either when absent). */
export function describeReview(resource: { state?: string | undefined; changes?: { status?: string | undefined } | undefined }): string {
  return `state ${resource.state ?? 'none'}, changes ${resource.changes?.status ?? 'none'}`;
}
