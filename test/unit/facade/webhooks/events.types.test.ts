import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../../../../src/generated/schema.js';
import type { WebhookTrigger } from '../../../../src/generated/triggers.js';
import {
  createWebhookHandler,
  isKnownWebhookEvent,
  type ProvisioningWebhookEvent,
  type UnknownWebhookEvent,
  type WebhookEvent,
  type WebhookEventMap,
  type WebhookEventType,
} from '../../../../src/facade/webhooks/index.js';

// These assertions are checked by `tsc --noEmit` (npm run typecheck), not at run time.
type Schemas = components['schemas'];
type Event<T extends WebhookEventType> = Extract<ProvisioningWebhookEvent, { type: T }>;

// A trigger that fell back to the generic shape has `payload: unknown`.
type Unmapped = {
  [T in WebhookEventType]: WebhookEventMap[T] extends { payload: infer P } ? (unknown extends P ? T : never) : never;
}[WebhookEventType];

describe('webhook event types', () => {
  it('has one member per trigger except ALL, and none falls back to the generic shape', () => {
    expectTypeOf<WebhookEventType>().toEqualTypeOf<Exclude<WebhookTrigger, 'ALL'>>();
    expectTypeOf<ProvisioningWebhookEvent['type']>().toEqualTypeOf<WebhookEventType>();
    expectTypeOf<Unmapped>().toEqualTypeOf<never>();
  });

  it('derives each payload from the generated schema', () => {
    expectTypeOf<Event<'BUNDLE_DONE'>['payload']>().toEqualTypeOf<Schemas['BundlesBundlesDto']>();
    expectTypeOf<Event<'WHATSAPP_ACCOUNT_ONBOARDED'>['payload']>().toEqualTypeOf<Schemas['WhatsappAccountDto']>();
    expectTypeOf<Event<'WHATSAPP_WABA_ACCOUNT_CHANGED'>['payload']>().toEqualTypeOf<Schemas['WhatsappAccountDto']>();
    expectTypeOf<Event<'WHATSAPP_SENDER_ACTIVE'>['payload']>().toEqualTypeOf<Schemas['WhatsappSenderDto']>();
    expectTypeOf<Event<'WHATSAPP_TEMPLATE_APPROVED'>['payload']>().toEqualTypeOf<Schemas['WhatsappTemplateDto']>();
    expectTypeOf<Event<'KAKAOTALK_SENDER_ACTIVE'>['payload']>().toEqualTypeOf<Schemas['KakaotalkSenderDto']>();
    expectTypeOf<Event<'KAKAOTALK_TEMPLATE_APPROVED'>['payload']>().toEqualTypeOf<Schemas['KakaotalkTemplateDto']>();
    expectTypeOf<Event<'RCS_SENDER_STATUS_UPDATED'>['payload']>().toEqualTypeOf<Schemas['RcsSenderDto']>();
    expectTypeOf<Event<'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED'>['payload']>().toEqualTypeOf<Schemas['RcsSenderDto']>();
  });

  it('carries the extra fields of each callback', () => {
    type StatusUpdated = Event<'RCS_SENDER_STATUS_UPDATED'>;
    expectTypeOf<StatusUpdated['currentState']>().toEqualTypeOf<Schemas['RcsSenderStatusUpdatedCallback']['currentState']>();
    type Operator = Event<'RCS_SENDER_OPERATOR_STATUS_UPDATED'>;
    expectTypeOf<Operator['operatorCountry']>().toEqualTypeOf<Schemas['RcsSenderOperatorStatusUpdatedCallback']['operatorCountry']>();
    expectTypeOf<Event<'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED'>['status']>().toBeString();
    expectTypeOf<Event<'RCS_ACCOUNT_COMMENT_ADDED'>>().toEqualTypeOf<{
      type: 'RCS_ACCOUNT_COMMENT_ADDED';
      comment: string;
    }>();
  });

  it('makes mandatory what the spec requires for one trigger of a shared body', () => {
    expectTypeOf<Event<'WHATSAPP_TEMPLATE_STATUS_UPDATED'>['newState']>().toEqualTypeOf<NonNullable<Schemas['WhatsappTemplateWebhookEvent']['newState']>>();
    expectTypeOf<Event<'WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE'>['futureCategory']>().toBeString();
    expectTypeOf<Event<'WHATSAPP_TEMPLATE_DELETED'>['payload']>().toEqualTypeOf<Schemas['WhatsappTemplateDto'] | undefined>();
    expectTypeOf<Event<'WHATSAPP_ACCOUNT_COMMENT_ADDED'>['comment']>().toEqualTypeOf<string>();
    expectTypeOf<Event<'WHATSAPP_ACCOUNT_ONBOARDED'>['comment']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Event<'WHATSAPP_SENDER_COMMENT_ADDED'>['comment']>().toEqualTypeOf<string>();
    expectTypeOf<Event<'KAKAOTALK_TEMPLATE_COMMENT_ADDED'>['comment']>().toEqualTypeOf<string>();
    expectTypeOf<Event<'WHATSAPP_TEMPLATE_APPROVED'>['newState']>().toEqualTypeOf<
      NonNullable<Schemas['WhatsappTemplateWebhookEvent']['newState']> | undefined
    >();
  });

  it('takes each event from its own schema, and keeps the family names as unions of them', () => {
    type StatusUpdated = WebhookEventMap['WHATSAPP_TEMPLATE_STATUS_UPDATED'];
    type Declared = Schemas['WhatsappTemplateStatusUpdatedEvent'];
    expectTypeOf<keyof StatusUpdated>().toEqualTypeOf<keyof Declared>();
    expectTypeOf<StatusUpdated['newState']>().toEqualTypeOf<Declared['newState']>();
    expectTypeOf<StatusUpdated['payload']>().toEqualTypeOf<Declared['payload']>();
    // (`type` is not compared: the official description types it as a plain string.)
    expectTypeOf<Schemas['WhatsappTemplateStatusUpdatedEvent']>().toExtend<Schemas['WhatsappTemplateWebhookEvent']>();
    expectTypeOf<Schemas['WhatsappWabaAccountChangedEvent']>().toExtend<Schemas['WhatsappAccountWebhookEvent']>();
    expectTypeOf<Schemas['KakaotalkSenderWebhookEvent']>().toEqualTypeOf<
      | Schemas['KakaotalkSenderActiveEvent']
      | Schemas['KakaotalkSenderInactiveEvent']
      | Schemas['KakaotalkSenderRejectedEvent']
      | Schemas['KakaotalkSenderCommentAddedEvent']
    >();
  });

  it('narrows parsed events after isKnownWebhookEvent', () => {
    const check = (event: WebhookEvent) => {
      if (!isKnownWebhookEvent(event)) {
        expectTypeOf(event).toEqualTypeOf<UnknownWebhookEvent>();
        return;
      }
      if (event.type === 'BUNDLE_DONE') expectTypeOf(event.payload).toEqualTypeOf<Schemas['BundlesBundlesDto']>();
    };
    expectTypeOf(check).toBeFunction();
  });

  it('types each handler callback by its trigger', () => {
    createWebhookHandler({
      secret: 's',
      on: {
        WHATSAPP_TEMPLATE_APPROVED: (event) => {
          expectTypeOf(event.type).toEqualTypeOf<'WHATSAPP_TEMPLATE_APPROVED'>();
          expectTypeOf(event.payload).toEqualTypeOf<Schemas['WhatsappTemplateDto']>();
        },
        RCS_SENDER_OPERATOR_STATUS_UPDATED: (event) => {
          expectTypeOf(event.operator).toBeString();
        },
        // @ts-expect-error ALL is a subscription value, never an event type
        ALL: () => undefined,
      },
    });
  });
});
