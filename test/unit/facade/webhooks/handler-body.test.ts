// createWebhookHandler under hostile deliveries: the headers and the timestamp are checked
// before a byte of the body is pulled, the body is capped while it streams, and a rejecting
// onError is contained. Bodies are lazy streams that count what the handler pulled.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../../../src/facade/core/errors.js';
import {
  DEFAULT_WEBHOOK_MAX_BODY_BYTES,
  WebhookVerificationError,
  createWebhookHandler,
  type CreateWebhookHandlerOptions,
} from '../../../../src/facade/webhooks/index.js';
import { NOW, NOW_SECONDS, SECRET, bundleDone, signed } from './fixtures.js';

const URL = 'https://example.test/webhooks/sinch';
const CHUNK = 64 * 1024;

/** A body of `total` bytes (Infinity: endless) made on demand, one 64 KiB chunk per pull. */
function lazyBody(total: number) {
  const state = { pulled: 0, cancelled: false };
  const chunk = new Uint8Array(CHUNK).fill(0x20);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const left = total - state.pulled;
        if (left <= 0) return controller.close();
        const part = left >= CHUNK ? chunk : chunk.subarray(0, left);
        state.pulled += part.length;
        controller.enqueue(part);
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

/** A ReadableStream that yields `parts` one by one, as a network would. */
function chunked(parts: Uint8Array[]) {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < parts.length) controller.enqueue(parts[i++]!);
      else controller.close();
    },
  });
}

