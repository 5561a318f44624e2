import { existsSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildDist, coldStart, size } from './bundle.js';
import { inFlightMemory } from './memory.js';
import { type OverheadResult, overhead } from './overhead.js';
import { pagination } from './pagination.js';
import { rateLimit } from './rate-limit.js';
import { startRemote } from './remote.js';
import { round, showSpread } from './stats.js';
import { verification } from './verify.js';

/**
 * `npm run bench` (not part of `npm test`): per-call overhead against four baselines, the
 * rate-limit scenario, pagination at four sizes, in-flight memory, cold import, bundle sizes
 * from dist/, webhook verification. Prints every figure with its target and met/missed, and
 * writes bench/results.json. Takes about 3.5 minutes on an idle 2-core VM.
 *
 * BENCH_QUICK=1: a smoke run at small sizes (about 1 minute; figures not meaningful).
 * BENCH_SKIP_BUILD=1: reuse an existing dist/ instead of running tsup.
 * BENCH_NO_WRITE=1: do not write bench/results.json.
 */

const QUICK = process.env['BENCH_QUICK'] === '1';
const SIZES = QUICK
  ? { calls: 600, rounds: 10, rateCalls: 150, pages: [1_000, 3_000], heapAt: 3_000, memoryCalls: 200, coldRuns: 3, verifyMs: 300 }
  : {
      calls: 5_000,
      rounds: 15,
      rateCalls: 1_000,
      pages: [1_000, 10_000, 100_000, 300_000],
      heapAt: 100_000,
      memoryCalls: 1_000,
      coldRuns: 15,
      verifyMs: 1_500,
    };
const RATE_LIMIT = 50;

/** Issue 14's targets. `today` is the size before issue 14, measured the same way from dist/ at d1c4102. */
const TARGETS = {
  callRatioToFetchWithTimeout: 1.05,
  rateLimitTimeRatio: 1.1,
  rateLimitExtraShare: 0.2,
  paginationFlatRatio: 1.1,
  verifyWebCryptoPerSecond: 50_000,
  verifyNodePerSecond: 70_000,
  webhookOnlyGzipBytes: 2048,
  clientOnlyGzipBytesToday: 17_576,
  everythingGzipBytesToday: 20_397,
  coldImportMs: 50,
};

interface Row {
  figure: string;
  value: string;
  target: string;
  met: 'met' | 'MISSED' | '';
}
const rows: Row[] = [];
const row = (figure: string, value: string, target = '', ok?: boolean): void => {
  rows.push({ figure, value, target, met: ok === undefined ? '' : ok ? 'met' : 'MISSED' });
};

