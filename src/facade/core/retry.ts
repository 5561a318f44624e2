/**
 * Retry policy as pure functions: which failures may be retried, and how long to wait.
 * The fetch wrapper (internal/transport.ts) applies them; keeping them pure makes the
 * policy testable without clocks or sockets.
 */

export const DEFAULT_MAX_RETRIES = 2;
export const INITIAL_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 8_000;
/** A server may ask for a longer pause with Retry-After; we never wait longer than this. */
export const MAX_RETRY_AFTER_MS = 60_000;
/** Share of the backoff delay removed at random so that clients do not retry in lock-step. */
export const JITTER = 0.25;
/**
 * Share of a Retry-After added at random: never shorter than the server asked (it would come
 * back to another 429), but spread out so that calls told the same Retry-After do not all
 * return at the same instant.
 */
export const RETRY_AFTER_JITTER = 0.25;

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
/** Statuses that mean "the server did not act, try again", whatever the method. */
const ALWAYS_RETRYABLE = new Set([408, 429, 502, 503, 504]);

/** Why an attempt failed, as far as the retry decision cares. */
export type AttemptFailure =
  | { kind: 'status'; status: number }
  /** No connection was made (refused, DNS), or the token endpoint could not be reached. */
  | { kind: 'connection' }
  /** The connection broke after it was open, before or while the response arrived: the request may have reached the server. */
  | { kind: 'interrupted' }
  | { kind: 'timeout' };

/** Socket error codes (Node, undici) of a connection that broke after it was open. */
const BROKEN_AFTER_CONNECT = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

/**
 * Classifies a fetch that threw before any response: `interrupted` when an error in the
 * `cause` chain says an open connection was reset or closed (the server may have read the
 * request and acted), else `connection` (refused, unknown host: nothing was sent).
 */
export function networkFailure(error: unknown): AttemptFailure {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e !== null && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && BROKEN_AFTER_CONNECT.has(code)) return { kind: 'interrupted' };
    e = (e as { cause?: unknown }).cause;
  }
  return { kind: 'connection' };
}

/** GET, HEAD, PUT and DELETE can be repeated without changing the outcome. */
export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/**
 * Whether a failed attempt may be repeated. POST and PATCH are only retried when the
 * server cannot have acted on them: no connection, 408, 429, 502, 503 or 504. A 500, a
 * timeout or a connection that broke after it was open may come after the server acted, so
 * only idempotent methods retry.
 */
export function isRetryable(method: string, failure: AttemptFailure): boolean {
  switch (failure.kind) {
    case 'connection':
      return true;
    case 'interrupted':
    case 'timeout':
      return isIdempotent(method);
    case 'status':
      if (ALWAYS_RETRYABLE.has(failure.status)) return true;
      return failure.status === 500 && isIdempotent(method);
  }
}

/**
 * Milliseconds asked for by a Retry-After header (delta-seconds or an HTTP date),
 * or `undefined` when absent or unreadable. Dates in the past give 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  // Only an HTTP date is a date: Date.parse would also read "-5" or "2025" as years.
  if (!/[a-z]/i.test(v)) return undefined;
  const date = Date.parse(v);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * Exponential backoff for the n-th retry (1-based): 0.5 s, 1 s, 2 s, 4 s, then 8 s,
 * each reduced by up to {@link JITTER} at random.
 */
export function backoffDelay(retry: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_DELAY_MS, INITIAL_RETRY_DELAY_MS * 2 ** Math.max(0, retry - 1));
  return Math.round(base * (1 - JITTER * random()));
}

/**
 * The wait a Retry-After header asks for: its milliseconds plus up to {@link RETRY_AFTER_JITTER}
 * of them at random, never more than {@link MAX_RETRY_AFTER_MS}; `undefined` when the header is
 * absent or unreadable.
 */
export function retryAfterDelay(header: string | null | undefined, now: number, random: () => number = Math.random): number | undefined {
  const asked = parseRetryAfter(header, now);
  return asked === undefined ? undefined : Math.min(MAX_RETRY_AFTER_MS, Math.round(asked * (1 + RETRY_AFTER_JITTER * random())));
}

/** The wait before the n-th retry: Retry-After when the server sent one (jittered, capped), else backoff. */
export function retryDelay(options: {
  retry: number;
  retryAfter?: string | null | undefined;
  now: number;
  random?: (() => number) | undefined;
}): number {
  return retryAfterDelay(options.retryAfter, options.now, options.random) ?? backoffDelay(options.retry, options.random);
}
