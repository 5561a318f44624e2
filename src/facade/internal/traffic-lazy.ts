import type { Traffic, TrafficOptions } from './traffic.js';

/**
 * The traffic gate of internal/traffic.ts, loaded on the first attempt rather than at import
 * (like the validation rules): an app that imports the package but makes no call, or only
 * receives webhooks, never needs it, and the entry bundle stays as small as it was.
 */
export function lazyTraffic(options: TrafficOptions): Traffic {
  let gate: Traffic | undefined;
  let loading: Promise<Traffic> | undefined;
  return {
    tryAcquire: (previous) => gate?.tryAcquire(previous),
    async acquire(signal, previous) {
      loading ??= import('./traffic.js').then((m) => m.createTraffic(options));
      gate ??= await loading;
      if (signal?.aborted) throw signal.reason;
      return gate.tryAcquire(previous) ?? gate.acquire(signal, previous);
    },
  };
}
