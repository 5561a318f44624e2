import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AttemptFailure,
  MAX_RETRY_AFTER_MS,
  MAX_RETRY_DELAY_MS,
  backoffDelay,
  isRetryable,
  networkFailure,
  retryAfterDelay,
  retryDelay,
} from '../../../src/facade/core/retry.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');
const random = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const retry = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: -5, max: 1_000_000 }));

describe('retry delay properties', () => {
  it('backoff stays within [0, 8 s] and within [75 %, 100 %] of its base, for any retry number and random value', () => {
    fc.assert(
      fc.property(retry, random, (n, r) => {
        const d = backoffDelay(n, () => r);
        const base = Math.min(MAX_RETRY_DELAY_MS, 500 * 2 ** Math.max(0, n - 1));
        expect(Number.isInteger(d)).toBe(true);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(MAX_RETRY_DELAY_MS);
        expect(d).toBeGreaterThanOrEqual(Math.floor(base * 0.75));
        expect(d).toBeLessThanOrEqual(base);
      }),
      { numRuns: 1000 },
    );
  });

  it('backoff never shrinks from one retry to the next (same random value)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), random, (n, r) => {
        expect(backoffDelay(n + 1, () => r)).toBeGreaterThanOrEqual(backoffDelay(n, () => r));
      }),
    );
  });

  it('without Retry-After the delay is the backoff', () => {
    fc.assert(
      fc.property(retry, random, fc.constantFrom(undefined, null, '', '  '), (n, r, header) => {
        expect(retryDelay({ retry: n, retryAfter: header, now: NOW, random: () => r })).toBe(backoffDelay(n, () => r));
      }),
    );
  });

  it('Retry-After in seconds is never cut short: [asked, 1.25 × asked], capped at 60 s; exact with random 0', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.option(fc.nat({ max: 999 }), { nil: undefined }), retry, random, (seconds, fraction, n, r) => {
        const header = fraction === undefined ? String(seconds) : `${seconds}.${String(fraction).padStart(3, '0')}`;
        const asked = Math.round(Number(header) * 1000);
        const d = retryDelay({ retry: n, retryAfter: header, now: NOW, random: () => r });
        expect(Number.isInteger(d)).toBe(true);
        // Lower bound: what the server asked (or the cap); upper bound: 25 % more (or the cap).
        expect(d).toBeGreaterThanOrEqual(Math.min(asked, MAX_RETRY_AFTER_MS));
        expect(d).toBeLessThanOrEqual(Math.min(Math.ceil(asked * 1.25), MAX_RETRY_AFTER_MS));
        expect(retryDelay({ retry: n, retryAfter: header, now: NOW, random: () => 0 })).toBe(Math.min(asked, MAX_RETRY_AFTER_MS));
      }),
      { numRuns: 500 },
    );
  });

  it('Retry-After jitter spreads the waits: random 0 waits exactly what was asked, random ~1 about 25 % more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 40_000 }), (asked) => {
        const low = retryAfterDelay(String(asked / 1000), NOW, () => 0);
        const high = retryAfterDelay(String(asked / 1000), NOW, () => 0.999);
        expect(low).toBe(asked);
        expect(high).toBeGreaterThanOrEqual(Math.floor(asked * 1.24));
      }),
    );
  });

  it('Retry-After as an HTTP date is honoured relative to now: 0 for the past, capped at 60 s', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), retry, (offsetSeconds, n) => {
        const header = new Date(NOW + offsetSeconds * 1000).toUTCString();
        expect(retryDelay({ retry: n, retryAfter: header, now: NOW, random: () => 0 })).toBe(Math.min(Math.max(0, offsetSeconds * 1000), MAX_RETRY_AFTER_MS));
      }),
      { numRuns: 500 },
    );
  });

  it('any header value at all gives a whole number of milliseconds in [0, 60 s]', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^-?\d{0,25}(\.\d{0,5})?(e\d{1,3})?$/),
          fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
        ),
        retry,
        random,
        (header, n, r) => {
          const d = retryDelay({ retry: n, retryAfter: header, now: NOW, random: () => r });
          expect(Number.isInteger(d)).toBe(true);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(MAX_RETRY_AFTER_MS);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/**
 * The retry decision checked against a truth table written out here by hand, row by row, from
 * the README's rules, not derived from the implementation's own sets: for each failure, may
 * an idempotent method (GET, HEAD, PUT, DELETE) repeat it, and may a POST or PATCH?
 */
type Row = { idempotent: boolean; write: boolean };
const YES_YES: Row = { idempotent: true, write: true };
const YES_NO: Row = { idempotent: true, write: false };
const NO_NO: Row = { idempotent: false, write: false };
const STATUS_TABLE: Record<number, { plain: Row; withRetryAfter: Row }> = {
  408: { plain: YES_YES, withRetryAfter: YES_YES },
  429: { plain: YES_YES, withRetryAfter: YES_YES },
  500: { plain: YES_NO, withRetryAfter: YES_NO },
  502: { plain: YES_NO, withRetryAfter: YES_NO },
  503: { plain: YES_NO, withRetryAfter: YES_YES },
  504: { plain: YES_NO, withRetryAfter: YES_NO },
};
const KIND_TABLE: Record<'connection' | 'interrupted' | 'timeout', Row> = {
  connection: YES_YES,
  interrupted: YES_NO,
  timeout: YES_NO,
};
const WRITES = ['POST', 'PATCH', 'post', 'patch'];
const IDEMPOTENT = ['GET', 'HEAD', 'PUT', 'DELETE', 'get', 'delete'];

describe('retry decision properties (hand-written truth table)', () => {
  const failure = fc.oneof(
    fc.record({ kind: fc.constant('status' as const), status: fc.integer({ min: 100, max: 599 }), retryAfter: fc.boolean() }),
    fc.constantFrom({ kind: 'connection' as const }, { kind: 'interrupted' as const }, { kind: 'timeout' as const }),
  );
  const expected = (method: string, f: AttemptFailure): boolean => {
    const row = f.kind === 'status' ? ((f.retryAfter ? STATUS_TABLE[f.status]?.withRetryAfter : STATUS_TABLE[f.status]?.plain) ?? NO_NO) : KIND_TABLE[f.kind];
    return WRITES.includes(method) ? row.write : row.idempotent;
  };

  it('every method and failure matches the table', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WRITES, ...IDEMPOTENT), failure, (method, f) => {
        expect(isRetryable(method, f)).toBe(expected(method, f));
      }),
      { numRuns: 3000 },
    );
  });

  it('the table rows themselves, spelled out (a POST is never repeated after 500, 502, 504, a timeout or a broken connection)', () => {
    for (const status of [500, 502, 504])
      for (const retryAfter of [false, true]) expect(isRetryable('POST', { kind: 'status', status, retryAfter })).toBe(false);
    expect(isRetryable('POST', { kind: 'status', status: 503 })).toBe(false);
    expect(isRetryable('POST', { kind: 'status', status: 503, retryAfter: true })).toBe(true);
    expect(isRetryable('PATCH', { kind: 'interrupted' })).toBe(false);
    expect(isRetryable('PATCH', { kind: 'timeout' })).toBe(false);
    expect(isRetryable('POST', { kind: 'connection' })).toBe(true);
    expect(isRetryable('GET', { kind: 'status', status: 501 })).toBe(false);
  });
});

