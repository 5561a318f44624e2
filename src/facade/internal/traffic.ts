/**
 * Client-wide traffic shaping: every attempt of every call takes a slot here before it is sent
 * and gives it back when its answer is in. One gate per client, so that a 429 slows the whole
 * client instead of each call on its own (calls that retry on their own retry in lock-step and
 * keep the limit exceeded). The gate only ever delays an attempt: it never sends one, so it
 * cannot turn a write into two. What it does:
 *
 * - **Pause after a 429.** A Retry-After pauses every queued and new call until it has passed
 *   (the transport passes it with its jitter, see core/retry.ts `retryAfterDelay`). The call
 *   that got the 429 waits its own retry delay and is not held a second time by that pause.
 * - **Learned rate.** On the first 429 the gate counts the attempts the server accepted (did
 *   not answer 429) in the last second, plus those still in flight less each of them that comes
 *   back 429, and from then on lets at most that many attempts be in
 *   flight or answered within {@link LEARNED_WINDOW_MS} (a second plus a small margin). It counts
 *   answers by when they came back, not when the attempt left: an answer proves the request
 *   reached the server before it, whatever the event loop or the network delayed, so the
 *   server's own sliding window is never overrun (at a cost of one round trip per window); another
 *   429 on an attempt sent under that limit lowers it by 10 %; 30 s without a 429 raise it by
 *   10 %. Learning needs {@link MIN_LEARN} accepted attempts: a 429 after a quiet spell says the
 *   quota was used elsewhere, not how large it is, and only pauses.
 * - **Slow start.** Without `maxConcurrency`, at most {@link INITIAL_WINDOW} attempts are in
 *   flight at first; each accepted answer while calls wait widens the window by one (it doubles
 *   per round trip), so a burst of a thousand calls probes the server instead of hitting it
 *   all at once. After a second of idleness the window starts small again.
 * - **Limits you set.** `maxConcurrency` caps attempts in flight; `maxRequestsPerSecond`
 *   caps the attempts started in any one-second window (a sliding log, exact).
 *
 * Calls wait in arrival order. Time and timers are injected for tests. This module imports
 * nothing: it is loaded on the first call (internal/traffic-lazy.ts) as a chunk of its own.
 */

export const INITIAL_WINDOW = 16;
export const LEARNED_WINDOW_MS = 1020;
export const MIN_LEARN = 5;
const RATE_WINDOW_MS = 1000;
const RAISE_AFTER_MS = 30_000;
const IDLE_RESET_MS = 1000;

export interface TrafficOptions {
  /** At most this many attempts in flight. Unset: slow start, no fixed cap. */
  maxConcurrency?: number | undefined;
  /** At most this many attempts started in any 1 s window. */
  maxRequestsPerSecond?: number | undefined;
  /** Monotonic clock, ms. */
  now?: () => number;
  /** Runs `fn` after `ms`; returns a function that cancels it. */
  setTimer?: (fn: () => void, ms: number) => () => void;
}

/** One attempt's permission to be sent. `release` it once the answer (or the failure) is in. */
export interface Slot {
  /** Reports that the attempt was answered 429; `pauseMs` is the Retry-After wait (with jitter), if the server sent one. */
  rateLimited(pauseMs: number | undefined): void;
  /** Gives the slot back; idempotent. */
  release(): void;
}

export interface Traffic {
  /** A slot right away, or undefined when the attempt must wait (then use `acquire`). */
  tryAcquire(previous?: Slot): Slot | undefined;
  /** Waits for a slot in arrival order; rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal, previous?: Slot): Promise<Slot>;
}

interface Waiter {
  previous: Slot | undefined;
  resolve: (slot: Slot) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

interface SlotState extends Slot {
  sentAt: number;
  epoch: number;
  limited: boolean;
  released: boolean;
  /** The pause this attempt set or extended (its own retry wait covers it). */
  pausedTo: number;
}

