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
const chain = fc
  .array(fc.nat({ max: 15 }), { minLength: 1, maxLength: 40 })
  .chain((sizes) =>
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
          expect((error as PaginationError).message).toBe(
            'The server returned a page token that was already used; stopping instead of looping forever',
          );
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
          webhookPages.set(i === 0 ? null : (c.tokens[i] ?? null), { totalSize: -1, pageSize: 15, webhooks, ...(next !== undefined && { nextPageToken: next }) });
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
