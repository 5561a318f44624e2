import { describe, expect, it } from 'vitest';
import { all } from '../../src/cli/plan/live.js';

async function* listing<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}

describe('reading the live side', () => {
  it('keeps each resource once when a listing repeats it (same id), and keeps items without an id', async () => {
    const items = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'a', n: 3 }, { n: 4 }, { n: 4 }];
    expect(await all(listing(items))).toEqual([{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { n: 4 }, { n: 4 }]);
  });
});
