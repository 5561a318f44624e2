/**
 * Peak memory of a client reading an endless response body (issue 10 item 4), for the record:
 * `npx tsx test/unit/hostile/measure-memory.ts [seconds] [path/to/src/index.ts]`. Not a test
 * (no timed or memory assertion in the suite); the suite asserts the byte counts instead.
 */
import { RawServer, endlessBody } from './raw-server.js';

const seconds = Number(process.argv[2] ?? 5);
const sdk = (await import(process.argv[3] ?? '../../../src/index.js')) as typeof import('../../../src/index.js');
const server = await RawServer.start();
const counter = { sent: 0 };
server.script(endlessBody(counter, 256 * 1024));
global.gc?.();
const base = process.memoryUsage();
let peakRss = base.rss;
let peakHeap = base.heapUsed + base.arrayBuffers;
const sample = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
}, 5);
const controller = new AbortController();
const stop = setTimeout(() => controller.abort(), seconds * 1000);
const client = new sdk.Provisioning({ projectId: 'p1', accessToken: 'tok-1234', baseUrl: server.url, maxRetries: 0, timeout: 600_000 });
const started = Date.now();
let outcome: string;
try {
  await client.webhooks.get('w1', { signal: controller.signal });
  outcome = 'resolved';
} catch (err) {
  outcome = `${(err as Error).name}: ${(err as Error).message.slice(0, 120)}`;
}
clearTimeout(stop);
clearInterval(sample);
const MiB = 1024 * 1024;
console.log(
  JSON.stringify({
    outcome,
    afterMs: Date.now() - started,
    serverSentMiB: +(counter.sent / MiB).toFixed(1),
    baselineRssMiB: +(base.rss / MiB).toFixed(1),
    peakRssMiB: +(peakRss / MiB).toFixed(1),
    peakRssGrowthMiB: +((peakRss - base.rss) / MiB).toFixed(1),
    peakHeapPlusBuffersGrowthMiB: +((peakHeap - base.heapUsed - base.arrayBuffers) / MiB).toFixed(1),
  }),
);
await server.close();
