import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import { withTriggers } from './checks.js';
import type { Webhook, WebhookInput, WebhookList, WebhookListParams, WebhookUpdate } from './types.js';

const COLLECTION = '/v1/projects/{projectId}/webhooks';
const ITEM = '/v1/projects/{projectId}/webhooks/{webhookId}';

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
