// The rules of scripts/lib/spec-diff.ts: one per kind of change, with the semver bump it calls
// for, per side (request or response) where that matters.

export type Bump = 'major' | 'minor' | 'patch';
export type Side = 'request' | 'response';

export interface SpecRule {
  /** The bump whatever the side, or per side. */
  bump?: Bump;
  request?: Bump | ((detail: Record<string, unknown>) => Bump);
  response?: Bump;
  summary: string;
}

/** What each rule means for a release, per side where it depends on it. */
export const RULES: Readonly<Record<string, SpecRule>> = {
  'operation-removed': { bump: 'major', summary: 'an operation was removed' },
  'operation-added': { bump: 'minor', summary: 'an operation was added' },
  'operation-id-changed': { bump: 'major', summary: 'an operation was renamed (generated `operations[...]` key)' },
  'webhook-event-removed': { bump: 'major', summary: 'a webhook event was removed' },
  'webhook-event-added': { bump: 'minor', summary: 'a webhook event was added' },
  deprecated: { bump: 'minor', summary: 'an operation, parameter or field was deprecated or undeprecated' },
  'parameter-removed': { bump: 'major', summary: 'a request parameter was removed' },
  'required-parameter-added': { bump: 'major', summary: 'a required request parameter was added' },
  'optional-parameter-added': { bump: 'minor', summary: 'an optional request parameter was added' },
  'parameter-now-required': { bump: 'major', summary: 'a request parameter became required' },
  'parameter-now-optional': { bump: 'minor', summary: 'a request parameter became optional' },
  'request-body-removed': { bump: 'major', summary: 'a request body was removed' },
  'request-body-added': { request: (c) => (c.required ? 'major' : 'minor'), response: 'minor', summary: 'a request body was added' },
  'request-body-now-required': { request: 'major', response: 'minor', summary: "a request body became required (breaking unless it is a webhook event's)" },
  'request-body-now-optional': { request: 'minor', response: 'major', summary: "a request body became optional (breaking when it is a webhook event's)" },
  'media-type-removed': { bump: 'major', summary: 'a request or response content type was removed' },
  'media-type-added': { bump: 'minor', summary: 'a request or response content type was added' },
  'success-response-removed': { bump: 'major', summary: 'a 2xx/3xx response was removed' },
  'error-response-removed': { bump: 'minor', summary: 'an error response was removed' },
  'response-added': { bump: 'minor', summary: 'a response status was added' },
  'field-removed': { bump: 'major', summary: 'a field was removed (request or response)' },
  'required-field-added': { request: 'major', response: 'minor', summary: 'a required field was added (breaking in a request)' },
  'optional-field-added': { bump: 'minor', summary: 'an optional field was added' },
  'field-now-required': { request: 'major', response: 'minor', summary: 'a field became required (breaking in a request)' },
  'field-now-optional': { request: 'minor', response: 'major', summary: 'a field became optional (breaking in a response)' },
  'enum-narrowed': { bump: 'major', summary: 'enum values were removed' },
  'enum-widened': { bump: 'minor', summary: 'enum values were added' },
  'type-changed': { bump: 'major', summary: 'a type changed (or now accepts less)' },
  'type-widened': { request: 'minor', response: 'major', summary: 'a type now allows more (e.g. integer to number, or null): breaking in a response' },
  'variant-removed': { bump: 'major', summary: 'an anyOf/oneOf/allOf alternative was removed' },
  'variant-added': { bump: 'minor', summary: 'an anyOf/oneOf/allOf alternative was added' },
  'constraint-tightened': { request: 'major', response: 'patch', summary: 'a limit, pattern or format became stricter' },
  'constraint-loosened': { request: 'minor', response: 'patch', summary: 'a limit, pattern or format became looser' },
  'schema-removed': { bump: 'major', summary: 'a component schema was removed (generated `components[...]` key)' },
  'schema-added': { bump: 'minor', summary: 'a component schema was added' },
  'description-changed': { bump: 'patch', summary: 'a description, summary or title changed' },
  'example-changed': { bump: 'patch', summary: 'an example changed' },
  'extension-changed': { bump: 'patch', summary: 'an x-* extension or tag changed' },
  'other-change': { bump: 'minor', summary: 'a change no rule above classifies: review it' },
};

/** Orders bumps: patch < minor < major. */
export const BUMP_RANK: Readonly<Record<Bump, number>> = { patch: 1, minor: 2, major: 3 };
/** The larger of two bumps (either may be null). */
export const maxBump = (a: Bump | null, b: Bump | null): Bump | null => ((a ? BUMP_RANK[a] : 0) >= (b ? BUMP_RANK[b] : 0) ? (a ?? b ?? null) : b);

/** The bump of one rule on one side; `detail` holds what a rule needs to decide (a required body). */
export function bumpOf(rule: string, side: Side, detail: Record<string, unknown>): Bump {
  const r = RULES[rule]!;
  const bump = r[side] ?? r.bump ?? r.request!;
  return typeof bump === 'function' ? bump(detail) : bump;
}
