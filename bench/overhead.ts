import createClient from 'openapi-fetch';
import { performance } from 'node:perf_hooks';
import type { paths } from '../src/generated/schema.js';
import { Provisioning } from '../src/index.js';
import { round, runConcurrent } from './stats.js';

/**
 * Per-request overhead: the same GET through plain fetch, raw openapi-fetch and the facade
 * (`client.webhooks.get()`: validation, auth, timeout, retry bookkeeping, logging hooks,
 * typed parsing). All three use the global fetch and so the same connection pool. Runs are
 * interleaved: each round runs a block of every variant, in a rotating order, so drift in
 * machine load hits all three alike. The ratio is total time / total time of plain fetch.
 * `inMemory` does the same without sockets: a fetch that builds the Request (as the real one
 * does) and answers from memory, which leaves only the JavaScript each layer adds.
 */

const TOKEN = 'Bearer bench-token';
const ITEM = '/v1/projects/{projectId}/webhooks/{webhookId}' as const;

export interface OverheadResult {
  mode: string;
  calls: number;
  concurrency: number;
  /** Wall time per call, µs. */
  usPerCall: Record<string, number>;
  ratioToFetch: Record<string, number>;
  /** CPU time of this process per call (client and the in-process server), µs. */
  cpuUsPerCall: Record<string, number>;
  cpuRatioToFetch: Record<string, number>;
}

export async function overhead(baseUrl: string, calls: number, concurrency: number, rounds = 10): Promise<OverheadResult> {
  const url = `${baseUrl}/v1/projects/p1/webhooks/w1`;
  const raw = createClient<paths>({ baseUrl });
  const facade = new Provisioning({ projectId: 'p1', accessToken: 'bench-token', baseUrl });
  const variants: Record<string, () => Promise<unknown>> = {
    fetch: async () => {
      const res = await fetch(url, { headers: { authorization: TOKEN } });
      if (!res.ok) throw new Error(String(res.status));
      return res.json();
    },
    'openapi-fetch': async () => {
      const { data, error } = await raw.GET(ITEM, { params: { path: { projectId: 'p1', webhookId: 'w1' } }, headers: { authorization: TOKEN } });
      if (error !== undefined) throw new Error('error');
      return data;
    },
    facade: () => facade.webhooks.get('w1'),
  };
  return interleave(variants, calls, concurrency, rounds);
}

/**
 * Runs every variant `calls` times in `rounds` interleaved blocks (rotating order, after a
 * warm-up) and reports wall time and CPU time (user + system of this process, which is less
 * sensitive to other load on the machine) per call, and both as ratios to `fetch`.
 */
export async function interleave(
  variants: Record<string, () => Promise<unknown>>,
  calls: number,
  concurrency: number,
  rounds = 10,
): Promise<OverheadResult> {
  const names = Object.keys(variants);
  const wall: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  const cpu: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  const block = Math.ceil(calls / rounds);

  for (const name of names) await runConcurrent(300, concurrency, variants[name] as () => Promise<unknown>); // warm-up
  for (let r = 0; r < rounds; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length] as string);
    for (const name of order) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      await runConcurrent(block, concurrency, variants[name] as () => Promise<unknown>);
      const used = process.cpuUsage(cpuStarted);
      wall[name] = (wall[name] ?? 0) + performance.now() - started;
      cpu[name] = (cpu[name] ?? 0) + (used.user + used.system) / 1000;
    }
  }
  const done = block * rounds;
  const per = (t: Record<string, number>) => Object.fromEntries(names.map((n) => [n, round(((t[n] ?? 0) * 1000) / done, 1)]));
  const ratio = (t: Record<string, number>) => Object.fromEntries(names.map((n) => [n, round((t[n] ?? 0) / (t['fetch'] ?? NaN), 3)]));
  return {
    mode: concurrency === 1 ? 'sequential' : `concurrency ${concurrency}`,
    calls: done,
    concurrency,
    usPerCall: per(wall),
    ratioToFetch: ratio(wall),
    cpuUsPerCall: per(cpu),
    cpuRatioToFetch: ratio(cpu),
  };
}

const BODY = JSON.stringify({ id: 'w1', target: 'https://example.com/sinch/provisioning/callback', projectId: 'p1', triggers: ['ALL'] });

/** The same three variants against an in-memory fetch, installed as globalThis.fetch while it runs. */
export async function inMemory(calls: number, rounds = 10): Promise<OverheadResult> {
  const real = globalThis.fetch;
  const memoryFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    return new Response(BODY, { status: 200, headers: { 'content-type': 'application/json', 'x-url': request.url } });
  }) as typeof globalThis.fetch;
  globalThis.fetch = memoryFetch;
  try {
    const baseUrl = 'http://memory.test';
    const url = `${baseUrl}/v1/projects/p1/webhooks/w1`;
    const raw = createClient<paths>({ baseUrl });
    const facade = new Provisioning({ projectId: 'p1', accessToken: 'bench-token', baseUrl });
    return await interleave(
      {
        fetch: async () => (await fetch(url, { headers: { authorization: TOKEN } })).json(),
        'openapi-fetch': async () =>
          (await raw.GET(ITEM, { params: { path: { projectId: 'p1', webhookId: 'w1' } }, headers: { authorization: TOKEN } })).data,
        facade: () => facade.webhooks.get('w1'),
      },
      calls,
      1,
      rounds,
    );
  } finally {
    globalThis.fetch = real;
  }
}
