import { WebhookVerificationError } from './errors.js';
import type {
  ProvisioningWebhookEvent,
  UnknownWebhookEvent,
  WebhookEvent,
  WebhookEventMap,
  WebhookEventType,
} from './events.js';
import { normaliseSecrets, normaliseTolerance, type WebhookSecret } from './options.js';
import { constructWebhookEvent, isKnownWebhookEvent } from './parse.js';

/** One optional, typed callback per trigger. Return values are ignored; may be async. */
export type WebhookEventHandlers = {
  [T in WebhookEventType]?: (event: WebhookEventMap[T]) => unknown;
};

export interface CreateWebhookHandlerOptions {
  secret: WebhookSecret;
  /** Seconds a delivery's timestamp may differ from now, either way. Default 300. */
  tolerance?: number;
  on: WebhookEventHandlers;
  /** Called for triggers this SDK version does not know yet. */
  onUnknown?: (event: UnknownWebhookEvent) => unknown;
  /**
   * Sees every rejected delivery and every error thrown by a callback, e.g. to log them;
   * the response never carries their details.
   */
  onError?: (error: unknown, request: Request) => void;
  /** Clock override for tests. */
  now?: () => Date;
}

/**
 * Builds a `fetch`-style handler (Cloudflare Workers, Deno, Bun, Hono, Next.js route
 * handlers) that verifies each delivery and calls the callback for its trigger.
 *
 * Answers 200 once the callback has finished (events without a callback are acknowledged
 * too, so Sinch does not retry them), 401 when the signature or timestamp is not valid,
 * 400 when the body is not an event, 405 for anything but POST and 500 when a callback
 * throws, which makes Sinch retry. Error bodies hold only a reason code.
 */
export function createWebhookHandler(options: CreateWebhookHandlerOptions): (request: Request) => Promise<Response> {
  const secret = normaliseSecrets(options.secret);
  const tolerance = normaliseTolerance(options.tolerance);
  const report = (error: unknown, request: Request): void => {
    try {
      options.onError?.(error, request);
    } catch {
      // A failing logger must not change the answer Sinch gets.
    }
  };

  return async (request) => {
    if (request.method !== 'POST') {
      return json(405, { error: 'method_not_allowed' }, { allow: 'POST' });
    }
    let event: WebhookEvent;
    try {
      const rawBody = new Uint8Array(await request.arrayBuffer());
      event = await constructWebhookEvent({ rawBody, headers: request.headers, secret, tolerance, now: options.now });
    } catch (error) {
      report(error, request);
      if (!(error instanceof WebhookVerificationError)) return json(500, { error: 'internal_error' });
      return json(error.reason === 'invalid_payload' ? 400 : 401, { error: error.reason });
    }
    try {
      if (isKnownWebhookEvent(event)) {
        // TypeScript cannot correlate on[event.type] with event, so widen the callback.
        const callback = options.on[event.type] as ((event: ProvisioningWebhookEvent) => unknown) | undefined;
        await callback?.(event);
      } else {
        await options.onUnknown?.(event);
      }
    } catch (error) {
      report(error, request);
      return json(500, { error: 'handler_error' });
    }
    return json(200, { received: true });
  };
}

function json(status: number, body: object, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
