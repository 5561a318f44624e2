import type { ValidationIssue } from '../../core/errors.js';
import { type SchemaRefs, validate } from '../../core/validate.js';
import { isObject, oneRequired, repeatsBy } from '../checks.js';

const BLOCKS = ['subproject', 'smsApp', 'convApp'] as const;
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
export function bundleIssues(body: unknown, refs: SchemaRefs): ValidationIssue[] {
  if (!isObject(body)) return [];
  const issues: ValidationIssue[] = [];
  const blocks = BLOCKS.filter((key) => requested(body[key]));
  issues.push(...oneRequired(body, BLOCKS, { verb: 'request', isSet: requested }));
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