/** Index of the first element of sorted `log`, from `head`, that is greater than `t`. */
function firstAfter(log: number[], head: number, t: number): number {
  let lo = head;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((log[mid] ?? 0) > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const realTimer = (fn: () => void, ms: number): (() => void) => {
  const t = setTimeout(fn, ms);
  return () => clearTimeout(t);
};

export function createTraffic(options: TrafficOptions = {}): Traffic {
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? realTimer;
  const { maxConcurrency, maxRequestsPerSecond } = options;

  let window = maxConcurrency ?? INITIAL_WINDOW;
  let inFlight = 0;
  let lastIdle = -Infinity;
  let pausedUntil = -Infinity;
  /** Learned attempts per LEARNED_WINDOW_MS; Infinity until a 429 teaches one. */
  let learned = Infinity;
  let epoch = 0;
  let lastLimitChange = -Infinity;
  /** Start times of recent attempts (sorted), from `head`. */
  const sends: number[] = [];
  let sendsHead = 0;
  /** Times at which recent attempts were answered (or failed), sorted. */
  const done: number[] = [];
  let doneHead = 0;
  /** Times at which recent attempts were answered with something other than 429 (sorted). */
  const accepted: number[] = [];
  let acceptedHead = 0;
  const queue: Waiter[] = [];
  let cancelTimer: (() => void) | undefined;
  let timerAt = Infinity;

  const prune = (t: number): void => {
    sendsHead = firstAfter(sends, sendsHead, t - RATE_WINDOW_MS);
    doneHead = firstAfter(done, doneHead, t - LEARNED_WINDOW_MS);
    acceptedHead = firstAfter(accepted, acceptedHead, t - RATE_WINDOW_MS);
    if (sendsHead > 1024 && sendsHead * 2 > sends.length) {
      sends.splice(0, sendsHead);
      sendsHead = 0;
    }
    if (doneHead > 1024 && doneHead * 2 > done.length) {
      done.splice(0, doneHead);
      doneHead = 0;
    }
    if (acceptedHead > 1024 && acceptedHead * 2 > accepted.length) {
      accepted.splice(0, acceptedHead);
      acceptedHead = 0;
    }
  };

  /** The earliest time at which an attempt may start as far as the clocks go (pause, rates). */
  const readyAt = (t: number, previous: Slot | undefined): number => {
    let at = t;
    const exempt = previous !== undefined && (previous as SlotState).pausedTo >= pausedUntil;
    if (!exempt && pausedUntil > at) at = pausedUntil;
    if (maxRequestsPerSecond !== undefined && sends.length - sendsHead >= maxRequestsPerSecond) {
      // The maxRequestsPerSecond-th most recent start must have left the window.
      at = Math.max(at, (sends[sends.length - maxRequestsPerSecond] ?? t) + RATE_WINDOW_MS);
    }
    if (learned !== Infinity) {
      // In flight now, plus answered within the window: the (learned - inFlight)-th latest answer must leave it.
      const room = learned - inFlight;
      if (room <= 0) return Infinity; // wait for an answer (release pumps)
      if (done.length - doneHead >= room) at = Math.max(at, (done[done.length - room] ?? t) + LEARNED_WINDOW_MS);
    }
    return at;
  };

  const raiseLearned = (t: number): void => {
    if (learned !== Infinity && t - lastLimitChange >= RAISE_AFTER_MS) {
      learned = Math.ceil(learned * 1.1);
      lastLimitChange = t;
      epoch++;
    }
  };

  const open = (t: number): Slot => {
    inFlight++;
    if (maxRequestsPerSecond !== undefined) sends.push(t);
    const slot: SlotState = {
      sentAt: t,
      epoch,
      limited: false,
      released: false,
      pausedTo: -Infinity,
      rateLimited(pauseMs) {
        if (slot.limited || slot.released) return;
        slot.limited = true;
        const at = now();
        prune(at);
        // A 429 during a pause extends it only when it asks for more than what is left: each
        // call's wait carries its own jitter (up to 25 %), and the latest of many draws would
        // otherwise stretch every pause to its maximum.
        if (pauseMs !== undefined) {
          if (pausedUntil <= at || at + pauseMs / 1.25 > pausedUntil) pausedUntil = at + pauseMs;
          slot.pausedTo = pausedUntil;
        }
        if (learned === Infinity) {
          // Accepted so far, plus the other attempts still in flight (assumed accepted until
          // their own answer says otherwise, below).
          const ok = accepted.length - acceptedHead;
          if (ok >= MIN_LEARN) {
            learned = ok + inFlight - 1;
            // Answers are logged only once a limit is known; the accepted ones stand in until then.
            done.push(...accepted.slice(acceptedHead));
            epoch++;
            lastLimitChange = at;
          }
        } else if (slot.epoch < epoch) {
          // Sent before the limit last changed: it was counted as accepted, it was not.
          learned = Math.max(1, learned - 1);
        } else {
          learned = Math.max(1, Math.floor(learned * 0.9));
          epoch++;
          lastLimitChange = at;
        }
        pump();
      },
      release() {
        if (slot.released) return;
        slot.released = true;
        inFlight--;
        const at = now();
        if (learned !== Infinity) done.push(at);
        if (!slot.limited) {
          accepted.push(at);
          // Widen the window only while calls wait for it (a window nobody fills means nothing).
          if (maxConcurrency === undefined && queue.length > 0) window++;
          raiseLearned(at);
        }
        if (inFlight === 0) lastIdle = at;
        pump();
      },
    };
    return slot;
  };

  const schedule = (at: number, t: number): void => {
    if (at >= timerAt && cancelTimer) return;
    cancelTimer?.();
    timerAt = at;
    cancelTimer = setTimer(
      () => {
        cancelTimer = undefined;
        timerAt = Infinity;
        pump();
      },
      Math.max(0, Math.ceil(at - t)),
    );
  };

  /** Lets waiting calls go, in order, as far as the limits allow; arms a timer for the rest. */
  function pump(): void {
    while (queue.length > 0 && inFlight < window) {
      const t = now();
      prune(t);
      const head = queue[0] as Waiter;
      const at = readyAt(t, head.previous);
      if (at > t) {
        if (at !== Infinity) schedule(at, t);
        return;
      }
      queue.shift();
      head.signal?.removeEventListener('abort', head.onAbort);
      head.resolve(open(t));
    }
    if (queue.length === 0 && cancelTimer) {
      cancelTimer();
      cancelTimer = undefined;
      timerAt = Infinity;
    }
  }

  return {
    tryAcquire(previous) {
      if (queue.length > 0) return undefined;
      const t = now();
      if (inFlight === 0 && maxConcurrency === undefined && t - lastIdle > IDLE_RESET_MS) window = INITIAL_WINDOW;
      if (inFlight >= window) return undefined;
      prune(t);
      return readyAt(t, previous) > t ? undefined : open(t);
    },
    acquire(signal, previous) {
      return new Promise<Slot>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const waiter: Waiter = {
          previous,
          resolve,
          reject,
          signal,
          onAbort: () => {
            const i = queue.indexOf(waiter);
            if (i >= 0) queue.splice(i, 1);
            reject(signal?.reason);
            pump();
          },
        };
        signal?.addEventListener('abort', waiter.onAbort, { once: true });
        queue.push(waiter);
        pump();
      });
    },
  };
}
