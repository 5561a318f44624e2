import type { components } from '../../../generated/schema.js';
import type { QueryOf } from '../types.js';

export type Webhook = components['schemas']['WebhookWebhookDto'];
export type WebhookList = components['schemas']['WebhookWebhookListDto'];
export type WebhookInput = components['schemas']['WebhookWebhookInputDto'];
export type WebhookUpdate = components['schemas']['WebhookUpdateWebhookInputDto'];
export type WebhookListParams = QueryOf<'WebhookWebhookController_listWebhooks_v1'>;
