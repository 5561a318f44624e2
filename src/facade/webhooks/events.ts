import type { webhooks } from '../../generated/schema.js';
import type { WebhookTrigger } from '../../generated/triggers.js';

/** Every trigger that names an event; `ALL` only exists to subscribe to all of them. */
export type WebhookEventType = Exclude<WebhookTrigger, 'ALL'>;

// The body the spec declares for a trigger: its entry under the spec's `webhooks`, one schema per
// event with that event's own required fields (spec:fetch lifts the official description's inline
// callback bodies into these entries). A trigger without an entry gets the generic shape.
type CallbackBody<T extends WebhookEventType> = T extends keyof webhooks
  ? webhooks[T] extends { post?: { requestBody?: { content: { 'application/json': infer Body } } } }
    ? Body
    : UnknownWebhookEvent
  : UnknownWebhookEvent;

type Flatten<T> = { [K in keyof T]: T[K] } & {};

// `type` is the trigger itself, also where a callback schema types it as a plain string.
type EventFor<T extends WebhookEventType> = Flatten<{ type: T } & Omit<CallbackBody<T>, 'type'>>;

/** The event delivered for each trigger, keyed by trigger. */
export type WebhookEventMap = { [T in WebhookEventType]: EventFor<T> };

/**
 * A provisioning webhook event whose `type` this SDK knows; `switch (event.type)` narrows
 * `payload` and the extra fields to the ones of that trigger.
 */
export type ProvisioningWebhookEvent = WebhookEventMap[WebhookEventType];

/**
 * An event whose `type` this SDK version does not know yet (Sinch added a trigger). It is
 * parsed rather than rejected so that new triggers never break your endpoint.
 */
export interface UnknownWebhookEvent {
  type: string;
  payload: unknown;
  comment?: string;
}

/**
 * What {@link parseWebhookEvent} returns. Call {@link isKnownWebhookEvent} first: a
 * `type: string` member cannot be told apart by `event.type === '...'` alone.
 */
export type WebhookEvent = ProvisioningWebhookEvent | UnknownWebhookEvent;
