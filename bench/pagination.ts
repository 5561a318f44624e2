import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Provisioning } from '../src/index.js';
import { round } from './stats.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export const PAGE_SIZE = 15;

/**
 * `for await` over client.webhooks.list() against chained pages of 15 (the spec's maximum for
 * webhooks). µs per page comes from a run without forced GC and must stay flat as the listing
 * grows (constant work per page); the heap figure from a second run that forces a full GC
 * every 1,000 items: the slope of those samples is what the iteration keeps alive per item.
 */
export interface PaginationResult {
  items: number;
  pages: number;
  usPerPage: number;
  itemsPerSecond: number;
  /** Slope of the heap after a forced full GC (sampled every 1,000 items), bytes per item; only measured for some sizes. */
  retainedBytesPerItem?: number;
  retainedGrowthMB?: number;
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

export async function pagination(baseUrl: string, items: number, measureHeap: boolean): Promise<PaginationResult> {
  const client = new Provisioning({ projectId: 'p1', accessToken: 'bench-token', baseUrl });
  await iterate(client, 300, () => undefined); // warm-up
  gc();
  const started = performance.now();
  await iterate(client, items, () => undefined);
  const ms = performance.now() - started;
  const pages = Math.ceil(items / PAGE_SIZE);
  const result: PaginationResult = { items, pages, usPerPage: round((ms * 1000) / pages, 1), itemsPerSecond: Math.round((items * 1000) / ms) };
  if (!measureHeap) return result;
  const samples: number[] = [];
  await iterate(client, items, (n) => {
    if (n % 1000 === 0) {
      gc();
      samples.push(process.memoryUsage().heapUsed);
    }
  });
  // The first sample still holds start-up garbage that a later GC frees: fit a line through the rest.
  const slope = leastSquaresSlope(samples.slice(1).map((heap, i) => [(i + 2) * 1000, heap]));
  return { ...result, retainedBytesPerItem: round(slope, 2), retainedGrowthMB: round((slope * items) / 2 ** 20, 2) };
}

function leastSquaresSlope(points: [number, number][]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const num = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const den = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return num / den;
}
