import type { components } from '../../../generated/schema.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import type { ValidationIssue } from '../../core/errors.js';
import { allExclusiveIssues } from '../../triggers.js';
import type { QueryOf } from '../types.js';

export type Webhook = components['schemas']['WebhookWebhookDto'];
export type WebhookList = components['schemas']['WebhookWebhookListDto'];
export type WebhookInput = components['schemas']['WebhookWebhookInputDto'];
export type WebhookUpdate = components['schemas']['WebhookUpdateWebhookInputDto'];
export type WebhookListParams = QueryOf<'WebhookWebhookController_listWebhooks_v1'>;

const COLLECTION = '/v1/projects/{projectId}/webhooks';
const ITEM = '/v1/projects/{projectId}/webhooks/{webhookId}';

/**
 * The body with its triggers de-duplicated and sorted, plus the one trigger rule the spec cannot
 * state (`ALL` stands alone). Every other rule (URL, lengths, known triggers ...) comes from the
 * spec and is checked with it before sending, so one ValidationError lists every problem.
 */
function withTriggers<T extends { triggers?: readonly string[] }>(body: T): { body: T; checks: ValidationIssue[] } {
  const triggers: unknown = body?.triggers;
  if (!Array.isArray(triggers)) return { body, checks: [] };
  const unique = [...new Set(triggers)].sort();
  return { body: { ...body, triggers: unique }, checks: allExclusiveIssues(unique) };
}

/**
 * Provisioning webhooks: URLs that Sinch calls when senders, templates, accounts or
 * bundles change state. At most 15 per project; each target URL only once.
 */
export class Webhooks extends APIResource {
  static readonly operations = {
    list: 'WebhookWebhookController_listWebhooks_v1',
    create: 'WebhookWebhookController_createWebhook_v1',
    get: 'WebhookWebhookController_getWebhook_v1',
    replace: 'WebhookWebhookController_replaceWebhook_v1',
    update: 'WebhookWebhookController_updateWebhook_v1',
    delete: 'WebhookWebhookController_deleteWebhook_v1',
  } as const satisfies OperationMap;

  /** Webhooks of the project; `await` for one page, `for await` for all. pageSize is 1..15. */
  list(query: WebhookListParams = {}, opts?: RequestOptions): PagePromise<Webhook, WebhookList> {
    return this._list(COLLECTION, 'webhooks', { query }, opts);
  }

  /** Registers a webhook. The secret signs the callbacks and is never returned. */
  create(body: WebhookInput, opts?: RequestOptions): APIPromise<Webhook> {
    return this._defer(() => this._post(COLLECTION, withTriggers(body), opts));
  }

  /** One webhook by its ID; a NotFoundError (`webhook_not_found`) when the project has none by that ID. */
  get(webhookId: string, opts?: RequestOptions): APIPromise<Webhook> {
    return this._get(ITEM, { path: { webhookId } }, opts);
  }

  /** Overwrites the whole webhook (target, secret and triggers). */
  replace(webhookId: string, body: WebhookInput, opts?: RequestOptions): APIPromise<Webhook> {
    return this._defer(() => this._put(ITEM, { path: { webhookId }, ...withTriggers(body) }, opts));
  }

  /** Changes only the fields given. */
  update(webhookId: string, patch: WebhookUpdate, opts?: RequestOptions): APIPromise<Webhook> {
    return this._defer(() => this._patch(ITEM, { path: { webhookId }, ...withTriggers(patch) }, opts));
  }

  /** Deletes the webhook, so that its target gets no more events. */
  delete(webhookId: string, opts?: RequestOptions): APIPromise<void> {
    return this._delete(ITEM, { path: { webhookId } }, opts);
  }
}
