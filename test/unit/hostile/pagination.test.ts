import { describe, expect, it } from 'vitest';
import { PaginationError, Provisioning } from '../../../src/index.js';
import { MAX_EMPTY_PAGES } from '../../../src/facade/core/pagination.js';
import { type Fault, reply } from '../faults/fault-server.js';
import { useFaultServer } from '../faults/setup.js';
import { rejection } from '../../helpers/rejection.js';

/**
 * Issue 10 item 5: every pagination ends, against a server that tries to keep `for await`
 * going forever; and item 11: a nextPageToken that is not a string is the server's fault.
 * Each test asserts the exact number of pages the server was asked for.
 */

const ctx = useFaultServer();
const hook = (i: number) => ({ id: `w${i}`, target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] });

function client(): Provisioning {
  return new Provisioning({ projectId: 'p1', accessToken: 'tok-1234', baseUrl: ctx.server.url, maxRetries: 0 });
}

/** Answers every page request with `page(n)` (n counts from 0), forever. */
function forever(page: (n: number) => unknown): Fault[] {
  return Array.from({ length: 200 }, (_, n) => reply(200, page(n)));
}

async function drain(c: Provisioning): Promise<{ ids: string[]; error: unknown }> {
  const ids: string[] = [];
  try {
    for await (const w of c.webhooks.list()) ids.push(w.id);
  } catch (error) {
    return { ids, error };
  }
  return { ids, error: undefined };
}

describe('pagination against a hostile server', () => {
  it(`empty pages with fresh tokens: PaginationError after exactly ${MAX_EMPTY_PAGES} requests`, async () => {
    ctx.server.scriptApi(...forever((n) => ({ totalSize: 100, pageSize: 15, webhooks: [], nextPageToken: `t${n + 1}` })));
    const { ids, error } = await drain(client());
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toBe(
      `The server returned ${MAX_EMPTY_PAGES} empty pages in a row, each with a next page token; stopping instead of looping forever`,
    );
    expect(ids).toEqual([]);
    expect(ctx.server.api).toHaveLength(MAX_EMPTY_PAGES);
    expect(ctx.server.api.map((r) => new URL(r.path, 'http://x').searchParams.get('pageToken'))).toEqual([
      null,
      ...Array.from({ length: 9 }, (_, i) => `t${i + 1}`),
    ]);
  });

  it('a few empty pages between full ones are fine: the listing ends normally', async () => {
    const pages = [
      { totalSize: 2, pageSize: 15, webhooks: [hook(0)], nextPageToken: 'a' },
      ...Array.from({ length: MAX_EMPTY_PAGES - 1 }, (_, i) => ({ totalSize: 2, pageSize: 15, webhooks: [], nextPageToken: `e${i}` })),
      { totalSize: 2, pageSize: 15, webhooks: [hook(1)] },
    ];
    ctx.server.scriptApi(...pages.map((p) => reply(200, p)));
    const { ids, error } = await drain(client());
    expect(error).toBeUndefined();
    expect(ids).toEqual(['w0', 'w1']);
    expect(ctx.server.api).toHaveLength(pages.length);
  });

  it('items beyond totalSize with fresh tokens: PaginationError after 1 request, its 15 items yielded', async () => {
    let id = 0;
    ctx.server.scriptApi(
      ...forever((n) => ({ totalSize: 3, pageSize: 15, webhooks: Array.from({ length: 15 }, () => hook(id++)), nextPageToken: `t${n + 1}` })),
    );
    const { ids, error } = await drain(client());
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toBe('The server returned 15 items but counted only 3 (totalSize); stopping instead of looping forever');
    expect(ids).toHaveLength(15);
    expect(ctx.server.api).toHaveLength(1);
  });

  it('a token handed out again (A, B, A): PaginationError after exactly 3 requests', async () => {
    ctx.server.scriptApi(
      reply(200, { totalSize: 9, pageSize: 1, webhooks: [hook(0)], nextPageToken: 'A' }),
      reply(200, { totalSize: 9, pageSize: 1, webhooks: [hook(1)], nextPageToken: 'B' }),
      reply(200, { totalSize: 9, pageSize: 1, webhooks: [hook(2)], nextPageToken: 'A' }),
      ...forever(() => ({ totalSize: 9, pageSize: 1, webhooks: [hook(9)], nextPageToken: 'B' })),
    );
    const { ids, error } = await drain(client());
    expect(error).toBeInstanceOf(PaginationError);
    expect(ids).toEqual(['w0', 'w1', 'w2']);
    expect(ctx.server.api).toHaveLength(3);
  });

  it.each([42, { next: 'x' }, ['a'], true])('a nextPageToken of %j blames the server: PaginationError, 1 request', async (token) => {
    ctx.server.scriptApi(reply(200, { totalSize: 1, pageSize: 15, webhooks: [hook(0)], nextPageToken: token }));
    const err = await rejection(client().webhooks.list());
    expect(err).toBeInstanceOf(PaginationError);
    expect((err as Error).message).toMatch(/^The server sent a nextPageToken that is not a string \(a (number|object|array|boolean)\); stopping the listing$/);
    expect(ctx.server.api).toHaveLength(1);
  });
});
