import { WEBHOOK_TRIGGERS, type WebhookTrigger } from '../generated/triggers.js';
import { ValidationError, type ValidationIssue } from './core/errors.js';
import { isDeclaredEnumValue, unknownEnum } from './core/unknown-enum.js';
import { type Schema, validate } from './core/validate.js';

export type { WebhookTrigger };

/** Every word-prefix of a trigger name: `WHATSAPP`, `WHATSAPP_TEMPLATE`, `RCS_BRAND_REGISTRATION` ... */
type Prefixes<S extends string> = S extends `${infer Head}_${infer Rest}` ? Head | `${Head}_${Prefixes<Rest>}` : never;

/** A channel or resource family that `Triggers.family()` accepts. */
export type TriggerFamily = Prefixes<Exclude<WebhookTrigger, 'ALL'>>;

const KNOWN: ReadonlySet<string> = new Set(WEBHOOK_TRIGGERS);

/**
 * The trigger-list rules the API applies, plus one it does not state in its schema but
 * that makes no sense to break: `ALL` already covers every event, so it stands alone.
 */
function checkTriggers(value: unknown, path: string): ValidationIssue[] {
  if (!Array.isArray(value)) return [];
  const strings = value.filter((v): v is string => typeof v === 'string');
  const issues: ValidationIssue[] = [];
  const unknown = [...new Set(strings.filter((v) => !KNOWN.has(v) && !isDeclaredEnumValue(v)))];
  if (unknown.length > 0) {
    issues.push({
      path,
      rule: 'enum',
      message: `unknown ${unknown.length === 1 ? 'trigger' : 'triggers'} ${unknown.map((v) => JSON.stringify(v)).join(', ')}; see Triggers.values, or declare one Sinch added after this release with Triggers.unknown()`,
      values: unknown,
    });
  }
  issues.push(...allExclusiveIssues(strings, path));
  return issues;
}

/** The rule the schema cannot state: `ALL` already covers every event, so it stands alone. */
export function allExclusiveIssues(value: unknown, path = 'triggers'): ValidationIssue[] {
  if (!Array.isArray(value)) return [];
  const others = [...new Set(value.filter((v): v is string => typeof v === 'string' && v !== 'ALL'))];
  if (!value.includes('ALL') || others.length === 0) return [];
  return [
    {
      path,
      rule: 'allExclusive',
      message: `ALL cannot be combined with other triggers (${others.join(', ')}); send [ALL] alone or list the triggers`,
      values: others,
    },
  ];
}

/** The shape of a `triggers` list; checkTriggers adds what a schema cannot say. */
const LIST: Schema = { type: 'array', minItems: 1, items: { type: 'string' } };

function is(value: unknown): value is WebhookTrigger {
  return typeof value === 'string' && KNOWN.has(value);
}

function family<F extends TriggerFamily>(prefix: F): Extract<WebhookTrigger, `${F}_${string}`>[] {
  const members = WEBHOOK_TRIGGERS.filter((t) => t.startsWith(`${prefix}_`)).sort();
  if (members.length === 0) {
    throw new ValidationError(
      [{ path: 'family', rule: 'enum', message: `no trigger starts with ${JSON.stringify(prefix)}`, values: [prefix] }],
      'trigger family',
    );
  }
  return members as Extract<WebhookTrigger, `${F}_${string}`>[];
}

function normalize(input: string | Iterable<string>): WebhookTrigger[] {
  const list: unknown = typeof input === 'string' ? [input] : input != null && typeof input === 'object' ? [...input] : input;
  const issues = [...validate(list, LIST, 'triggers'), ...checkTriggers(list, 'triggers')];
  if (issues.length > 0) throw new ValidationError(issues, 'triggers');
  return [...new Set(list as WebhookTrigger[])].sort();
}

// Built in /* @__PURE__ */ closures so that an app's bundler drops both tables when the app never
// uses `Triggers` (an app that imports only `Provisioning`): a top-level Object.fromEntries or
// Object.freeze call otherwise counts as a side effect and stays in every bundle.
const constants = /* @__PURE__ */ (() => Object.fromEntries(WEBHOOK_TRIGGERS.map((t) => [t, t])))() as { readonly [K in WebhookTrigger]: K };

/**
 * Webhook trigger values and helpers: `Triggers.WHATSAPP_TEMPLATE_APPROVED`,
 * `Triggers.family('WHATSAPP_TEMPLATE')`, `Triggers.normalize(userInput)`.
 */
export const Triggers = /* @__PURE__ */ (() =>
  Object.freeze({
    ...constants,
    /** Every trigger the API knows, in spec order. */
    values: WEBHOOK_TRIGGERS,
    /** True when `value` is a known trigger. */
    is,
    /**
     * Every trigger whose name starts with the given family, sorted: `family('WHATSAPP_TEMPLATE')`
     * for template events, `family('RCS')` for the whole channel. Derived from the values,
     * so new triggers join their family without an SDK change.
     */
    family,
    /**
     * Checks a trigger list and returns it without duplicates, sorted. Throws a
     * {@link ValidationError} naming unknown values, an empty list, or ALL mixed with others.
     */
    normalize,
    /**
     * Declares a trigger Sinch added after this SDK release and returns it typed as a
     * {@link WebhookTrigger}: `Triggers.unknown('WHATSAPP_SENDER_NEW_EVENT')`. It then passes every
     * trigger check and is sent unchanged; misspelt known triggers are still rejected before sending.
     */
    unknown: (value: string): WebhookTrigger => unknownEnum<WebhookTrigger>(value),
  }))();
