import type { ValidationIssue } from '../../core/errors.js';
import { isObject } from '../checks.js';

// Cross-field rules of the WhatsApp API that the spec states only in prose. Single-field limits
// (lengths, enums, formats) come from the spec itself and are checked by the base class.

/** At least one of `fields` must be set (the API answers 400 invalid_input / no_fields_to_update otherwise). */
export function oneRequired(body: unknown, fields: readonly string[], path = 'body'): ValidationIssue[] {
  if (!isObject(body) || fields.some((f) => body[f] !== undefined && body[f] !== null)) return [];
  return [{ path, rule: 'oneRequired', message: `must set at least one of ${fields.join(', ')}` }];
}

/** Business managers that may serve each sender region (the spec's create-sender "region x businessManager" rule). */
const MANAGERS_BY_REGION: Readonly<Record<string, readonly string[]>> = {
  BR: ['SINCH_BR', 'SINCH_MX'],
  EU: ['SINCH_UK'],
  US: ['SINCH_BR', 'SINCH_MX', 'SINCH_UK'],
};

/**
 * Create-sender rules: the region decides which business managers are allowed, and the
 * deprecated body (the one with `name`) needs a Facebook token or code.
 */
export function senderInputChecks(body: unknown): ValidationIssue[] {
  if (!isObject(body)) return [];
  const issues: ValidationIssue[] = [];
  const { region, businessManager } = body;
  const allowed = typeof region === 'string' ? MANAGERS_BY_REGION[region] : undefined;
  if (allowed && typeof businessManager === 'string' && !allowed.includes(businessManager)) {
    issues.push({ path: 'businessManager', rule: 'allowedForRegion', message: `must be one of ${allowed.join(', ')} for region ${region}` });
  }
  if (body.name !== undefined) issues.push(...oneRequired(body, ['facebookAccessToken', 'facebookCode']));
  return issues;
}

/** The verification code is six characters without spaces; the spec only has the length. */
export function verifyChecks(body: unknown): ValidationIssue[] {
  if (!isObject(body) || typeof body.code !== 'string' || !/\s/.test(body.code)) return [];
  return [{ path: 'code', rule: 'noWhitespace', message: 'must not contain spaces' }];
}

/** A template cannot be compared with itself (the API answers 409 templates_compare_not_unique). */
export function compareChecks(templateName: string, languageCode: string, body: unknown): ValidationIssue[] {
  if (!isObject(body) || !Array.isArray(body.templates)) return [];
  return body.templates.flatMap((other: unknown, i) =>
    isObject(other) && other.templateName === templateName && other.templateLanguage === languageCode
      ? [{ path: `templates[${i}]`, rule: 'notSelf', message: 'must name another template than the one in the path' }]
      : [],
  );
}
