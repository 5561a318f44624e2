import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, backoffDelay, isIdempotent, isRetryable, parseRetryAfter, retryDelay } from '../../../../src/facade/core/retry.js';

describe('isIdempotent', () => {
  it('is true for GET, HEAD, PUT, DELETE only', () => {
    expect(['GET', 'HEAD', 'PUT', 'DELETE', 'get'].map(isIdempotent)).toEqual([true, true, true, true, true]);
    expect(['POST', 'PATCH', 'post'].map(isIdempotent)).toEqual([false, false, false]);
  });
});

describe('isRetryable', () => {
  const methods = ['GET', 'HEAD', 'PUT', 'DELETE', 'POST', 'PATCH'];
  it.each([408, 429])('retries %i for every method', (status) => {
    expect(methods.map((m) => isRetryable(m, { kind: 'status', status }))).toEqual(methods.map(() => true));
  });
  it.each([502, 504])('retries %i only for idempotent methods (a gateway whose backend may have acted)', (status) => {
    expect(methods.map((m) => isRetryable(m, { kind: 'status', status, retryAfter: true }))).toEqual([true, true, true, true, false, false]);
  });
  it('retries 503 for POST and PATCH only with Retry-After', () => {
    expect(methods.map((m) => isRetryable(m, { kind: 'status', status: 503, retryAfter: true }))).toEqual(methods.map(() => true));
    expect(methods.map((m) => isRetryable(m, { kind: 'status', status: 503 }))).toEqual([true, true, true, true, false, false]);
  });
  it('retries 500 only for idempotent methods', () => {
    expect(methods.map((m) => isRetryable(m, { kind: 'status', status: 500 }))).toEqual([true, true, true, true, false, false]);
  });
  it('retries timeouts only for idempotent methods', () => {
    expect(methods.map((m) => isRetryable(m, { kind: 'timeout' }))).toEqual([true, true, true, true, false, false]);
  });
  it('retries connection failures for every method', () => {
    expect(methods.map((m) => isRetryable(m, { kind: 'connection' }))).toEqual(methods.map(() => true));
  });
  it.each([400, 401, 403, 404, 409, 422, 424, 501, 505])('never retries %i', (status) => {
    expect(methods.some((m) => isRetryable(m, { kind: 'status', status }))).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
  });
  it('reads an HTTP date relative to now', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:07 GMT', now)).toBe(7000);
  });
  it('gives 0 for a date in the past', () => {
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', now)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('doubles from 0.5 s up to 8 s without jitter', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => backoffDelay(n, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });
  it('removes up to 25 % at random', () => {
    expect([1, 2, 5].map((n) => backoffDelay(n, () => 1))).toEqual([375, 750, 6000]);
  });
  it('always stays within [75 %, 100 %] of the base delay', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r) => {
        const base = Math.min(8000, 500 * 2 ** (n - 1));
        const d = backoffDelay(n, () => r);
        return d >= Math.floor(base * 0.75) && d <= base;
      }),
    );
  });
});

describe('retryDelay', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it('prefers Retry-After seconds over backoff', () => {
    expect(retryDelay({ retry: 1, retryAfter: '2', now, random: () => 0 })).toBe(2000);
  });
  it('prefers a Retry-After date over backoff', () => {
    expect(retryDelay({ retry: 3, retryAfter: 'Wed, 01 Jan 2025 00:00:04 GMT', now, random: () => 0 })).toBe(4000);
  });
  it('adds up to 25 % of a Retry-After at random, never less than asked', () => {
    expect([0, 0.5, 0.999].map((r) => retryDelay({ retry: 1, retryAfter: '2', now, random: () => r }))).toEqual([2000, 2250, 2500]);
    expect(retryDelay({ retry: 1, retryAfter: '0', now, random: () => 0.9 })).toBe(0);
  });
  it('caps a jittered Retry-After at 60 s', () => {
    expect(retryDelay({ retry: 1, retryAfter: '50', now, random: () => 0.999 })).toBe(MAX_RETRY_AFTER_MS);
  });
  it('caps Retry-After at 60 s', () => {
    expect(retryDelay({ retry: 1, retryAfter: '3600', now })).toBe(MAX_RETRY_AFTER_MS);
    expect(retryDelay({ retry: 1, retryAfter: 'Thu, 02 Jan 2025 00:00:00 GMT', now })).toBe(60_000);
  });
  it('falls back to backoff when Retry-After is missing or unreadable', () => {
    expect(retryDelay({ retry: 2, now, random: () => 0 })).toBe(1000);
    expect(retryDelay({ retry: 2, retryAfter: 'later', now, random: () => 0 })).toBe(1000);
  });
});
