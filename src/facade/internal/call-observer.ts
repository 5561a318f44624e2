import { requestIdOf } from '../core/api-promise.js';
import { ApiError, type Operation, type ProvisioningError } from '../core/errors.js';
import type { Hook, HookContext, Hooks } from './hooks.js';
import { log } from './logger.js';
import type { ObservingConfig } from './observe.js';
import { errorBody } from './read-body.js';
import type { SpanFactory } from './tracing.js';
import { isThenable } from '../core/thenable.js';

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
 * builds nothing per call; this module is loaded (dynamic import in observe.ts) on the first
 * observed call, so it is not in the main bundle either.
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

  /** A span call; the tracing SDK's own failure is reported like a hook's and never breaks the call. */
  #traced<A extends unknown[]>(method: (...args: A) => void, span: SpanObserver, ...args: A): void {
    try {
      method.apply(span, args);
    } catch (err) {
      this.#failed('tracing', err);
    }
  }

  /** Whether any of the hooks has `name`: no context is built for a hook nobody set. */
  #wants(name: keyof Hooks): boolean {
    for (const hooks of this.#hooks) if (hooks[name]) return true;
    return false;
  }

  #run<K extends keyof Hooks>(name: K, context: Parameters<NonNullable<Hooks[K]>>[0]): PromiseLike<unknown>[] | undefined {
    let pending: PromiseLike<unknown>[] | undefined;
    for (const hooks of this.#hooks) {
      const hook = hooks[name] as Hook<typeof context> | undefined;
      if (!hook) continue;
      try {
        const result = hook.call(hooks, context);
        if (isThenable(result)) {
          const caught = Promise.resolve(result).catch((err: unknown) => this.#failed(name, err));
          pending ??= [];
          pending.push(caught);
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
    if (this.#span) this.#traced(this.#span.request, this.#span, attempt, headers);
    if (!this.#wants('onRequest')) return undefined;
    headers.delete('authorization');
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
    if (this.#span) this.#traced(this.#span.response, this.#span, attempt, response.status);
    if (!this.#wants('onResponse')) return;
    const { status, headers } = response;
    this.#run('onResponse', { ...this.#ctx, attempt, status, durationMs, requestId: requestIdOf(headers), headers });
  }

  retry(attempt: number, retry: number, maxRetries: number, delayMs: number, reason: string): void {
    if (this.#span) this.#traced(this.#span.retry, this.#span, retry, reason, delayMs);
    if (this.#wants('onRetry')) this.#run('onRetry', { ...this.#ctx, attempt, retry, maxRetries, delayMs, reason });
  }

  /** The call failed without a usable response. */
  fail(error: ProvisioningError, now: number): void {
    const { attempt } = this.#ctx;
    if (this.#span) this.#traced(this.#span.fail, this.#span, error);
    if (!this.#wants('onError')) return;
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
      if (this.#span) this.#traced(this.#span.end, this.#span, response.status, undefined);
      return undefined;
    }
    const text = body === undefined ? '' : new TextDecoder().decode(body);
    const error = ApiError.from({ status: response.status, body: errorBody(text, response), headers: response.headers, operation, secrets });
    if (this.#span) this.#traced(this.#span.end, this.#span, response.status, error);
    const { status, requestId } = error;
    if (this.#wants('onError')) this.#run('onError', { ...this.#ctx, attempt, error, durationMs: now - this.#started, status, requestId });
    return error;
  }
}

type RulesModule = typeof import('../../generated/rules.js');
let routes: Promise<RulesModule['operationIdByRoute']> | undefined;

/**
 * The operationId of a route, from the table generated from the spec. It lives in the rules
 * chunk that the facade loads on its first call anyway; a `client.raw` call loads it only when
 * it is observed.
 */
async function operationIdOf(method: string, path: string): Promise<string | undefined> {
  routes ??= import('../../generated/rules.js').then((m) => m.operationIdByRoute);
  return (await routes)[`${method.toLowerCase()} ${path}`];
}

/** Starts one call's observer; `operationId` is looked up when not known. */
export type Opener = (method: string, path: string, url: string, operationId: string | undefined, hooks: readonly Hooks[] | undefined) => Promise<CallObserver>;

/** The opener of one client (transport): it loads the span factory once when tracing is on. */
export function createOpener(config: ObservingConfig): Opener {
  const { logger, now } = config;
  const secrets = config.secrets ?? (() => []);
  const tracing = config.tracing ?? false;
  let spans: SpanFactory | undefined;
  let loading: Promise<SpanFactory | undefined> | undefined;
  const warn = (message: string): void => log(logger, 'warn', message, { method: '', path: '', attempt: 0 }, []);
  const loadSpans = (): Promise<SpanFactory | undefined> =>
    (loading ??= import('./tracing.js').then((m) => m.loadSpanFactory(tracing, warn)).then((factory) => (spans = factory)));

  return async (method, path, url, known, hooks) => {
    const started = now();
    const operationId = known ?? (await operationIdOf(method, path));
    const factory = tracing === false ? undefined : (spans ?? (await loadSpans()));
    const failed = (hook: string, error: unknown): void => {
      const name = error instanceof Error ? error.name : typeof error;
      log(logger, 'warn', `${method} ${path} hook ${hook} failed (${name}); the call goes on`, { method, path, attempt: 0, hook, error: name }, secrets());
    };
    let span: SpanObserver | undefined;
    try {
      span = factory?.({ method, path, url, operationId });
    } catch (err) {
      failed('tracing', err);
    }
    return new CallObserver(hooks, span, failed, { operationId, method, path, url, attempt: 1 }, started);
  };
}
