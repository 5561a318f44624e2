import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PaginationError } from '../../../src/facade/core/errors.js';
import { type ListEnvelope, paginate } from '../../../src/facade/core/pagination.js';
import { Provisioning } from '../../../src/index.js';

interface Item {
  id: string;
}
type ItemList = ListEnvelope & { items: Item[] };

/**
 * A random chain of pages: page i holds `sizes[i]` items with globally unique ids and points
 * at page i + 1 by a random unique token; the last page has no next token, or (for cycles)
 * the token of an earlier page, or its own.
 */
const chain = fc.array(fc.nat({ max: 15 }), { minLength: 1, maxLength: 40 }).chain((sizes) =>
  fc.record({
    sizes: fc.constant(sizes),
    tokens: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: sizes.length, maxLength: sizes.length }),
  }),
);

function pages({ sizes, tokens }: { sizes: number[]; tokens: string[] }, lastNext?: string) {
  let id = 0;
  const byToken = new Map<string | undefined, ItemList>();
  sizes.forEach((size, i) => {
    const next = i + 1 < sizes.length ? tokens[i + 1] : lastNext;
    const items = Array.from({ length: size }, () => ({ id: `i${id++}` }));
    // The first page is what a call without a token returns; tokens[0] names it only for cycles back to it.
    const page: ItemList = { totalSize: -1, pageSize: 15, items, ...(next !== undefined && { nextPageToken: next }) };
    byToken.set(i === 0 ? undefined : tokens[i], page);
    if (i === 0) byToken.set(tokens[0], page);
  });
  const requests: (string | undefined)[] = [];
  const fetchPage = async (token: string | undefined): Promise<ItemList> => {
    requests.push(token);
    const page = byToken.get(token);
    if (!page) throw new Error(`unknown token ${token}`);
    return page;
  };
  return { fetchPage, requests, total: id };
}

async function collect(iterable: AsyncIterable<Item>): Promise<{ ids: string[]; error: unknown }> {
  const ids: string[] = [];
  try {
    for await (const item of iterable) ids.push(item.id);
  } catch (error) {
    return { ids, error };
  }
  return { ids, error: undefined };
}

