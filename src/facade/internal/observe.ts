import type { ProvisioningError } from '../core/errors.js';
import type { CallObserver, SpanObserver } from './call-observer.js';
import { type Hooks, joinHooks } from './hooks.js';
import { type Logger, log } from './logger.js';
import type { SpanFactory, TracingOption } from './tracing.js';
import type { Received } from './transport.js';

/**
 * Where the transport gets one call's observers (hooks and tracing). With neither configured,
 * `start` answers undefined at once: no closure, no object, no await per call.
 */
export interface Observing {
  /** `operationId` is known to the facade and looked up for `client.raw` calls; `hooks` are the call's. */
  start(method: string, path: string, url: string, operationId: string | undefined, hooks: readonly Hooks[] | undefined): Promise<CallObserver> | undefined;
}

/** Runs a call's attempts under its observer: the final response or the error it ends with is reported once. */
export async function observed(started: Promise<CallObserver>, attempts: (observer: CallObserver) => Promise<Received>, now: () => number): Promise<Received> {
  const observer = await started;
  try {
    const received = await attempts(observer);
    received.error = observer.end(received.response, received.body, received.operation, received.secrets, now());
    return received;
  } catch (err) {
    observer.fail(err as ProvisioningError, now());
    throw err;
  }
}

type RulesModule = typeof import('../../generated/rules.js');
let observerModule: Promise<typeof import('./call-observer.js')> | undefined;
let Observer: typeof import('./call-observer.js').CallObserver | undefined;
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

interface ObservingConfig {
  hooks?: readonly Hooks[] | undefined;
  tracing?: TracingOption | undefined;
  logger?: Logger | undefined;
  now: () => number;
  /** Values to scrub from what a failing hook makes the SDK log. */
  secrets?: () => string[];
}

export function createObserving(config: ObservingConfig): Observing {
  const { logger, now } = config;
  const secrets = config.secrets ?? (() => []);
  const tracing = config.tracing ?? false;
  // Loaded on the first call that needs it, then used synchronously.
  let spans: SpanFactory | undefined;
  let loading: Promise<SpanFactory | undefined> | undefined;
  const warn = (message: string): void => log(logger, 'warn', message, { method: '', path: '', attempt: 0 }, []);
  const loadSpans = (): Promise<SpanFactory | undefined> =>
    (loading ??= import('./tracing.js').then((m) => m.loadSpanFactory(tracing, warn)).then((factory) => (spans = factory)));

  const open = async (method: string, path: string, url: string, known: string | undefined, hooks: readonly Hooks[] | undefined): Promise<CallObserver> => {
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
    // Loaded on the first observed call: a client that observes nothing never loads it.
    Observer ??= (await (observerModule ??= import('./call-observer.js'))).CallObserver;
    return new Observer(hooks, span, failed, { operationId, method, path, url, attempt: 1 }, started);
  };

  return {
    start(method, path, url, operationId, callHooks) {
      const hooks = joinHooks(config.hooks, callHooks);
      if (!hooks && tracing === false) return undefined;
      return open(method, path, url, operationId, hooks);
    },
  };
}
