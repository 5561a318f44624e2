import { writeFileSync } from 'node:fs';
import { arch, cpus, platform, release, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { coldStart, size } from './bundle.js';
import { type OverheadResult, inMemory, overhead } from './overhead.js';
import { pagination } from './pagination.js';
import { startServer } from './server.js';
import { kB, round } from './stats.js';
import { verification } from './verify.js';

/**
 * `npm run bench`: per-request overhead, pagination, cold start and bundle size, webhook
 * verification. Prints a table and writes bench/results.json. Not part of `npm test`.
 * Env: BENCH_CALLS (default 5000), BENCH_ITEMS (default 100000).
 */

const CALLS = Number(process.env['BENCH_CALLS'] ?? 5000);
const ITEMS = Number(process.env['BENCH_ITEMS'] ?? 100_000);
const TARGETS = { overheadRatio: 1.1, coldStartMs: 50, entryGzipKB: 15 };
const LATENCY_MS = 2;

async function main(): Promise<void> {
  const t0 = performance.now();
  const machine = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: round(totalmem() / 2 ** 30, 1),
    os: `${platform()} ${release()} ${arch()}`,
  };
  console.log(`sinch-provisioning bench on ${machine.cpus} x ${machine.cpuModel}, Node ${machine.node}`);

  const server = await startServer();
  const slow = await startServer(LATENCY_MS);
  let sequential;
  let concurrent;
  let withLatency;
  let pages10k;
  let pagesFull;
  try {
    sequential = await overhead(server.url, CALLS, 1);
    concurrent = await overhead(server.url, CALLS, 32);
    withLatency = { ...(await overhead(slow.url, Math.min(CALLS, 1000), 1)), mode: `sequential, ${LATENCY_MS} ms server latency` };
    pages10k = await pagination(server.url, Math.min(10_000, ITEMS));
    pagesFull = await pagination(server.url, ITEMS);
  } finally {
    await server.close();
    await slow.close();
  }
  const memory = { ...(await inMemory(CALLS * 4)), mode: 'in-memory fetch, no sockets' };
  const verify = await verification();
  const sizes = await size();
  const cold = await coldStart();

  const overheadRows = (o: OverheadResult) =>
    ['openapi-fetch', 'facade'].map((v) => ({
      benchmark: `GET one webhook, ${o.calls} calls, ${o.mode}`,
      subject: v,
      value: `wall ${o.usPerCall[v]} µs (fetch ${o.usPerCall['fetch']}), CPU ${o.cpuUsPerCall[v]} µs (fetch ${o.cpuUsPerCall['fetch']})`,
      ratio: `wall ${o.ratioToFetch[v]}, CPU ${o.cpuRatioToFetch[v]}`,
      target: v === 'facade' ? `<= ${TARGETS.overheadRatio} x fetch` : '',
      ok: v === 'facade' ? (o.ratioToFetch[v] ?? Infinity) <= TARGETS.overheadRatio : '',
    }));
  const rows = [
    ...[sequential, concurrent, withLatency, memory].flatMap(overheadRows),
    ...[pages10k, pagesFull].map((p) => ({
      benchmark: `for await over ${p.items} webhooks (${p.pages} pages of 15)`,
      subject: 'facade',
      value: `${p.itemsPerSecond} items/s, peak heap ${p.peakHeapMB} MB, retained ${p.retainedBytesPerItem} B/item`,
      ratio: '',
      target: 'heap flat',
      ok: '',
    })),
    {
      benchmark: `heap retained after ${pagesFull.items} items (GC-sampled slope)`,
      subject: 'facade',
      value: `${pagesFull.retainedGrowthMB} MB (${pagesFull.retainedBytesPerItem} B/item: the page-token trail kept for cycle detection)`,
      ratio: '',
      target: 'flat',
      ok: pagesFull.retainedBytesPerItem < 1,
    },
    {
      benchmark: `cold start: import the bundled entry (median of ${cold.runs})`,
      subject: 'node',
      value: `${cold.importMs} ms (without rules.ts ${cold.importWithoutRulesMs} ms; process delta ${cold.processDeltaMs} ms)`,
      ratio: '',
      target: `<= ${TARGETS.coldStartMs} ms`,
      ok: cold.importMs <= TARGETS.coldStartMs,
    },
    {
      benchmark: 'cold start: import + first webhooks.get() (in-memory fetch)',
      subject: 'node',
      value: `${cold.importAndFirstCallMs} ms, of which Node's own first Request/Response ${cold.firstFetchBaselineMs} ms`,
      ratio: '',
      target: '',
      ok: '',
    },
    {
      benchmark: 'entry bundle, minified + gzip (openapi-fetch included)',
      subject: 'esbuild',
      value: `${kB(sizes.entryGzipBytes)} kB gz (${kB(sizes.entryMinBytes)} kB min); rules.ts share ${kB(sizes.rulesGzipShare)} kB gz`,
      ratio: '',
      target: `<= ${TARGETS.entryGzipKB} kB`,
      ok: sizes.entryGzipBytes <= TARGETS.entryGzipKB * 1024,
    },
    {
      benchmark: 'lazy chunks (loaded on first validated call)',
      subject: 'esbuild',
      value:
        sizes.rulesStaticImporters.length > 0
          ? `none: rules.ts stays in the entry, imported statically by ${sizes.rulesStaticImporters.join(', ')}`
          : sizes.lazyChunks.map((c) => `${c.file} ${kB(c.gzip)} kB gz`).join(', ') || 'none',
      ratio: '',
      target: '',
      ok: '',
    },
    {
      benchmark: 'verifyWebhookSignature only (tree-shaken), gzip',
      subject: 'esbuild',
      value: `${kB(sizes.webhookVerifyOnlyGzipBytes)} kB gz; SDK without openapi-fetch ${kB(sizes.sdkOnlyGzipBytes)} kB gz`,
      ratio: '',
      target: '',
      ok: '',
    },
    {
      benchmark: `verifyWebhookSignature, ${verify.bodyBytes} B body`,
      subject: 'Web Crypto',
      value: `${verify.verificationsPerSecond} verifications/s`,
      ratio: '',
      target: '',
      ok: '',
    },
  ];
  console.table(rows);

  const results = {
    date: new Date().toISOString(),
    machine,
    method: {
      overhead:
        'Local keep-alive node:http server in the same process. Each variant makes the same GET and parses the JSON; ' +
        '10 interleaved rounds (rotating order) after a 300-call warm-up; ratio = total time / total time of plain fetch, ' +
        'for wall time and for the CPU time of the process (client + server, robust to other load on the machine). ' +
        `Repeated with ${LATENCY_MS} ms server latency, and against an in-memory fetch (no sockets: only the JavaScript each layer adds).`,
      pagination:
        'Chained pages of 15; items/s from a run without forced GC; retained = least-squares slope of heapUsed after a forced full GC every 1 000 items.',
      coldStart: 'esbuild bundle of src/index.ts (ESM, node platform, dynamic imports split), imported in fresh node processes; median.',
      size: 'esbuild bundle of src/index.ts, ESM, minified, platform neutral, openapi-fetch included; gzip level 9; entry chunk plus its static imports.',
    },
    targets: TARGETS,
    overhead: [sequential, concurrent, withLatency, memory],
    pagination: [pages10k, pagesFull],
    coldStart: cold,
    size: sizes,
    webhookVerification: verify,
    durationSeconds: round((performance.now() - t0) / 1000, 1),
  };
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote bench/results.json in ${results.durationSeconds} s`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
