import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import { bundleIssues } from './checks.js';
import { type WaitOptions, pollOptions, waitUntil } from '../../core/wait.js';
import type { Bundle, BundleInput, BundleList, BundleListParams, BundleState } from './types.js';

const COLLECTION = '/v1/projects/{projectId}/bundles';
const ITEM = '/v1/projects/{projectId}/bundles/{bundleId}';
const FINAL: ReadonlySet<string> = new Set<BundleState>(['DONE', 'FAILED']);

/**
 * Bundles: one asynchronous order that creates a subproject, an SMS app and a Conversation
 * app (linked together) plus provisioning webhooks. Follow it with `waitUntilDone` or a
 * BUNDLE_DONE webhook.
 */
export class Bundles extends APIResource {
  static readonly operations = {
    list: 'BundlesBundlesController_list_v1',
    create: 'BundlesBundlesController_create_v1',
    get: 'BundlesBundlesController_get_v1',
  } as const satisfies OperationMap;

  /**
   * Bundles of the project, optionally filtered by state or by the SMS or Conversation apps
   * they created; `await` for one page, `for await` for all.
   */
  list(query: BundleListParams = {}, opts?: RequestOptions): PagePromise<Bundle, BundleList> {
    return this._list(COLLECTION, 'bundles', { query }, opts);
  }

  /** Starts the order; the bundle returned is usually still IN_PROGRESS. */
  create(body: BundleInput, opts?: RequestOptions): APIPromise<Bundle> {
    return this._post(COLLECTION, { body, checks: (tables) => bundleIssues(body, tables.ruleSchemas) }, opts);
  }

  /** The bundle with the resources it has created so far; it may still be IN_PROGRESS (`waitUntilDone` polls until it is not). */
  get(bundleId: string, opts?: RequestOptions): APIPromise<Bundle> {
    return this._get(ITEM, { path: { bundleId } }, opts);
  }

  /**
   * Polls the bundle until it is DONE or FAILED and returns it in that state (check `state`).
   * Throws a WaitTimeoutError when `wait.timeout` (default 10 minutes) runs out first.
   */
  waitUntilDone(bundleId: string, wait: WaitOptions<Bundle> = {}, opts: RequestOptions = {}): Promise<Bundle> {
    const options = { ...wait, signal: opts.signal ?? wait.signal };
    return waitUntil(
      (call) => this.get(bundleId, pollOptions(opts, call)),
      (bundle) => FINAL.has(bundle.state),
      `bundle ${bundleId}`,
      (bundle) => `state ${bundle.state}`,
      options,
    );
  }
}
