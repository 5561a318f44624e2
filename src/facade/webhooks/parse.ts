import { WEBHOOK_TRIGGERS } from '../../generated/triggers.js';
import { rawBodyBytes, type WebhookRawBody } from './encoding.js';
import { WebhookVerificationError } from './errors.js';
import type { ProvisioningWebhookEvent, WebhookEvent } from './events.js';
import { verifyWebhookSignature, type VerifyWebhookSignatureOptions } from './verify.js';

const EVENT_TYPES: ReadonlySet<string> = new Set(WEBHOOK_TRIGGERS.filter((t) => t !== 'ALL'));

/** True when this SDK knows the event's trigger, narrowing it for `switch (event.type)`. */
export function isKnownWebhookEvent(event: WebhookEvent): event is ProvisioningWebhookEvent {
  return EVENT_TYPES.has(event.type);
}

/**
 * Parses a webhook body into an event without checking its signature: use it only on a
 * body you have verified, or call {@link constructWebhookEvent}. The payload is returned as
 * Sinch sent it, not validated field by field. A `type` this SDK does not know yet still
 * parses (see {@link UnknownWebhookEvent}).
 */
export function parseWebhookEvent(rawBody: WebhookRawBody): WebhookEvent {
  const bytes = rawBodyBytes(rawBody);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw invalidPayload('Webhook body is not valid UTF-8 JSON.', cause);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidPayload('Webhook body must be a JSON object.');
  }
  const { type } = value as { type?: unknown };
  if (typeof type !== 'string' || type === '') {
    throw invalidPayload('Webhook body has no string `type`.');
  }
  return value as WebhookEvent;
}

/** Verifies a delivery (see {@link verifyWebhookSignature}), then parses it. */
export async function constructWebhookEvent(options: VerifyWebhookSignatureOptions): Promise<WebhookEvent> {
  await verifyWebhookSignature(options);
  return parseWebhookEvent(options.rawBody);
}

function invalidPayload(problem: string, cause?: unknown): WebhookVerificationError {
  return new WebhookVerificationError(
    'invalid_payload',
    `${problem} Expected a provisioning event {"type": ..., "payload": ...}; make sure this endpoint ` +
      'receives provisioning webhooks and that you pass the raw request body unchanged.',
    cause === undefined ? undefined : { cause },
  );
}
