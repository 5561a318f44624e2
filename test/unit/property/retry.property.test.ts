import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_RETRY_AFTER_MS,
  MAX_RETRY_DELAY_MS,
  backoffDelay,
  isIdempotent,
  isRetryable,
  networkFailure,
  retryAfterDelay,
  retryDelay,
} from '../../../src/facade/core/retry.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');
const METHODS = ['GET', 'HEAD', 'PUT', 'DELETE', 'POST', 'PATCH', 'get', 'post'];
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
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^-?\d{0,25}(\.\d{0,5})?(e\d{1,3})?$/), fc.date({ noInvalidDate: true }).map((d) => d.toUTCString())), retry, random, (header, n, r) => {
        const d = retryDelay({ retry: n, retryAfter: header, now: NOW, random: () => r });
        expect(Number.isInteger(d)).toBe(true);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(MAX_RETRY_AFTER_MS);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('retry decision properties', () => {
  const failure = fc.oneof(
    fc.record({ kind: fc.constant('status' as const), status: fc.integer({ min: 100, max: 599 }) }),
    fc.constantFrom({ kind: 'connection' as const }, { kind: 'interrupted' as const }, { kind: 'timeout' as const }),
  );

  it('a POST or PATCH is only repeated when the server cannot have acted: no connection, 408, 429, 502, 503, 504', () => {
    fc.assert(
      fc.property(fc.constantFrom('POST', 'PATCH', 'post', 'patch'), failure, (method, f) => {
        const safe = f.kind === 'connection' || (f.kind === 'status' && [408, 429, 502, 503, 504].includes(f.status));
        expect(isRetryable(method, f)).toBe(safe);
      }),
      { numRuns: 1000 },
    );
  });

  it('idempotent methods also repeat a 500, a timeout and a broken connection, and nothing else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METHODS.filter(isIdempotent)), failure, (method, f) => {
        const expected = f.kind !== 'status' || [408, 429, 500, 502, 503, 504].includes(f.status);
        expect(isRetryable(method, f)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('a network error is "interrupted" exactly when a reset/closed-socket code is somewhere in its cause chain', () => {
    const code = fc.oneof(fc.constantFrom('ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'), fc.constantFrom('ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'CERT_HAS_EXPIRED'), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(code, { minLength: 1, maxLength: 4 }), (codes) => {
        let err: unknown;
        for (const c of [...codes].reverse()) err = Object.assign(new Error('x', { cause: err }), c === undefined ? {} : { code: c });
        const broken = codes.some((c) => c === 'ECONNRESET' || c === 'EPIPE' || c === 'UND_ERR_SOCKET');
        expect(networkFailure(new TypeError('fetch failed', { cause: err }))).toEqual({ kind: broken ? 'interrupted' : 'connection' });
      }),
    );
  });
});
