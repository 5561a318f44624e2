import { performance } from 'node:perf_hooks';
import createClient from 'openapi-fetch';
import { Agent, request } from 'undici';
import type { paths } from '../src/generated/schema.js';
import { Provisioning } from '../src/index.js';
import { type Spread, median, round, runConcurrent, spread } from './stats.js';

/**
 * Per-request overhead: the same GET through five clients against the loopback server (its
 * own process). Baselines: plain `fetch`; `fetch` with a timeout signal (what a fair
 * hand-written call has: `AbortSignal.timeout`); `undici.request` with its own keep-alive pool
 * (the floor: no WHATWG Request/Response objects). Then raw openapi-fetch and the facade
 * (`client.webhooks.get()`: validation, auth, timeout, retry bookkeeping, traffic gate, typed
 * parsing). fetch, openapi-fetch and the facade share the global fetch's connection pool.
 *
 * Rounds are interleaved: each round runs one block of every variant in a rotating order, so
 * drift in machine load hits all alike; every ratio is computed per round (variant time / baseline
 * time in the same round), and the figure is the median of those per-round ratios with their
 * spread. CPU is this process's user + system time: the server's CPU is not in it.
 */

const TOKEN = 'Bearer bench-token';
const ITEM = '/v1/projects/{projectId}/webhooks/{webhookId}' as const;
export const VARIANTS = ['fetch', 'fetch+timeout', 'undici.request', 'openapi-fetch', 'facade'] as const;
type Variant = (typeof VARIANTS)[number];
/** Ratios reported: [variant, baseline]. */
const RATIOS: [Variant, Variant][] = [
  ['facade', 'fetch+timeout'],
  ['facade', 'fetch'],
  ['openapi-fetch', 'fetch'],
  ['fetch+timeout', 'fetch'],
  ['undici.request', 'fetch'],
];

export interface OverheadResult {
  mode: string;
  callsPerVariant: number;
  concurrency: number;
  rounds: number;
  /** Median over rounds of the wall time per call, µs. */
  usPerCall: Record<string, number>;
  /** Median over rounds of this process's CPU time per call, µs. */
  cpuUsPerCall: Record<string, number>;
  /** Per-round ratios, e.g. "facade / fetch+timeout": median and spread. */
  wallRatio: Record<string, Spread>;
  cpuRatio: Record<string, Spread>;
}

export async function overhead(baseUrl: string, calls: number, concurrency: number, rounds: number): Promise<OverheadResult> {
  const url = `${baseUrl}/v1/projects/p1/webhooks/w1`;
  const raw = createClient<paths>({ baseUrl });
  const facade = new Provisioning({ projectId: 'p1', accessToken: 'bench-token', baseUrl });
  const agent = new Agent({ keepAliveTimeout: 60_000, connections: 64 });
  const headers = { authorization: TOKEN };
  const variants: Record<Variant, () => Promise<unknown>> = {
    fetch: async () => {
      const res = await fetch(url, { headers });
      if (!res.ok) throw new Error(String(res.status));
      return res.json();
    },
    'fetch+timeout': async () => {
      const res = await fetch(url, { headers, signal: AbortSignal.timeout(60_000) });
      if (!res.ok) throw new Error(String(res.status));
      return res.json();
    },
    'undici.request': async () => {
      const res = await request(url, { headers, dispatcher: agent, headersTimeout: 60_000, bodyTimeout: 60_000 });
      if (res.statusCode !== 200) throw new Error(String(res.statusCode));
      return res.body.json();
    },
    'openapi-fetch': async () => {
      const { data, error } = await raw.GET(ITEM, { params: { path: { projectId: 'p1', webhookId: 'w1' } }, headers });
      if (error !== undefined) throw new Error('error');
      return data;
    },
    facade: () => facade.webhooks.get('w1'),
  };
  try {
    return await interleave(variants, calls, concurrency, rounds);
  } finally {
    await agent.close();
  }
}

async function interleave(variants: Record<Variant, () => Promise<unknown>>, calls: number, concurrency: number, rounds: number): Promise<OverheadResult> {
  const block = Math.max(1, Math.ceil(calls / rounds));
  const wall: Record<string, number[]> = Object.fromEntries(VARIANTS.map((n) => [n, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(VARIANTS.map((n) => [n, []]));
  for (const name of VARIANTS) await runConcurrent(Math.min(300, block * 2), concurrency, variants[name]); // warm-up
  for (let r = 0; r < rounds; r++) {
    const order = VARIANTS.map((_, i) => VARIANTS[(i + r) % VARIANTS.length] as Variant);
    for (const name of order) {
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      await runConcurrent(block, concurrency, variants[name]);
      const elapsed = performance.now() - started;
      const used = process.cpuUsage(cpuStarted);
      wall[name]?.push((elapsed * 1000) / block);
      cpu[name]?.push((used.user + used.system) / block);
    }
  }
  const perCall = (t: Record<string, number[]>) => Object.fromEntries(VARIANTS.map((n) => [n, round(median(t[n] ?? []), 1)]));
  const ratios = (t: Record<string, number[]>) =>
    Object.fromEntries(RATIOS.map(([a, b]) => [`${a} / ${b}`, spread((t[a] ?? []).map((v, i) => v / (t[b]?.[i] ?? NaN)))]));
  return {
    mode: concurrency === 1 ? 'sequential' : `concurrency ${concurrency}`,
    callsPerVariant: block * rounds,
    concurrency,
    rounds,
    usPerCall: perCall(wall),
    cpuUsPerCall: perCall(cpu),
    wallRatio: ratios(wall),
    cpuRatio: ratios(cpu),
  };
}