function post(body: BodyInit, headers: Record<string, string>): Request {
  return new Request(URL, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

function handler(options: Partial<CreateWebhookHandlerOptions> = {}) {
  return createWebhookHandler({ secret: SECRET, on: {}, now: () => NOW, ...options });
}

async function answer(response: Response) {
  return { status: response.status, body: await response.json() };
}

describe('createWebhookHandler: bounded bodies', () => {
  it('rejects an unsigned 400 MB POST without reading its body', async () => {
    const { stream, state } = lazyBody(400 * 1024 * 1024);
    const onError = vi.fn();
    const response = await handler({ onError })(post(stream, { 'content-type': 'application/json' }));
    expect(await answer(response)).toEqual({ status: 401, body: { error: 'missing_header' } });
    expect(state.pulled).toBe(0);
    expect(state.cancelled).toBe(true);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toMatchObject({ reason: 'missing_header' });
  });

  it('rejects a stale or badly stamped delivery before reading its body', async () => {
    const { headers } = await signed(bundleDone, { timestamp: NOW_SECONDS - 301 });
    const cases: Array<[Record<string, string>, string]> = [
      [headers, 'timestamp_out_of_tolerance'],
      [{ ...headers, 'x-sinch-webhook-signature-timestamp': 'soon' }, 'invalid_timestamp'],
      [{ ...headers, 'x-sinch-webhook-signature-algorithm': 'HmacSHA1' }, 'unsupported_algorithm'],
    ];
    for (const [h, reason] of cases) {
      const { stream, state } = lazyBody(400 * 1024 * 1024);
      expect(await answer(await handler()(post(stream, h)))).toEqual({ status: 401, body: { error: reason } });
      expect(state.pulled).toBe(0);
    }
  });

  it('ends an endless signed body with 413 once the cap is passed, and stops pulling', async () => {
    const { headers } = await signed();
    const { stream, state } = lazyBody(Infinity);
    const onError = vi.fn();
    const maxBodyBytes = 200_000;
    const response = await handler({ onError, maxBodyBytes })(post(stream, headers));
    expect(await answer(response)).toEqual({ status: 413, body: { error: 'body_too_large' } });
    // The chunk that crossed the cap is the last one pulled.
    expect(state.pulled).toBe(4 * CHUNK);
    expect(state.pulled).toBeLessThanOrEqual(maxBodyBytes + CHUNK);
    expect(state.cancelled).toBe(true);
    const error = onError.mock.calls[0]![0] as WebhookVerificationError;
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error.reason).toBe('body_too_large');
    expect(error.message).toContain('200000 bytes');
  });

  it('caps at 1 MiB by default', async () => {
    expect(DEFAULT_WEBHOOK_MAX_BODY_BYTES).toBe(1_048_576);
    const { headers } = await signed();
    const { stream, state } = lazyBody(Infinity);
    expect((await handler()(post(stream, headers))).status).toBe(413);
    expect(state.pulled).toBe(1_048_576 + CHUNK);
  });

  it('answers 413 from a Content-Length over the cap without reading', async () => {
    const { headers } = await signed();
    const { stream, state } = lazyBody(10 * CHUNK);
    const response = await handler({ maxBodyBytes: CHUNK })(post(stream, { ...headers, 'content-length': String(10 * CHUNK) }));
    expect(response.status).toBe(413);
    expect(state.pulled).toBe(0);
  });

  it('accepts a body of exactly maxBodyBytes and refuses one byte more', async () => {
    const delivery = await signed();
    const size = new TextEncoder().encode(delivery.body).length;
    expect((await handler({ maxBodyBytes: size })(post(delivery.body, delivery.headers))).status).toBe(200);
    expect((await handler({ maxBodyBytes: size - 1 })(post(delivery.body, delivery.headers))).status).toBe(413);
  });

  it('verifies a body that arrives in many small chunks, multi-byte characters split across them', async () => {
    const delivery = await signed({ ...bundleDone, payload: { ...bundleDone.payload, name: 'Ünïcode ☕ café' } });
    const bytes = new TextEncoder().encode(delivery.body);
    const parts = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) => bytes.slice(i * 3, i * 3 + 3));
    const on = { BUNDLE_DONE: vi.fn() };
    expect((await handler({ on })(post(chunked(parts), delivery.headers))).status).toBe(200);
    expect(on.BUNDLE_DONE).toHaveBeenCalledWith(JSON.parse(delivery.body));
    // One byte changed anywhere still fails.
    const forged = bytes.slice();
    forged[forged.length - 3]! ^= 1;
    expect((await handler({ on })(post(chunked([forged]), delivery.headers))).status).toBe(401);
  });

  it('refuses a bad maxBodyBytes at creation', () => {
    for (const maxBodyBytes of [0, -1, 1.5, Number.NaN, Infinity]) {
      expect(() => handler({ maxBodyBytes })).toThrow(ConfigurationError);
      expect(() => handler({ maxBodyBytes })).toThrow(expect.objectContaining({ option: 'maxBodyBytes' }));
    }
  });
});

describe('createWebhookHandler: onError cannot crash the process', () => {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => void seen.push(reason);
  afterEach(() => {
    process.off('unhandledRejection', listener);
    seen.length = 0;
  });

  it('contains an onError that rejects or throws, for rejected deliveries and failing callbacks', async () => {
    process.on('unhandledRejection', listener);
    const rejecting = vi.fn(async () => {
      throw new Error('log sink down');
    });
    const thenable = vi.fn(() => ({ then: (_: unknown, reject: (e: unknown) => void) => reject(new Error('thenable')) }));
    const throwing = vi.fn(() => {
      throw new Error('sync');
    });
    const failing = {
      BUNDLE_DONE: () => {
        throw new Error('callback');
      },
    };
    const good = await signed();
    const statuses: number[] = [];
    for (const onError of [rejecting, thenable, throwing]) {
      statuses.push((await handler({ onError })(post('{}', {}))).status);
      statuses.push((await handler({ onError, on: failing })(post(good.body, good.headers))).status);
      statuses.push((await handler({ onError, maxBodyBytes: 1 })(post(good.body, good.headers))).status);
    }
    expect(statuses).toEqual([401, 500, 413, 401, 500, 413, 401, 500, 413]);
    for (const onError of [rejecting, thenable, throwing]) expect(onError).toHaveBeenCalledTimes(3);
    // Unhandled rejections are reported once the microtask queue drains: give it two turns.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual([]);
  });
});
