import { TRIGGERS_SCHEMA } from '../triggers.js';
import type { Schema } from './validate.js';

/**
 * Input rules checked before sending, named after the spec's components and operations.
 * Written by hand for now from openapi/provisioning.yaml; meant to be replaced by schemas
 * generated from the spec, which is why they are plain JSON Schema.
 */

const target: Schema = { type: 'string', format: 'url', minLength: 1, maxLength: 742 };
const secret: Schema = { type: 'string', minLength: 1, maxLength: 128 };

export const WebhookWebhookInputDto: Schema = {
  type: 'object',
  required: ['target', 'secret', 'triggers'],
  properties: { target, secret, triggers: TRIGGERS_SCHEMA },
};

export const WebhookUpdateWebhookInputDto: Schema = {
  type: 'object',
  properties: { target, secret, triggers: TRIGGERS_SCHEMA },
};

/** Query of GET /v1/projects/{projectId}/webhooks. */
export const WebhookWebhookController_listWebhooks_v1_query: Schema = {
  type: 'object',
  properties: {
    pageSize: { type: 'integer', minimum: 1, maximum: 15 },
    pageToken: { type: 'string' },
  },
};