/**
 * The network classifier against an independent oracle: codes listed here by hand that prove
 * nothing was sent, and everything else (resets, parse errors, header overflow, unknown codes,
 * no code at all) meaning the server may have acted.
 */
describe('network failure classification properties', () => {
  const PROVES_NOTHING_SENT = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH'];
  const MAY_HAVE_ACTED = [
    'ECONNRESET',
    'EPIPE',
    'UND_ERR_SOCKET',
    'HPE_INVALID_STATUS',
    'HPE_INVALID_CONSTANT',
    'HPE_UNEXPECTED_CONTENT_LENGTH',
    'UND_ERR_HEADERS_OVERFLOW',
    'ETIMEDOUT',
    'ERR_SOMETHING_NEW',
  ];
  const code = fc.oneof(fc.constantFrom(...PROVES_NOTHING_SENT), fc.constantFrom(...MAY_HAVE_ACTED), fc.constant(undefined), fc.string({ maxLength: 8 }));

  it('"nothing sent" exactly when the chain has codes and all of them prove it', () => {
    fc.assert(
      fc.property(fc.array(code, { minLength: 1, maxLength: 4 }), (codes) => {
        let err: unknown;
        for (const c of [...codes].reverse()) err = Object.assign(new Error('x', { cause: err }), c === undefined ? {} : { code: c });
        const present = codes.filter((c): c is string => c !== undefined);
        const unsent = present.length > 0 && present.every((c) => PROVES_NOTHING_SENT.includes(c));
        expect(networkFailure(new TypeError('fetch failed', { cause: err })).kind).toBe(unsent ? 'connection' : 'interrupted');
      }),
      { numRuns: 2000 },
    );
  });

  it('an error without any code is "may have acted", and a POST after it is not retried', () => {
    const f = networkFailure(new TypeError('fetch failed'));
    expect(f.kind).toBe('interrupted');
    expect(isRetryable('POST', f)).toBe(false);
    expect(isRetryable('GET', f)).toBe(true);
  });

  it('an AggregateError (happy eyeballs) is "nothing sent" only when every attempt was refused', () => {
    const refused = () => Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
    const agg = (errors: Error[]) => new TypeError('fetch failed', { cause: Object.assign(new AggregateError(errors), { code: 'ECONNREFUSED' }) });
    expect(networkFailure(agg([refused(), refused()])).kind).toBe('connection');
    expect(networkFailure(agg([refused(), Object.assign(new Error('reset'), { code: 'ECONNRESET' })])).kind).toBe('interrupted');
  });
});
