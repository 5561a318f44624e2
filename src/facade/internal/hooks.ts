import { requestIdOf } from '../core/api-promise.js';
import { ApiError, ConfigurationError, type Operation, type ProvisioningError } from '../core/errors.js';
import { errorBody } from './read-body.js';

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

type Hook<C> = (context: C) => void | PromiseLike<void>;

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

function badKey(record: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(record)) {
    if (!(HOOK_NAMES as readonly string[]).includes(key)) return `unknown hook ${JSON.stringify(key).slice(0, 40)} (expected ${HOOK_NAMES.join(', ')})`;
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

/**
 * What tracing (tracing.ts, loaded only when enabled) does at the same points as the hooks. Each
 * method is called in the transport's order: request (per attempt), response (per attempt),
 * retry, then exactly one of end or fail.
 */
export interface SpanObserver {
  request(attempt: number, headers: Headers): void;
  response(attempt: number, status: number): void;
  retry(retry: number, reason: string, delayMs: number): void;
  end(status: number, error: ProvisioningError | undefined): void;
  fail(error: ProvisioningError): void;
}

/** Reports a hook that threw or rejected; never throws itself. */
export type HookFailure = (hook: string, error: unknown) => void;

/**
 * One call's observers: the hooks that apply and the span, if tracing is on. Built by the
 * transport only when there is at least one of them, so a client without hooks and tracing
 * builds nothing per call.
 */
export class CallObserver {
  readonly #hooks: readonly Hooks[];
  readonly #span: SpanObserver | undefined;
  readonly #failed: HookFailure;
  readonly #started: number;
  readonly #ctx: HookContext;

  constructor(hooks: readonly Hooks[] | undefined, span: SpanObserver | undefined, failed: HookFailure, ctx: HookContext, started: number) {
    this.#hooks = hooks ?? [];
    this.#span = span;
    this.#failed = failed;
    this.#ctx = ctx;
    this.#started = started;
  }

  #run<K extends keyof Hooks>(name: K, context: Parameters<NonNullable<Hooks[K]>>[0]): PromiseLike<unknown>[] | undefined {
    let pending: PromiseLike<unknown>[] | undefined;
    for (const hooks of this.#hooks) {
      const hook = hooks[name] as Hook<typeof context> | undefined;
      if (!hook) continue;
      try {
        const result = hook.call(hooks, context);
        if (result && typeof (result as PromiseLike<void>).then === 'function') {
          const caught = Promise.resolve(result).catch((err: unknown) => this.#failed(name, err));
          (pending ??= []).push(caught);
        }
      } catch (err) {
        this.#failed(name, err);
      }
    }
    return pending;
  }

  /**
   * Before an attempt: Authorization is taken out while the hooks see the headers (the
   * transport sets it afterwards), the trace context is put in. Resolves once every async
   * onRequest hook settled, or when `signal` aborts (the attempt's timeout or the caller).
   */
  request(attempt: number, headers: Headers, signal: AbortSignal): Promise<void> | undefined {
    this.#ctx.attempt = attempt;
    headers.delete('authorization');
    this.#span?.request(attempt, headers);
    const pending = this.#run('onRequest', { ...this.#ctx, headers });
    if (!pending) return undefined;
    return new Promise<void>((resolve) => {
      const done = (): void => {
        signal.removeEventListener('abort', done);
        resolve();
      };
      signal.addEventListener('abort', done, { once: true });
      void Promise.all(pending).then(done);
    });
  }

  response(attempt: number, response: Response, durationMs: number): void {
    this.#span?.response(attempt, response.status);
    const { status, headers } = response;
    this.#run('onResponse', { ...this.#ctx, attempt, status, durationMs, requestId: requestIdOf(headers), headers });
  }

  retry(attempt: number, retry: number, maxRetries: number, delayMs: number, reason: string): void {
    this.#span?.retry(retry, reason, delayMs);
    this.#run('onRetry', { ...this.#ctx, attempt, retry, maxRetries, delayMs, reason });
  }

  /** The call failed without a usable response. */
  fail(error: ProvisioningError, now: number): void {
    const { attempt } = this.#ctx;
    this.#span?.fail(error);
    const status = error instanceof ApiError ? error.status : undefined;
    const requestId = error instanceof ApiError ? error.requestId : undefined;
    this.#run('onError', { ...this.#ctx, attempt, error, durationMs: now - this.#started, status, requestId });
  }

  /**
   * The final response. For an error status the ApiError is built here, handed to onError and
   * returned, so that the facade throws that same error.
   */
  end(response: Response, body: ArrayBuffer | undefined, operation: Operation, secrets: readonly string[], now: number): ApiError | undefined {
    const { attempt } = this.#ctx;
    if (response.ok) {
      this.#span?.end(response.status, undefined);
      return undefined;
    }
    const text = body === undefined ? '' : new TextDecoder().decode(body);
    const error = ApiError.from({ status: response.status, body: errorBody(text, response), headers: response.headers, operation, secrets });
    this.#span?.end(response.status, error);
    const { status, requestId } = error;
    this.#run('onError', { ...this.#ctx, attempt, error, durationMs: now - this.#started, status, requestId });
    return error;
  }
}
