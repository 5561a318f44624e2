import type { ValidationIssue } from '../../core/errors.js';

interface WithButtons {
  details?: { buttons?: readonly { type?: unknown }[] | null } | null;
}

/**
 * The spec's `uniqueItems` only rejects identical buttons; its text adds that no two buttons of
 * a template may share a `type` (create and update alike).
 */
export function buttonTypeIssues(body: WithButtons | undefined): ValidationIssue[] {
  const buttons = body?.details?.buttons;
  if (!Array.isArray(buttons)) return [];
  const seen = new Set<unknown>();
  const issues: ValidationIssue[] = [];
  buttons.forEach((button, i) => {
    const type = button?.type;
    if (type === undefined) return;
    if (seen.has(type)) {
      issues.push({ path: `details.buttons[${i}].type`, rule: 'uniqueBy', message: 'repeats the type of an earlier button; each button type may appear once', values: [type] });
    }
    seen.add(type);
  });
  return issues;
}
