import type { components } from '../../../generated/schema.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { ValidationIssue } from '../../core/errors.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import { type SchemaRefs, validate } from '../../core/validate.js';
import { type WaitOptions, pollOptions, waitUntil } from '../../core/wait.js';
import { isObject, repeatsBy } from '../checks.js';
import type { QueryOf } from '../types.js';

type Schemas = components['schemas'];

export type Bundle = Schemas['BundlesBundlesDto'];
export type BundleList = Schemas['BundlesListBundlesDto'];
/** DONE and FAILED are final; IN_PROGRESS is not. */
export type BundleState = Schemas['BundlesBundleServicesStateEnum'];
export type BundleListParams = QueryOf<'BundlesBundlesController_list_v1'>;
export type BundleSubprojectInput = Schemas['BundlesSubprojectInputDto'];
export type BundleSmsAppInput = Schemas['BundlesInputBundlesSmsAppDto'];
export type BundleConversationWebhookInput = Schemas['BundlesConversationAppWebhooksInputDto'];
/** CONVERSATION mode keeps conversations 1..3650 days; DISPATCH mode keeps messages 0..7 days. */
export type BundleRetentionPolicyInput =
  | Schemas['BundlesConversationAppConversationRetentionPolicyInputDto']
  | Schemas['BundlesConversationAppDispatchRetentionPolicyInputDto'];
/** At most 5 Conversation API webhooks; `retentionPolicy` must fit `processingMode` (DISPATCH when omitted). */
export type BundleConversationAppInput = Schemas['BundlesConversationAppInputDto'];
/**
 * What a bundle should create. `true` creates a block with defaults (`convApp: true` also links
 * the other resources to the new Conversation app); a block without its own name takes the
 * bundle's `name`.
 */
export type BundleInput = Schemas['BundlesInputBundlesDto'];

const COLLECTION = '/v1/projects/{projectId}/bundles';
const ITEM = '/v1/projects/{projectId}/bundles/{bundleId}';
const BLOCKS = ['subproject', 'smsApp', 'convApp'] as const;
const FINAL: ReadonlySet<string> = new Set<BundleState>(['DONE', 'FAILED']);
/** The retention policy variant of each processing mode ("first variant for CONVERSATION mode, second for DISPATCH mode"). */
const RETENTION_SCHEMA = {
  CONVERSATION: 'BundlesConversationAppConversationRetentionPolicyInputDto',
  DISPATCH: 'BundlesConversationAppDispatchRetentionPolicyInputDto',
} as const;
/** Conversation app webhooks may not call the Conversation API itself. */
const FORBIDDEN_HOST = /^conversation-api\.(?:[a-z0-9-]+\.)+sinch\.com\.?$/i;

const requested = (block: unknown): boolean => block === true || isObject(block);

function hostOf(target: string): string | undefined {
  try {
    // gRPC targets come as host:port, without a scheme.
    return new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(target) ? target : `http://${target}`).hostname;
  } catch {
    return undefined;
  }
}

/** Rules of the Conversation app block that its schema cannot express. */
function conversationAppIssues(app: Record<string, unknown>, refs: SchemaRefs): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const mode = app['processingMode'] ?? 'DISPATCH';
  const policy = app['retentionPolicy'];
  if ((mode === 'CONVERSATION' || mode === 'DISPATCH') && isObject(policy)) {
    const when = app['processingMode'] === undefined ? 'DISPATCH (the default)' : mode;
    for (const issue of validate(policy, { $ref: RETENTION_SCHEMA[mode] }, 'convApp.retentionPolicy', refs)) {
      issues.push({ ...issue, rule: 'retentionPolicyForMode', message: `${issue.message} when processingMode is ${when}` });
    }
  }
  const hooks = Array.isArray(app['webhooks']) ? app['webhooks'] : [];
  hooks.forEach((hook: unknown, i) => {
    const target = isObject(hook) ? hook['target'] : undefined;
    const host = typeof target === 'string' ? hostOf(target) : undefined;
    if (host !== undefined && FORBIDDEN_HOST.test(host)) {
      const message = 'must not point at a Conversation API host (conversation-api.*.sinch.com)';
      issues.push({ path: `convApp.webhooks[${i}].target`, rule: 'forbiddenHost', message });
    }
  });
  return issues;
}

/**
 * The documented rules of a bundle order that its schema cannot express: at least one
 * service (no_services_to_create), a name for every block (missing_name), distinct webhook
 * targets, a retention policy that fits the processing mode, no Conversation API host as a
 * Conversation webhook target.
 */
function bundleIssues(body: unknown, refs: SchemaRefs): ValidationIssue[] {
  if (!isObject(body)) return [];
  const issues: ValidationIssue[] = [];
  const blocks = BLOCKS.filter((key) => requested(body[key]));
  if (blocks.length === 0) {
    issues.push({ path: 'body', rule: 'oneRequired', message: `must request at least one of ${BLOCKS.join(', ')}` });
  }
  if (body['name'] === undefined) {
    for (const key of blocks) {
      const block = body[key];
      if (!isObject(block) || block['name'] === undefined) {
        issues.push({ path: `${key}.name`, rule: 'oneRequired', message: 'is required when the bundle has no name' });
      }
    }
  }
  for (const { index, first, value } of repeatsBy(body['webhooks'], 'target')) {
    if (typeof value !== 'string') continue;
    issues.push({ path: `webhooks[${index}].target`, rule: 'uniqueTargets', message: `repeats the target of webhooks[${first}]; each target only once` });
  }
  if (isObject(body['convApp'])) issues.push(...conversationAppIssues(body['convApp'], refs));
  return issues;
}

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