async function main(): Promise<void> {
  const t0 = performance.now();
  const machine = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: round(totalmem() / 2 ** 30, 1),
    os: `${platform()} ${release()} ${arch()}`,
    loadAverageAtStart: loadavg().map((l) => round(l, 2)),
  };
  console.log(
    `sinch-provisioning bench${QUICK ? ' (BENCH_QUICK: smoke sizes, figures not meaningful)' : ''} on ${machine.cpus} x ${machine.cpuModel}, Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`,
  );

  // 1. Per-call overhead.
  const server = await startRemote();
  const calls: OverheadResult[] = [];
  const pages = [];
  try {
    for (const c of [1, 32]) {
      const o = await overhead(server.url, SIZES.calls, c, SIZES.rounds);
      calls.push(o);
      const facade = o.wallRatio['facade / fetch+timeout'];
      row(
        `facade / fetch+timeout, ${o.mode} (wall, median of ${o.rounds} per-round ratios)`,
        facade ? showSpread(facade) : '?',
        `<= ${TARGETS.callRatioToFetchWithTimeout}`,
        (facade?.median ?? Infinity) <= TARGETS.callRatioToFetchWithTimeout,
      );
      row(`  facade / fetch+timeout, ${o.mode}, CPU of the client process`, showSpread(o.cpuRatio['facade / fetch+timeout'] ?? ({} as never)));
      for (const k of ['facade / fetch', 'openapi-fetch / fetch', 'fetch+timeout / fetch', 'undici.request / fetch']) {
        row(`  ${k}, ${o.mode} (wall)`, showSpread(o.wallRatio[k] ?? ({} as never)));
      }
      row(
        `  µs per call, ${o.mode} (wall)`,
        Object.entries(o.usPerCall)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
      );
    }
    // 2. Pagination.
    for (const items of SIZES.pages) {
      const p = await pagination(server.url, items, items === SIZES.heapAt);
      pages.push(p);
      row(
        `for await over ${items.toLocaleString('en')} webhooks (${p.pages} pages of 15)`,
        `${p.usPerPage} µs/page, ${p.itemsPerSecond} items/s${p.retainedBytesPerItem === undefined ? '' : `; heap kept ${p.retainedBytesPerItem} B/item (${p.retainedGrowthMB} MB)`}`,
      );
    }
  } finally {
    await server.close();
  }
  const first = pages[0];
  const last = pages.at(-1);
  const flat = first && last ? round(last.usPerPage / first.usPerPage, 3) : NaN;
  row(
    `pagination: µs/page at ${last?.items} items / at ${first?.items} items`,
    String(flat),
    `<= ${TARGETS.paginationFlatRatio}`,
    flat <= TARGETS.paginationFlatRatio,
  );

  // 3. Rate limits.
  const limits = [];
  for (const [concurrency, retryAfter] of [
    ['all', true],
    [32, true],
    [32, false],
    ['all', false],
  ] as const) {
    const r = await rateLimit(SIZES.rateCalls, RATE_LIMIT, concurrency, retryAfter);
    limits.push(r);
    const value = `${r.failures} failures${r.failures ? ` (${JSON.stringify(r.failureKinds)})` : ''}, ${r.seconds} s = ${r.timeRatio} × ideal ${r.idealSeconds} s, ${r.extraRequests} extra requests (${round(r.extraShare * 100, 1)} %)`;
    if (concurrency === 'all' && retryAfter) {
      const ok = r.failures === 0 && r.timeRatio <= TARGETS.rateLimitTimeRatio && r.extraShare <= TARGETS.rateLimitExtraShare;
      row(r.scenario, value, `0 failures, <= ${TARGETS.rateLimitTimeRatio} × ideal, <= ${TARGETS.rateLimitExtraShare * 100} % extra`, ok);
    } else if (concurrency === 32 && !retryAfter) row(r.scenario, value, '0 failures', r.failures === 0);
    else row(r.scenario, value);
  }

  // 4. In-flight memory.
  const memory = await inFlightMemory(SIZES.memoryCalls);
  for (const [k, v] of Object.entries(memory.bytesPerCall))
    row(`heap per in-flight call, ${memory.calls} at once: ${k}`, `${v} B (${memory.onTheWire[k]} on the wire)`);

  // 5. Bundle sizes and cold start, from dist/.
  const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
  const buildSeconds = process.env['BENCH_SKIP_BUILD'] === '1' && existsSync(dist) ? 0 : buildDist();
  const sizes = await size();
  const v = sizes.webhookVerifyOnly;
  row(
    "import { verifyWebhookSignature } from 'sinch-provisioning' (dist, esbuild min + gzip)",
    `${v.gzipBytes} B gz (${v.minBytes} B min) from ${Object.keys(v.inputs).join(', ')}`,
    `<= ${TARGETS.webhookOnlyGzipBytes} B`,
    v.gzipBytes <= TARGETS.webhookOnlyGzipBytes,
  );
  const lazy = (b: typeof v) =>
    Object.entries(b.lazy)
      .map(([f, n]) => `${f.replace(/-[A-Z0-9]{8}/g, '')} ${n} B`)
      .join(', ');
  row(
    "import { Provisioning } from 'sinch-provisioning' (entry + static chunks)",
    `${sizes.clientOnly.gzipBytes} B gz (${sizes.clientOnly.minBytes} B min); lazy: ${lazy(sizes.clientOnly)}`,
    `<= today ${TARGETS.clientOnlyGzipBytesToday} B`,
    sizes.clientOnly.gzipBytes <= TARGETS.clientOnlyGzipBytesToday,
  );
  row(
    "export * from 'sinch-provisioning' (entry + static chunks)",
    `${sizes.everything.gzipBytes} B gz (${sizes.everything.minBytes} B min)`,
    `<= today ${TARGETS.everythingGzipBytesToday} B`,
    sizes.everything.gzipBytes <= TARGETS.everythingGzipBytesToday,
  );
  const cold = coldStart(SIZES.coldRuns);
  row(
    `cold import of dist/index.js in a fresh node (median of ${cold.runs})`,
    `${cold.importMs} ms; import + first call ${cold.importAndFirstCallMs} ms; process delta ${cold.processDeltaMs} ms`,
    `<= ${TARGETS.coldImportMs} ms`,
    cold.importMs <= TARGETS.coldImportMs,
  );

  // 6. Webhook verification.
  const verify = verification(dist, SIZES.verifyMs);
  for (const [k, r] of Object.entries(verify.perSecond)) {
    const target = k.startsWith('sdk, Web') ? TARGETS.verifyWebCryptoPerSecond : k.startsWith('sdk') ? TARGETS.verifyNodePerSecond : undefined;
    row(
      `verifyWebhookSignature ${verify.bodyBytes} B body: ${k}`,
      `${r.sequential}/s sequential, ${r.concurrent}/s concurrent`,
      target ? `>= ${target}/s concurrent` : '',
      target ? r.concurrent >= target : undefined,
    );
  }

  console.table(rows);
  const results = {
    date: new Date().toISOString(),
    quick: QUICK,
    machine,
    method: {
      server:
        'bench/loopback-server.mjs in its own node process (keep-alive node:http on 127.0.0.1), so its CPU is neither in the client CPU figures nor on the client event loop.',
      overhead: `${SIZES.rounds} interleaved rounds (rotating order) of ${SIZES.calls / SIZES.rounds} calls per variant after a warm-up; each ratio is computed per round and reported as the median with IQR, min and max. Baselines: fetch, fetch with AbortSignal.timeout(60 s), undici.request (own keep-alive Agent).`,
      rateLimit: `Fresh client and server per run; the server accepts ${RATE_LIMIT} requests in any sliding 1 s window, 429 otherwise (Retry-After: seconds until a slot frees, or none). Ideal time = calls / ${RATE_LIMIT} s. Extra requests = 429 answers.`,
      pagination:
        'Chained pages of 15; µs/page from a run without forced GC; heap kept = least-squares slope of heapUsed after a forced full GC every 1,000 items.',
      memory: 'heapUsed after a full GC while the calls wait on a server holding answers for 2 s, minus before, per call; then aborted.',
      size: 'tsup build of dist/; consumer project in the OS temp dir importing sinch-provisioning (exports + sideEffects apply); esbuild ESM, minified, platform neutral, splitting; entry + static chunks, gzip -9.',
      coldStart: 'await import of dist/index.js in fresh node processes; median.',
      verification: 'Fresh process per figure, importing dist/index.js; 2 kB signed body; sequential = one await after another, concurrent = batches of 64.',
    },
    targets: TARGETS,
    overhead: calls,
    pagination: pages,
    paginationFlatRatio: flat,
    rateLimit: limits,
    inFlightMemory: memory,
    size: { ...sizes, buildSeconds },
    coldStart: cold,
    webhookVerification: verify,
    summary: rows,
    durationSeconds: round((performance.now() - t0) / 1000, 1),
  };
  if (process.env['BENCH_NO_WRITE'] !== '1') writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`done in ${results.durationSeconds} s${process.env['BENCH_NO_WRITE'] === '1' ? '' : '; wrote bench/results.json'}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
