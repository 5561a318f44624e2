import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Provisioning } from '../src/index.js';
import { PAGE_SIZE } from './server.js';
import { round } from './stats.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * `for await` over client.webhooks.list() against chained pages of 15 (the spec's maximum
 * for webhooks). Throughput comes from a run without forced GC; the heap figures from a
 * second run that forces a full GC every 1 000 items and records heapUsed, i.e. what the
 * iteration keeps alive; the slope of those samples is the memory kept per item. Flat means a
 * slope of about 0 (the items and page bodies are released as the loop moves on).
 */
export interface PaginationResult {
  items: number;
  pages: number;
  itemsPerSecond: number;
  /** Highest heapUsed sampled (every page) during the timed run, MB. */
  peakHeapMB: number;
  /** Slope of the heap after a forced full GC (sampled every 1 000 items), bytes per item. */
  retainedBytesPerItem: number;
  /** That slope times the item count: what the whole iteration kept alive, MB. */
  retainedGrowthMB: number;
}

async function iterate(client: Provisioning, items: number, onItem: (n: number) => void): Promise<number> {
  let n = 0;
  for await (const hook of client.webhooks.list({ pageSize: PAGE_SIZE, pageToken: `bench:${items}:0` })) {
    if (hook.projectId !== 'p1') throw new Error('unexpected item');
    onItem(++n);
  }
  if (n !== items) throw new Error(`visited ${n} of ${items} items`);
  return n;
}

export async function pagination(baseUrl: string, items: number): Promise<PaginationResult> {
  const client = new Provisioning({ projectId: 'p1', accessToken: 'bench-token', baseUrl });
  await iterate(client, 300, () => undefined); // warm-up

  gc();
  let peak = 0;
  const started = performance.now();
  await iterate(client, items, (n) => {
    if (n % PAGE_SIZE === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  });
  const seconds = (performance.now() - started) / 1000;

  // Heap after a full GC at every 1 000th item; growth is measured from the first sample, once
  // the connection pool, parsers and the first pages are warm.
  const samples: number[] = [];
  await iterate(client, items, (n) => {
    if (n % 1000 === 0) {
      gc();
      samples.push(process.memoryUsage().heapUsed);
    }
  });
  // The first sample still holds start-up garbage that a later GC frees: fit a line through the rest.
  const slopePerItem = leastSquaresSlope(samples.slice(1).map((heap, i) => [(i + 2) * 1000, heap]));
  return {
    items,
    pages: Math.ceil(items / PAGE_SIZE),
    itemsPerSecond: Math.round(items / seconds),
    peakHeapMB: round(peak / 2 ** 20, 1),
    retainedBytesPerItem: round(slopePerItem, 2),
    retainedGrowthMB: round((slopePerItem * items) / 2 ** 20, 2),
  };
}

/** Slope of the least-squares line through the points. */
function leastSquaresSlope(points: [number, number][]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const num = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const den = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return num / den;
}
