import { ConfigurationError, type ProvisioningError } from '../core/errors.js';

/** What every hook is told about the call and the attempt it is in. */
export interface HookContext {
  /** The spec's operationId (e.g. `WebhookWebhookController_getWebhook_v1`); undefined for a raw call to a path the spec does not have. */
  operationId: string | undefined;
  /** Upper-case HTTP method. */
  method: string;
  /** Path template, e.g. `/v1/projects/{projectId}/webhooks/{webhookId}`. */
  path: string;
  /** The URL of the request, with its query. */
  url: string;
  /** 1 for the first attempt, 2 for the first retry ... */
  attempt: number;
}

export interface RequestHookContext extends HookContext {
  /** The headers this attempt sends (without Authorization); set or delete headers here. */
  headers: Headers;
}

export interface ResponseHookContext extends HookContext {
  status: number;
  /** Milliseconds from the start of the attempt until the response headers arrived. */
  durationMs: number;
  requestId: string | undefined;
  /** The response headers. */
  headers: Headers;
}

export interface RetryHookContext extends HookContext {
  /** Which retry this is (1 for the first), out of `maxRetries`; 0 for the one repeat with fresh credentials after a 401. */
  retry: number;
  maxRetries: number;
  /** Milliseconds waited before the next attempt. */
  delayMs: number;
  /** Why: a status (`'503'`, `'401'`) or an error name (`'ConnectionError'`, `'TimeoutError'`). */
  reason: string;
}

export interface ErrorHookContext extends HookContext {
  /** What the call ends with: the ApiError of a final error status, or the network, timeout, abort ... error. */
  error: ProvisioningError;
  /** Milliseconds from the start of the call (all attempts and waits). */
  durationMs: number;
  status: number | undefined;
  requestId: string | undefined;
}

export type Hook<C> = (context: C) => void | PromiseLike<void>;

/**
 * Observers of every API call, facade methods and `client.raw` alike: on the client
 * (`new Provisioning({ hooks })`, `withOptions({ hooks })`) and per call (`{ hooks }` in the
 * request options); all that apply run, the client's first. A hook that throws or rejects
 * never changes the call: the failure goes to the logger. `onRequest` is awaited (it may set
 * headers, also asynchronously, within the attempt's timeout); the others are not.
 */
export interface Hooks {
  /** Before each attempt is sent. */
  onRequest?: Hook<RequestHookContext>;
  /** When an attempt received a response (any status, also one that is retried). */
  onResponse?: Hook<ResponseHookContext>;
  /** When a failed attempt is going to be repeated. */
  onRetry?: Hook<RetryHookContext>;
  /** When the call fails: a final error status, or no usable response at all. */
  onError?: Hook<ErrorHookContext>;
}

const HOOK_NAMES = ['onRequest', 'onResponse', 'onRetry', 'onError'] as const;

/** Checks a `hooks` option: an object whose known keys are functions. */
export function checkHooks(hooks: unknown, option = 'hooks'): Hooks | undefined {
  if (hooks === undefined) return undefined;
  const record = hooks as Record<string, unknown> | null;
  const bad = record === null || typeof record !== 'object' ? 'expected an object' : badKey(record);
  if (bad) throw new ConfigurationError(`Invalid ${option}: ${bad}`, { option });
  return hooks as Hooks;
}

/**
 * A misspelt hook (`onrequest`, `onResponses`) would silently never run, so an unknown `on...`
 * key is refused; other keys (state of a hooks object that is a class instance) are left alone.
 */
function badKey(record: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(record)) {
    if (!(HOOK_NAMES as readonly string[]).includes(key)) {
      if (/^on/i.test(key)) return `unknown hook ${JSON.stringify(key).slice(0, 40)} (expected ${HOOK_NAMES.join(', ')})`;
      continue;
    }
    if (record[key] !== undefined && typeof record[key] !== 'function') return `${key} must be a function`;
  }
  return undefined;
}

/** The hook lists of a client, a derived client and a call, joined (no copy when one of them is empty). */
export function joinHooks(a: readonly Hooks[] | undefined, b: readonly Hooks[] | undefined): readonly Hooks[] | undefined {
  if (!a || a.length === 0) return b;
  if (!b || b.length === 0) return a;
  return [...a, ...b];
}
