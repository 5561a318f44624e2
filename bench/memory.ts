import { setMaxListeners } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Provisioning } from '../src/index.js';
import { startRemote } from './remote.js';
import { round } from './stats.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Heap per in-flight call: `calls` webhooks.get() started at once against a server that holds
 * every answer for `holdMs`; heapUsed after a full GC while they wait, minus the heap before,
 * divided by the call count. Measured for the default client (the traffic gate holds most calls
 * in its queue: slow start), for one with maxConcurrency = calls (all on the wire), and for plain
 * fetch with a timeout signal as the reference.
 */
export interface MemoryResult {
  calls: number;
  bytesPerCall: Record<string, number>;
  /** Requests in flight at the server while the heap was sampled. */
  onTheWire: Record<string, number>;
}

/** Starts `calls` calls, samples the heap while they wait, then aborts them all. */
async function sample(calls: number, holdMs: number, start: (signal: AbortSignal) => Promise<unknown>, stats: () => Promise<{ maxInFlight: number }>) {
  const controller = new AbortController();
  setMaxListeners(calls * 4, controller.signal); // one signal shared by every call, on purpose
  gc();
  const before = process.memoryUsage().heapUsed;
  const pending = Array.from({ length: calls }, () => start(controller.signal));
  await new Promise((r) => setTimeout(r, holdMs / 2));
  gc();
  const during = process.memoryUsage().heapUsed;
  const wire = (await stats()).maxInFlight;
  controller.abort();
  await Promise.allSettled(pending);
  return { bytes: round((during - before) / calls, 0), wire };
}

export async function inFlightMemory(calls: number): Promise<MemoryResult> {
  const holdMs = 2000;
  const server = await startRemote(['--latency', String(holdMs)]);
  const url = `${server.url}/v1/projects/p1/webhooks/w1`;
  const bytesPerCall: Record<string, number> = {};
  const onTheWire: Record<string, number> = {};
  try {
    const variants: [string, () => (signal?: AbortSignal) => Promise<unknown>][] = [
      [
        'fetch+timeout',
        () => async (signal) =>
          (
            await fetch(url, {
              headers: { authorization: 'Bearer t' },
              signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(60_000)]) : AbortSignal.timeout(60_000),
            })
          ).json(),
      ],
      [
        'facade (default: gate queues beyond the window)',
        () => {
          const c = new Provisioning({ projectId: 'p1', accessToken: 't', baseUrl: server.url });
          return (signal) => c.webhooks.get('w1', signal && { signal });
        },
      ],
      [
        `facade, maxConcurrency ${calls}`,
        () => {
          const c = new Provisioning({ projectId: 'p1', accessToken: 't', baseUrl: server.url, maxConcurrency: calls });
          return (signal) => c.webhooks.get('w1', signal && { signal });
        },
      ],
    ];
    for (const [name, make] of variants) {
      const call = make();
      await Promise.all(Array.from({ length: 20 }, () => call())); // warm-up: connections, rules, gate chunk
      await server.reset();
      const { bytes, wire } = await sample(calls, holdMs, call, server.stats);
      bytesPerCall[name] = bytes;
      onTheWire[name] = wire;
    }
  } finally {
    await server.close();
  }
  return { calls, bytesPerCall, onTheWire };
}