describe('pagination properties', () => {
  it('for await visits every item exactly once, in order, with one request per page', async () => {
    await fc.assert(
      fc.asyncProperty(chain, async (c) => {
        const { fetchPage, requests, total } = pages(c);
        const { ids, error } = await collect(paginate('items', fetchPage));
        expect(error).toBeUndefined();
        expect(ids).toEqual(Array.from({ length: total }, (_, i) => `i${i}`));
        expect(requests).toEqual([undefined, ...c.tokens.slice(1)]);
      }),
      { numRuns: 200 },
    );
  });

  it('stops on a cycle with a PaginationError, after each page was fetched once and its items yielded once', async () => {
    await fc.assert(
      fc.asyncProperty(
        chain.filter((c) => c.sizes.length >= 2),
        fc.nat(),
        async (c, pick) => {
          // Point the last page back at any page reached by a token (1..n-1), or at itself.
          const target = 1 + (pick % (c.sizes.length - 1));
          const { fetchPage, requests, total } = pages(c, c.tokens[target]);
          const { ids, error } = await collect(paginate('items', fetchPage));
          expect(error).toBeInstanceOf(PaginationError);
          expect((error as PaginationError).message).toBe('The server returned a page token that was already used; stopping instead of looping forever');
          expect(ids).toEqual(Array.from({ length: total }, (_, i) => `i${i}`));
          expect(requests).toEqual([undefined, ...c.tokens.slice(1)]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('detects a cycle back to the starting token of a resumed listing', async () => {
    await fc.assert(
      fc.asyncProperty(chain, async (c) => {
        const { fetchPage, requests } = pages(c, c.tokens[0]);
        const { error } = await collect(paginate('items', fetchPage, c.tokens[0]));
        expect(error).toBeInstanceOf(PaginationError);
        expect(requests).toEqual(c.tokens);
      }),
      { numRuns: 100 },
    );
  });

  it('through the client: client.webhooks.list() visits every webhook of a random chain once', async () => {
    await fc.assert(
      fc.asyncProperty(chain, async (c) => {
        const seen: (string | null)[] = [];
        const webhookPages = new Map<string | null, unknown>();
        let id = 0;
        c.sizes.forEach((size, i) => {
          const next = c.tokens[i + 1];
          const webhooks = Array.from({ length: size }, () => ({ id: `w${id++}`, target: 'https://e.com', projectId: 'p', triggers: ['ALL'] }));
          webhookPages.set(i === 0 ? null : (c.tokens[i] ?? null), {
            totalSize: -1,
            pageSize: 15,
            webhooks,
            ...(next !== undefined && { nextPageToken: next }),
          });
        });
        const fetch = (async (url: string) => {
          const token = new URL(url).searchParams.get('pageToken');
          seen.push(token);
          return new Response(JSON.stringify(webhookPages.get(token)), { status: 200, headers: { 'content-type': 'application/json' } });
        }) as typeof globalThis.fetch;
        const client = new Provisioning({ projectId: 'p', accessToken: 't', baseUrl: 'https://api.test', fetch, maxRetries: 0 });
        const ids: string[] = [];
        for await (const hook of client.webhooks.list({ pageSize: 15 })) ids.push(hook.id);
        expect(ids).toEqual(Array.from({ length: id }, (_, i) => `w${i}`));
        expect(seen).toEqual([null, ...c.tokens.slice(1)]);
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * Termination against a random hostile server, checked by an oracle written here from the
 * README's rules (not the implementation's code): the listing stops with a PaginationError
 * before asking for a page when the next token was used before in this listing, when
 * 10 pages in a row were empty, or when more items arrived than the largest totalSize reported.
 */
describe('pagination always ends (independent oracle)', () => {
  const step = fc.record({
    items: fc.oneof(fc.constant(0), fc.nat({ max: 6 })),
    next: fc.oneof(
      fc.constant({ kind: 'fresh' as const }),
      fc.constant({ kind: 'none' as const }),
      fc.nat({ max: 50 }).map((back) => ({ kind: 'repeat' as const, back })),
    ),
    total: fc.oneof(fc.constant(1_000), fc.nat({ max: 40 })),
  });

  it('the number of requests and the outcome match the oracle', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 60 }), async (steps) => {
        // The server: the n-th request gets steps[n] (the last step repeats forever).
        const used: string[] = [];
        let fresh = 0;
        const requests: (string | undefined)[] = [];
        const fetchPage = async (token: string | undefined): Promise<ItemList> => {
          requests.push(token);
          const s = steps[Math.min(requests.length - 1, steps.length - 1)]!;
          let next: string | undefined;
          if (s.next.kind === 'fresh') next = `f${fresh++}`;
          else if (s.next.kind === 'repeat' && used.length > 0) next = used[used.length - 1 - (s.next.back % used.length)];
          if (next !== undefined) used.push(next);
          return {
            totalSize: s.total,
            pageSize: 6,
            items: Array.from({ length: s.items }, (_, i) => ({ id: `${requests.length}-${i}` })),
            ...(next !== undefined && { nextPageToken: next }),
          };
        };
        const { error } = await collect(paginate('items', fetchPage));

        // The oracle replays the same answers.
        const oracle = (): { requests: number; stopped: boolean } => {
          const seenTokens: string[] = [];
          let empties = 0;
          let items = 0;
          let maxTotal = -1;
          let fresh2 = 0;
          const issued: string[] = [];
          for (let n = 0; ; n++) {
            const s = steps[Math.min(n, steps.length - 1)]!;
            let next: string | undefined;
            if (s.next.kind === 'fresh') next = `f${fresh2++}`;
            else if (s.next.kind === 'repeat' && issued.length > 0) next = issued[issued.length - 1 - (s.next.back % issued.length)];
            if (next !== undefined) issued.push(next);
            empties = s.items === 0 ? empties + 1 : 0;
            items += s.items;
            maxTotal = Math.max(maxTotal, s.total);
            if (next === undefined) return { requests: n + 1, stopped: false };
            if (seenTokens.includes(next) || empties >= 10 || items > maxTotal) return { requests: n + 1, stopped: true };
            seenTokens.push(next);
            if (n > 10_000) throw new Error('oracle does not end');
          }
        };
        const expected = oracle();
        expect(requests).toHaveLength(expected.requests);
        if (expected.stopped) expect(error).toBeInstanceOf(PaginationError);
        else expect(error).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
