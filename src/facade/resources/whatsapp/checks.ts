import type { ValidationIssue } from '../../core/errors.js';
import { isObject, oneRequired } from '../checks.js';

// Cross-field rules of the WhatsApp API that the spec states only in prose. Single-field limits
// (lengths, enums, formats) come from the spec itself and are checked by the base class.

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

// Template rules that the spec states only in descriptions. Rules about what is missing apply
// only when the template is submitted for review: drafts may be incomplete.

type Obj = Record<string, unknown>;

/** Allowed `messageSendTtlSeconds` per category (inclusive bounds, seconds). */
export const TTL_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  AUTHENTICATION: [10, 900],
  MARKETING: [43_200, 2_592_000],
  UTILITY: [30, 43_200],
};

/** Distinct `{{n}}` variables in a text. */
function variables(text: unknown): number {
  return typeof text === 'string' ? new Set(text.match(/\{\{\s*\d+\s*\}\}/g)?.map((v) => v.replace(/\s/g, ''))).size : 0;
}

function missing(path: string, why: string): ValidationIssue {
  return { path, rule: 'requiredIf', message: `is required when ${why}` };
}

function urlButton(button: Obj, path: string, submit: boolean): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof button.url !== 'string') return issues;
  const dynamic = variables(button.url) > 0;
  if (dynamic && !/\{\{\s*1\s*\}\}$/.test(button.url)) {
    issues.push({ path: `${path}.url`, rule: 'variableAtEnd', message: 'may hold its {{1}} variable only at the very end' });
  }
  let host = '';
  try {
    host = new URL(button.url.replace(/\{\{\s*\d+\s*\}\}/g, 'x')).hostname.toLowerCase();
  } catch {
    // a malformed URL is the API's to report
  }
  if (/(^|\.)(wa\.me|whatsapp\.com)$/.test(host)) {
    issues.push({ path: `${path}.url`, rule: 'restrictedDomain', message: 'must not point to wa.me or whatsapp.com' });
  }
  if (!dynamic && button.example !== undefined) {
    issues.push({ path: `${path}.example`, rule: 'dynamicOnly', message: 'is allowed only when the url ends with a {{1}} variable' });
  }
  if (submit && dynamic && button.example === undefined) issues.push(missing(`${path}.example`, 'the url has a variable'));
  return issues;
}

function buttons(list: unknown, path: string, submit: boolean): ValidationIssue[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((button: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(button)) return [];
    if (button.type === 'URL') return urlButton(button, at, submit);
    if (button.type === 'FLOW' && submit && button.flowAction === 'NAVIGATE' && button.navigateScreen === undefined) {
      return [missing(`${at}.navigateScreen`, 'flowAction is NAVIGATE')];
    }
    return [];
  });
}

function component(c: Obj, path: string, submit: boolean): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const vars = variables(c.text);
  if (c.type === 'HEADER' && c.format === 'TEXT') {
    if (vars > 1) issues.push({ path: `${path}.text`, rule: 'maxVariables', message: 'may hold at most one variable' });
    if (submit && vars > 0 && c.example === undefined) issues.push(missing(`${path}.example`, 'the text has a variable'));
  } else if (c.type === 'BODY') {
    if (submit && vars > 0 && c.examples === undefined) issues.push(missing(`${path}.examples`, 'the text has variables'));
    if (Array.isArray(c.examples) && vars > 0 && c.examples.length !== vars) {
      issues.push({ path: `${path}.examples`, rule: 'exampleCount', message: `must hold one sample per variable (${vars})` });
    }
  } else if (c.type === 'BUTTONS') {
    issues.push(...buttons(c.buttons, `${path}.buttons`, submit));
  } else if (c.type === 'CAROUSEL' && Array.isArray(c.cards)) {
    c.cards.forEach((card: unknown, i) => {
      if (isObject(card)) issues.push(...components(card.components, `${path}.cards[${i}].components`, submit));
    });
  }
  return issues;
}

/**
 * The catalogue's rule for a template's components: "each component type at most once (type
 * unique)". It is a rule of the shape, so drafts keep it too. Carousel cards are not covered: the
 * rule is stated for the template's own component list only.
 */
function repeatedTypes(list: unknown, path: string): ValidationIssue[] {
  if (!Array.isArray(list)) return [];
  const first = new Map<unknown, number>();
  const issues: ValidationIssue[] = [];
  list.forEach((c: unknown, i) => {
    if (!isObject(c) || typeof c.type !== 'string') return;
    const seen = first.get(c.type);
    if (seen === undefined) first.set(c.type, i);
    else
      issues.push({
        path: `${path}[${i}].type`,
        rule: 'uniqueType',
        message: `repeats the ${c.type} component of ${path}[${seen}]; each component type may appear at most once`,
        values: [c.type],
      });
  });
  return issues;
}

function components(list: unknown, path: string, submit: boolean): ValidationIssue[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((c: unknown, i) => (isObject(c) ? component(c, `${path}[${i}]`, submit) : []));
}

/**
 * Rules for the body of a template create or update: each component type at most once, a submitted template needs a BODY
 * component and samples for its variables, URL buttons keep their variable at the end and stay
 * off wa.me / whatsapp.com, and the retry window fits the category.
 */
export function templateChecks(body: unknown, defaultStatus: 'SUBMIT' | 'DRAFT'): ValidationIssue[] {
  if (!isObject(body)) return [];
  const submit = (body.status ?? defaultStatus) === 'SUBMIT';
  // A create without details or components is a draft-only shape (the official text allows it for drafts).
  if (submit && defaultStatus === 'SUBMIT' && body.details === undefined)
    return [missing('details', 'the template is submitted (status SUBMIT, the default); only a draft may omit it')];
  if (!isObject(body.details)) return [];
  const { details } = body;
  if (submit && defaultStatus === 'SUBMIT' && details.components === undefined) {
    return [missing('details.components', 'the template is submitted (status SUBMIT, the default); only a draft may omit it')];
  }
  const issues = [...repeatedTypes(details.components, 'details.components'), ...components(details.components, 'details.components', submit)];
  if (submit && Array.isArray(details.components) && !details.components.some((c) => isObject(c) && c.type === 'BODY')) {
    issues.unshift({ path: 'details.components', rule: 'containsBody', message: 'must include a BODY component (only drafts may omit it)' });
  }
  const range = typeof body.category === 'string' ? TTL_RANGES[body.category] : undefined;
  const ttl = details.messageSendTtlSeconds;
  if (range && typeof ttl === 'number' && (ttl < range[0] || ttl > range[1])) {
    issues.push({
      path: 'details.messageSendTtlSeconds',
      rule: 'rangeForCategory',
      message: `must be between ${range[0]} and ${range[1]} for ${String(body.category)} templates`,
    });
  }
  return issues;
}
