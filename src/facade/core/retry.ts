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
/**
 * Statuses that say the server refused the request before acting on it, whatever the method:
 * 408 (it did not get the whole request) and 429 (a rate limiter turned it away).
 */
const REFUSED_BEFORE_ACTING = new Set([408, 429]);
/** Statuses an idempotent request may repeat: a gateway or server failure that can pass. */
const TRANSIENT = new Set([408, 429, 500, 502, 503, 504]);

/** Why an attempt failed, as far as the retry decision cares. */
export type AttemptFailure =
  /** `retryAfter`: the response carried a Retry-After header. */
  | { kind: 'status'; status: number; retryAfter?: boolean }
  /** Nothing was sent: the connection could not be made (refused, DNS, connect timeout, TLS handshake), or the token endpoint failed. */
  | { kind: 'connection' }
  /**
   * The request may have reached the server: an open connection broke, the answer was not
   * valid HTTP, or the failure is of a kind that does not prove otherwise.
   */
  | { kind: 'interrupted'; reason?: 'broken' | 'malformed' | 'unknown' }
  | { kind: 'timeout' };

/**
 * Error codes (Node, undici, node-fetch's `FetchError.code`) that prove no byte of the request
 * reached a server: the name did not resolve, the connection was refused or never completed,
 * or the TLS handshake failed (it comes before the request is written).
 */
const NOTHING_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Codes of an answer that arrived but was not valid HTTP (llhttp's HPE_*, undici's header limit). */
function isMalformed(code: string): boolean {
  return code.startsWith('HPE_') || code === 'UND_ERR_HEADERS_OVERFLOW' || code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH';
}

/** Every `code` in an error's `cause` chain (and in an AggregateError's `errors`, e.g. happy eyeballs). */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  const walk = (e: unknown, depth: number): void => {
    if (depth > 5 || e === null || typeof e !== 'object') return;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    const inner = (e as { errors?: unknown }).errors;
    if (Array.isArray(inner)) for (const x of inner.slice(0, 8)) walk(x, depth + 1);
    walk((e as { cause?: unknown }).cause, depth + 1);
  };
  walk(error, 0);
  return codes;
}

/**
 * Classifies a fetch that threw before any response. Only a failure that proves nothing was
 * sent is `connection` (every code found is in the "nothing sent" list, and there is one);
 * everything else, including errors with no code at all, is `interrupted`: the server may have
 * read the request and acted, so a POST or PATCH must not be sent again.
 */
export function networkFailure(error: unknown): AttemptFailure {
  const codes = codesOf(error);
  if (codes.length > 0 && codes.every((c) => NOTHING_SENT.has(c))) return { kind: 'connection' };
  if (codes.some(isMalformed)) return { kind: 'interrupted', reason: 'malformed' };
  if (codes.length > 0 && codes.some((c) => c.startsWith('E') || c === 'UND_ERR_SOCKET')) return { kind: 'interrupted', reason: 'broken' };
  return { kind: 'interrupted', reason: 'unknown' };
}

/** GET, HEAD, PUT and DELETE can be repeated without changing the outcome. */
export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/**
 * Whether a failed attempt may be repeated. POST and PATCH are only retried when the server
 * cannot have acted on them: nothing was sent, 408, 429, or a 503 that carries Retry-After
 * (the server says it is unavailable and when to come back). A 500, 502 or 504 (a gateway
 * whose backend may have acted), a 503 without Retry-After, a timeout, a broken connection or
 * an answer that was not valid HTTP may come after the server acted, so only idempotent
 * methods retry them.
 */
export function isRetryable(method: string, failure: AttemptFailure): boolean {
  switch (failure.kind) {
    case 'connection':
      return true;
    case 'interrupted':
    case 'timeout':
      return isIdempotent(method);
    case 'status':
      if (isIdempotent(method)) return TRANSIENT.has(failure.status);
      return REFUSED_BEFORE_ACTING.has(failure.status) || (failure.status === 503 && failure.retryAfter === true);
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
export function retryDelay(options: { retry: number; retryAfter?: string | null | undefined; now: number; random?: (() => number) | undefined }): number {
  return retryAfterDelay(options.retryAfter, options.now, options.random) ?? backoffDelay(options.retry, options.random);
}
