import { WebhookVerificationError, type WebhookVerificationReason } from './errors.js';
import type { ProvisioningWebhookEvent, UnknownWebhookEvent, WebhookEvent, WebhookEventMap, WebhookEventType } from './events.js';
import { ConfigurationError } from '../core/errors.js';
import { utf8 } from './encoding.js';
import { normalizeSecrets, normalizeTolerance, nowSeconds, type WebhookSecret } from './options.js';
import { isKnownWebhookEvent, parseWebhookEvent } from './parse.js';
import { SignedMessage } from './hmac.js';
import { checkDeliveryHeaders, signedSuffix, verifySignedMessage } from './verify.js';
import { isThenable } from '../core/thenable.js';

/** One optional, typed callback per trigger. Return values are ignored; may be async. */
export type WebhookEventHandlers = {
  [T in WebhookEventType]?: (event: WebhookEventMap[T]) => unknown;
};

export interface CreateWebhookHandlerOptions {
  secret: WebhookSecret;
  /** Seconds a delivery's timestamp may differ from now, either way. Default 300. */
  tolerance?: number;
  /**
   * Largest body accepted, in bytes; a longer one is answered 413 and read no further.
   * Default 1 MiB ({@link DEFAULT_WEBHOOK_MAX_BODY_BYTES}), far above any provisioning event.
   */
  maxBodyBytes?: number;
  on: WebhookEventHandlers;
  /** Called for triggers this SDK version does not know yet. */
  onUnknown?: (event: UnknownWebhookEvent) => unknown;
  /**
   * Sees every rejected delivery and every error thrown by a callback, e.g. to log them;
   * the response never carries their details. It may be async; it is not awaited, and
   * whatever it throws or rejects with is ignored.
   */
  onError?: (error: unknown, request: Request) => unknown;
  /** Clock override for tests. */
  now?: () => Date;
}

/** Default {@link CreateWebhookHandlerOptions.maxBodyBytes}: 1 MiB. */
export const DEFAULT_WEBHOOK_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Builds a `fetch`-style handler (Cloudflare Workers, Deno, Bun, Hono, Next.js route
 * handlers) that verifies each delivery and calls the callback for its trigger.
 *
 * The signature headers and the timestamp are checked before the body is read, so an
 * unsigned or stale request costs nothing to reject; the body is then read as a stream up
 * to `maxBodyBytes`. Answers 200 once the callback has finished (events without a callback
 * are acknowledged too, so Sinch does not retry them), 401 when the signature or timestamp
 * is not valid, 400 when the body is not an event, 405 for anything but POST, 413 for a
 * body over `maxBodyBytes` and 500 when a callback throws, which makes Sinch retry. Error
 * bodies hold only a reason code.
 */
export function createWebhookHandler(options: CreateWebhookHandlerOptions): (request: Request) => Promise<Response> {
  const secrets = normalizeSecrets(options.secret);
  const tolerance = normalizeTolerance(options.tolerance);
  const maxBodyBytes = normalizeMaxBodyBytes(options.maxBodyBytes);
  const report = (error: unknown, request: Request): void => {
    try {
      const result = options.onError?.(error, request);
      // An async onError that rejects must not become an unhandled rejection.
      if (isThenable(result)) result.then(undefined, () => {});
    } catch {
      // A failing logger must not change the answer Sinch gets.
    }
  };

  return async (request) => {
    if (request.method !== 'POST') {
      discardBody(request);
      return json(405, { error: 'method_not_allowed' }, { allow: 'POST' });
    }
    let event: WebhookEvent;
    try {
      const delivery = checkDeliveryHeaders(request.headers, tolerance, nowSeconds(options.now));
      const message = await readSignedMessage(request, signedSuffix(delivery), maxBodyBytes);
      await verifySignedMessage(message, delivery.signature, secrets);
      event = parseWebhookEvent(message.body);
    } catch (error) {
      discardBody(request);
      report(error, request);
      if (!(error instanceof WebhookVerificationError)) return json(500, { error: 'internal_error' });
      return json(STATUS_BY_REASON[error.reason] ?? 401, { error: error.reason });
    }
    try {
      await dispatchWebhookEvent(event, options);
    } catch (error) {
      report(error, request);
      return json(500, { error: 'handler_error' });
    }
    return json(200, { received: true });
  };
}

// Every other reason means the delivery cannot be trusted: 401.
const STATUS_BY_REASON: Partial<Record<WebhookVerificationReason, number>> = { invalid_payload: 400, body_too_large: 413 };

function tooLarge(max: number): WebhookVerificationError {
  return new WebhookVerificationError(
    'body_too_large',
    `Webhook body is larger than maxBodyBytes (${max} bytes), so it was not read further. ` +
      'Provisioning events are far smaller; raise maxBodyBytes only if you are sure.',
  );
}

/**
 * Reads the body as a stream into one array that also holds the signed suffix, so the bytes
 * are copied once. Stops, and cancels the stream, as soon as more than `max` bytes arrive
 * (or before reading when Content-Length already says so).
 */
async function readSignedMessage(request: Request, suffix: string, max: number): Promise<SignedMessage> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > max) throw tooLarge(max);
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > max) {
        await reader.cancel().catch(() => {});
        throw tooLarge(max);
      }
      chunks.push(value);
    }
  }
  const tail = utf8(suffix);
  const bytes = new Uint8Array(length + tail.length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  bytes.set(tail, length);
  return new SignedMessage(bytes.subarray(0, length), bytes.subarray(length), bytes);
}

/** Tells the runtime that an unread body is not wanted (nothing more is received). */
function discardBody(request: Request): void {
  try {
    if (request.body && !request.bodyUsed) request.body.cancel().catch(() => {});
  } catch {
    // A locked or already consumed stream needs nothing.
  }
}

/** The body cap of a webhook receiver (handler or Node middleware): `value`, or 1 MiB; a ConfigurationError when it is no whole number >= 1. */
export function normalizeMaxBodyBytes(value: number | undefined): number {
  const max = value ?? DEFAULT_WEBHOOK_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(max) || max < 1) {
    throw new ConfigurationError(
      `Webhook maxBodyBytes must be a whole number of bytes >= 1 (got ${String(value)}); ` + `the default is ${DEFAULT_WEBHOOK_MAX_BODY_BYTES} (1 MiB).`,
      { option: 'maxBodyBytes' },
    );
  }
  return max;
}

function json(status: number, body: object, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** Calls the callback registered for the event's trigger (`on`), or `onUnknown` for a trigger this version does not know. */
export async function dispatchWebhookEvent(event: WebhookEvent, options: Pick<CreateWebhookHandlerOptions, 'on' | 'onUnknown'>): Promise<void> {
  if (isKnownWebhookEvent(event)) {
    // TypeScript cannot correlate on[event.type] with event, so widen the callback.
    const callback = options.on[event.type] as ((event: ProvisioningWebhookEvent) => unknown) | undefined;
    await callback?.(event);
  } else {
    await options.onUnknown?.(event);
  }
}
