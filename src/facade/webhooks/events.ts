import type { components } from '../../generated/schema.js';
import type { WebhookTrigger } from '../../generated/triggers.js';

type Schemas = components['schemas'];

/** Every trigger that names an event; `ALL` only exists to subscribe to all of them. */
export type WebhookEventType = Exclude<WebhookTrigger, 'ALL'>;

type WhatsappAccountTrigger = Schemas['WhatsappAccountWebhookEvent']['type'];
type WhatsappSenderTrigger = Schemas['WhatsappSenderWebhookEvent']['type'];
type WhatsappTemplateTrigger = Schemas['WhatsappTemplateWebhookEvent']['type'];
type KakaotalkSenderTrigger = Schemas['KakaotalkSenderWebhookEvent']['type'];
type KakaotalkTemplateTrigger = Schemas['KakaotalkTemplateWebhookEvent']['type'];

// The callback body declared in the spec for each trigger. A trigger added to the spec
// without a callback body falls back to the generic shape until it is mapped here.
type CallbackBody<T extends WebhookEventType> = T extends 'BUNDLE_DONE'
  ? Schemas['BundleDoneEvent']
  : T extends WhatsappAccountTrigger
  ? Schemas['WhatsappAccountWebhookEvent']
  : T extends WhatsappSenderTrigger
  ? Schemas['WhatsappSenderWebhookEvent']
  : T extends WhatsappTemplateTrigger
  ? Schemas['WhatsappTemplateWebhookEvent']
  : T extends KakaotalkSenderTrigger
  ? Schemas['KakaotalkSenderWebhookEvent']
  : T extends KakaotalkTemplateTrigger
  ? Schemas['KakaotalkTemplateWebhookEvent']
  : T extends 'RCS_SENDER_STATUS_UPDATED'
  ? Schemas['RcsSenderStatusUpdatedCallback']
  : T extends 'RCS_SENDER_OPERATOR_STATUS_UPDATED'
  ? Schemas['RcsSenderOperatorStatusUpdatedCallback']
  : T extends 'RCS_SENDER_COMMENT_ADDED'
  ? Schemas['RcsSenderCommentAddedCallback']
  : T extends 'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED'
  ? Schemas['RcsBrandRegistrationProcessStatusUpdatedCallback']
  : T extends 'RCS_ACCOUNT_COMMENT_ADDED'
  ? Schemas['RcsAccountCommentCallback']
  : UnknownWebhookEvent;

// Fields the spec's notes make mandatory for one trigger of a shared body: the payload of
// every template event but DELETED, newState / futureCategory on the events that are about
// them, and the comment on comment events whose schema says so.
type RequiredFields<T extends WebhookEventType> =
  | (T extends Exclude<WhatsappTemplateTrigger, 'WHATSAPP_TEMPLATE_DELETED'> ? 'payload' : never)
  | (T extends 'WHATSAPP_TEMPLATE_STATUS_UPDATED' ? 'newState' : never)
  | (T extends 'WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE' ? 'futureCategory' : never)
  | (T extends
      | 'WHATSAPP_ACCOUNT_COMMENT_ADDED'
      | 'WHATSAPP_SENDER_COMMENT_ADDED'
      | 'KAKAOTALK_SENDER_COMMENT_ADDED'
      | 'KAKAOTALK_TEMPLATE_COMMENT_ADDED'
      ? 'comment'
      : never);

type Flatten<T> = { [K in keyof T]: T[K] } & {};

type EventFor<T extends WebhookEventType> = Flatten<
  { type: T } & Omit<CallbackBody<T>, 'type' | RequiredFields<T>> &
    Required<Pick<CallbackBody<T>, Extract<RequiredFields<T>, keyof CallbackBody<T>>>>
>;

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
