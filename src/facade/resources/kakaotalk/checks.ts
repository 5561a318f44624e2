import type { ValidationIssue } from '../../core/errors.js';
import { isObject, repeatsBy } from '../checks.js';

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

const SENDER_SUBMIT_FIELDS = ['adminPhoneNo', 'name', 'topLevelCategoryCode', 'midLevelCategoryCode', 'subLevelCategoryCode'] as const;

function submitted(body: unknown): boolean {
  // Create defaults to SUBMIT; only an explicit DRAFT is kept incomplete.
  return !isObject(body) || body.status !== 'DRAFT';
}

function neededToSubmit(path: string, what: string): ValidationIssue {
  return { path, rule: 'requiredIf', message: `is required to submit the ${what} (status SUBMIT, the default); only a draft may omit it` };
}

/**
 * The official schema marks a sender's details as required, but its text says a draft needs
 * none of them (the spec follows the text, see x-official-spec-defect): a submitted sender needs
 * details with the admin phone number, name and the three category codes.
 */
export function senderSubmitIssues(body: unknown): ValidationIssue[] {
  if (!submitted(body)) return [];
  const details = isObject(body) ? body.details : undefined;
  if (details === undefined) return [neededToSubmit('details', 'sender')];
  if (!isObject(details)) return [];
  return SENDER_SUBMIT_FIELDS.filter((f) => details[f] === undefined).map((f) => neededToSubmit(`details.${f}`, 'sender'));
}

/** Likewise for templates: a submitted template needs its content and a name on every button. */
export function templateSubmitIssues(body: unknown): ValidationIssue[] {
  if (!submitted(body) || !isObject(body) || !isObject(body.details)) return [];
  const { details } = body;
  const issues = details.content === undefined ? [neededToSubmit('details.content', 'template')] : [];
  if (Array.isArray(details.buttons)) {
    details.buttons.forEach((b: unknown, i) => {
      if (isObject(b) && b.name === undefined) issues.push(neededToSubmit(`details.buttons[${i}].name`, 'template'));
    });
  }
  return issues;
}
