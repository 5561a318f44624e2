import type { ValidationIssue } from '../../core/errors.js';
import { repeatsBy } from '../checks.js';

interface WithButtons {
  details?: { buttons?: readonly { type?: unknown }[] | null } | null;
}

/**
 * The spec's `uniqueItems` only rejects identical buttons; its text adds that no two buttons of
 * a template may share a `type` (create and update alike).
 */
export function buttonTypeIssues(body: WithButtons | undefined): ValidationIssue[] {
  return repeatsBy(body?.details?.buttons, 'type').map(({ index, value }) => ({
    path: `details.buttons[${index}].type`,
    rule: 'uniqueBy',
    message: 'repeats the type of an earlier button; each button type may appear once',
    values: [value],
  }));
}
