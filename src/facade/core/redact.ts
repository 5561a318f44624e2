/**
 * Redaction helpers shared by errors and logging. Two complementary defences: keys that
 * name credentials are masked wherever they appear, and known secret values (the access
 * key secret, tokens, a webhook secret or a Facebook token sent in the request) are scrubbed
 * from free text, in case a server echoes one back in a message.
 *
 * Credential keys are the usual HTTP and OAuth names plus every field the spec marks
 * `x-sensitive: true` (src/generated/sensitive.ts), matched by name wherever it appears. A
 * marked name the spec also uses for other data (the `code` of a verification request, beside
 * template codes) is not masked everywhere: the values a request sends under it are collected
 * and scrubbed instead, numbers included.
 */
import { SENSITIVE_FIELDS, SENSITIVE_VALUE_FIELDS } from '../../generated/sensitive.js';

export const REDACTED = '[REDACTED]';

const SENSITIVE_KEY =
  /^(authorization|proxy-authorization|cookie|set-cookie|secret|key_?secret|client_?secret|password|(access|refresh|id)?_?token|x-api-key)$/i;
// Pure: an app that never redacts (a webhook-only receiver) drops both sets and the generated lists.
const SPEC_SENSITIVE = /* @__PURE__ */ new Set(/* @__PURE__ */ SENSITIVE_FIELDS.map((name) => name.toLowerCase()));
const SPEC_SENSITIVE_VALUES = /* @__PURE__ */ new Set(/* @__PURE__ */ SENSITIVE_VALUE_FIELDS.map((name) => name.toLowerCase()));

/** True for header names and JSON keys whose value must never be shown. */
export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY.test(key) || SPEC_SENSITIVE.has(key.toLowerCase());
}

/** Replaces every occurrence of each secret value in `text`. Short values (< 4 chars) are skipped to avoid shredding text. */
export function scrubText(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) {
    if (s.length >= 4 && out.includes(s)) out = out.split(s).join(REDACTED);
  }
  return out;
}

/** Deep copy of a JSON-like value with sensitive keys masked and secret values scrubbed from strings. */
export function redactJson(value: unknown, secrets: Iterable<string> = []): unknown {
  const list = [...secrets];
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return scrubText(v, list);
    // A numeric secret (a verification code sent as a number) is masked where it stands as a number.
    if (typeof v === 'number' && list.length > 0 && isSecretNumber(v, list)) return REDACTED;
    if (v === null || typeof v !== 'object' || depth > 20) return v;
    if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) {
      out[k] = isSensitiveKey(k) ? REDACTED : walk(item, depth + 1);
    }
    return out;
  };
  return walk(value, 0);
}

/** Plain-object copy of headers with sensitive ones masked. */
export function redactHeaders(headers: Headers | undefined, secrets: Iterable<string> = []): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  const list = [...secrets];
  headers.forEach((value, key) => {
    out[key] = isSensitiveKey(key) ? REDACTED : scrubText(value, list);
  });
  return out;
}

/**
 * Values found under sensitive keys of a JSON-like value (e.g. a webhook `secret` or a
 * `facebookToken` in a request body), so they can be scrubbed from anything the SDK later
 * shows. Numbers count too (a numeric verification code), as their decimal text.
 */
export function collectSecrets(value: unknown, into: Set<string> = new Set()): Set<string> {
  const take = (v: unknown, depth: number): void => {
    if (typeof v === 'string') into.add(v);
    else if (typeof v === 'number' && Number.isFinite(v)) into.add(String(v));
    else if (v !== null && typeof v === 'object' && depth <= 20) for (const item of Object.values(v)) take(item, depth + 1);
  };
  const walk = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object' || depth > 20) return;
    for (const [k, item] of Object.entries(v)) {
      if (isSensitiveKey(k) || SPEC_SENSITIVE_VALUES.has(k.toLowerCase())) take(item, depth + 1);
      else walk(item, depth + 1);
    }
  };
  walk(value, 0);
  return into;
}

function isSecretNumber(value: number, secrets: readonly string[]): boolean {
  const text = String(value);
  return text.length >= 4 && secrets.includes(text);
}
