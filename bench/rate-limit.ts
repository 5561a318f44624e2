import { performance } from 'node:perf_hooks';
import { Provisioning } from '../src/index.js';
import { startRemote } from './remote.js';
import { round, runConcurrent } from './stats.js';

/**
 * The rate-limit scenario of issue 14: `calls` webhooks.get() against a loopback server (its
 * own process) that accepts `limit` requests in any sliding 1 s window and answers the rest
 * 429, with or without Retry-After. Either all at once (Promise.all) or 32 at a time. A fresh
 * client and a fresh server per run, default client settings (maxRetries 2, no limits set).
 */
export interface RateLimitResult {
  scenario: string;
  calls: number;
  limitPerSecond: number;
  retryAfter: boolean;
  concurrency: number | 'all';
  failures: number;
  /** Error classes of the failures, with counts. */
  failureKinds: Record<string, number>;
  seconds: number;
  idealSeconds: number;
  /** seconds / idealSeconds. */
  timeRatio: number;
  /** Requests the server saw (attempts). */
  requests: number;
  /** 429 answers: requests beyond one per call. */
  extraRequests: number;
  extraShare: number;
}

export async function rateLimit(calls: number, limit: number, concurrency: number | 'all', retryAfter: boolean): Promise<RateLimitResult> {
  const server = await startRemote(['--limit', String(limit), ...(retryAfter ? [] : ['--no-retry-after'])]);
  try {
    const client = new Provisioning({ projectId: 'p1', accessToken: 'bench-token', baseUrl: server.url });
    const failureKinds: Record<string, number> = {};
    const one = () =>
      client.webhooks.get('w1').then(
        () => undefined,
        (err: unknown) => {
          const name = err instanceof Error ? err.name : 'unknown';
          failureKinds[name] = (failureKinds[name] ?? 0) + 1;
        },
      );
    const started = performance.now();
    if (concurrency === 'all') await Promise.all(Array.from({ length: calls }, one));
    else await runConcurrent(calls, concurrency, one);
    const seconds = (performance.now() - started) / 1000;
    const stats = await server.stats();
    const failures = Object.values(failureKinds).reduce((a, b) => a + b, 0);
    const idealSeconds = calls / limit;
    return {
      scenario: `${calls} × webhooks.get(), ${concurrency === 'all' ? 'Promise.all' : `concurrency ${concurrency}`}, ${limit}/s ${retryAfter ? 'with' : 'without'} Retry-After`,
      calls,
      limitPerSecond: limit,
      retryAfter,
      concurrency,
      failures,
      failureKinds,
      seconds: round(seconds, 2),
      idealSeconds,
      timeRatio: round(seconds / idealSeconds, 3),
      requests: stats.requests,
      extraRequests: stats.limited,
      extraShare: round(stats.limited / calls, 3),
    };
  } finally {
    await server.close();
  }
}
