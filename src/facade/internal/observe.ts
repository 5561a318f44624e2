import type { ProvisioningError } from '../core/errors.js';
import type { CallObserver, Opener } from './call-observer.js';
import { type Hooks, joinHooks } from './hooks.js';
import type { Logger } from './logger.js';
import type { TracingOption } from './tracing.js';
import type { Received } from './transport.js';

/**
 * Where the transport gets one call's observers (hooks and tracing). With neither configured,
 * `start` answers undefined at once: no closure, no object, no await per call, and the code that
 * runs hooks and spans (call-observer.ts, tracing.ts) is never loaded.
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

export interface ObservingConfig {
  hooks?: readonly Hooks[] | undefined;
  tracing?: TracingOption | undefined;
  logger?: Logger | undefined;
  now: () => number;
  /** Values to scrub from what a failing hook makes the SDK log. */
  secrets?: () => string[];
}

export function createObserving(config: ObservingConfig): Observing {
  let opener: Opener | undefined;
  let loading: Promise<Opener> | undefined;
  return {
    start(method, path, url, operationId, callHooks) {
      const hooks = joinHooks(config.hooks, callHooks);
      if (!hooks && !config.tracing) return undefined;
      if (opener) return opener(method, path, url, operationId, hooks);
      // The first observed call of this client loads the observer code.
      loading ??= import('./call-observer.js').then((m) => (opener = m.createOpener(config)));
      return loading.then((open) => open(method, path, url, operationId, hooks));
    },
  };
}
