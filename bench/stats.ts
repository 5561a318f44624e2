/** Small helpers shared by the benchmarks. */

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] ?? NaN) + ((sorted[hi] ?? NaN) - (sorted[lo] ?? NaN)) * (pos - lo);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Median with its spread: min, first and third quartile, max. */
export interface Spread {
  median: number;
  min: number;
  q1: number;
  q3: number;
  max: number;
}

export function spread(values: readonly number[], digits = 3): Spread {
  return {
    median: round(median(values), digits),
    min: round(Math.min(...values), digits),
    q1: round(quantile(values, 0.25), digits),
    q3: round(quantile(values, 0.75), digits),
    max: round(Math.max(...values), digits),
  };
}

export const showSpread = (s: Spread): string => `${s.median} (IQR ${s.q1}–${s.q3}, min ${s.min}, max ${s.max})`;

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Runs `fn` `total` times with at most `concurrency` calls in flight. */
export async function runConcurrent(total: number, concurrency: number, fn: () => Promise<unknown>): Promise<void> {
  let started = 0;
  const worker = async (): Promise<void> => {
    while (started < total) {
      started++;
      await fn();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
}

export const kB = (bytes: number): number => round(bytes / 1024, 2);
