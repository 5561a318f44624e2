import type { ValidationIssue } from '../../core/errors.js';
import { isObject, oneRequired } from '../checks.js';

export function createIssues(body: unknown): ValidationIssue[] {
  if (!isObject(body) || body['convApiApp'] !== true || body['convApiAppId'] === undefined) return [];
  return [{ path: 'convApiAppId', rule: 'exclusive', message: 'cannot be combined with convApiApp: true; link an existing app or create a new one, not both' }];
}

/** `updatable`: the fields an update can change, from the spec (an update without any gets 400 no_fields_to_update). */
export function updateIssues(body: unknown, updatable: readonly string[]): ValidationIssue[] {
  return oneRequired(body, updatable, { verb: 'change', isSet: (value) => value !== undefined });
}
