import { describe, expect, it, vi } from 'vitest';
import { PaginationError, ProvisioningError } from '../../../../src/facade/core/errors.js';
import { Page, type ListEnvelope, paginate } from '../../../../src/facade/core/pagination.js';

interface Bundle {
  id: string;
}
type BundleList = ListEnvelope & { bundles: Bundle[] };

/** A server with pages keyed by the token that reaches them ('' = first page). */
function server(pages: Record<string, { ids: string[]; next?: string }>) {
  const fetchPage = vi.fn(async (token: string | undefined): Promise<BundleList> => {
    const page = pages[token ?? ''];
    if (!page) throw new Error(`no page for ${token}`);
    return { totalSize: 5, pageSize: 2, bundles: page.ids.map((id) => ({ id })), nextPageToken: page.next };
  });
  return fetchPage;
}

const threePages = { '': { ids: ['a', 'b'], next: 't1' }, t1: { ids: ['c', 'd'], next: 't2' }, t2: { ids: ['e'] } };

describe('paginate', () => {
  it('sends nothing until awaited or iterated', () => {
    const fetchPage = server(threePages);
    paginate('bundles', fetchPage);
    expect(fetchPage).toHaveBeenCalledTimes(0);
  });

  it('awaits to the first page with its fields', async () => {
    const fetchPage = server(threePages);
    const page = await paginate('bundles', fetchPage);
    expect(page).toBeInstanceOf(Page);
    expect(page.items).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect([page.totalSize, page.pageSize, page.nextPageToken, page.hasNextPage()]).toEqual([5, 2, 't1', true]);
    expect(fetchPage.mock.calls).toEqual([[undefined]]);
  });

  it('iterates every item across pages, in order, with one request per page', async () => {
    const fetchPage = server(threePages);
    const ids: string[] = [];
    for await (const b of paginate('bundles', fetchPage)) ids.push(b.id);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(fetchPage.mock.calls).toEqual([[undefined], ['t1'], ['t2']]);
  });

  it('fetches lazily: breaking after the first item costs one request', async () => {
    const fetchPage = server(threePages);
    for await (const b of paginate('bundles', fetchPage)) {
      expect(b.id).toBe('a');
      break;
    }
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('iterates whole pages with .pages()', async () => {
    const sizes: number[] = [];
    for await (const page of paginate('bundles', server(threePages)).pages()) sizes.push(page.items.length);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('reuses the first page between await and iteration', async () => {
    const fetchPage = server(threePages);
    const promise = paginate('bundles', fetchPage);
    await promise;
    const all: string[] = [];
    for await (const b of promise) all.push(b.id);
    expect(all).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it('stops on an empty nextPageToken', async () => {
    const fetchPage = server({ '': { ids: ['a'], next: '' } });
    const page = await paginate('bundles', fetchPage);
    expect(page.hasNextPage()).toBe(false);
    expect(page.nextPageToken).toBeUndefined();
    const ids: string[] = [];
    for await (const b of paginate('bundles', fetchPage)) ids.push(b.id);
    expect(ids).toEqual(['a']);
  });

  it('throws a PaginationError when the server repeats a token', async () => {
    const fetchPage = server({ '': { ids: ['a'], next: 't1' }, t1: { ids: ['b'], next: 't2' }, t2: { ids: ['c'], next: 't1' } });
    const ids: string[] = [];
    const run = async () => {
      for await (const b of paginate('bundles', fetchPage)) ids.push(b.id);
    };
    await expect(run()).rejects.toThrow(PaginationError);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it('detects a page that points at itself, including a starting token', async () => {
    const fetchPage = server({ start: { ids: ['x'], next: 'start' } });
    const page = await paginate('bundles', fetchPage, 'start');
    await expect(page.getNextPage()).rejects.toBeInstanceOf(PaginationError);
    expect(fetchPage.mock.calls).toEqual([['start']]);
  });

  it('lets getNextPage be called twice on the same page', async () => {
    const fetchPage = server(threePages);
    const first = await paginate('bundles', fetchPage);
    const a = await first.getNextPage();
    const b = await first.getNextPage();
    expect(a.items).toEqual(b.items);
  });

  it('rejects getNextPage on the last page', async () => {
    const last = await paginate('bundles', server({ '': { ids: ['a'] } }));
    await expect(last.getNextPage()).rejects.toThrow(/no next page/);
  });

  it('treats a missing items key as an empty page', async () => {
    const page = await paginate('bundles', async () => ({ totalSize: 0, pageSize: 10 }) as BundleList);
    expect(page.items).toEqual([]);
  });

  it('propagates fetch errors through await, catch and iteration', async () => {
    const boom = new ProvisioningError('boom');
    const failing = paginate('bundles', async () => Promise.reject(boom));
    await expect(failing).rejects.toBe(boom);
    await expect(failing.catch((e: unknown) => e)).resolves.toBe(boom);
    const iterate = async () => {
      for await (const _ of paginate('bundles', async () => Promise.reject(boom))) void _;
    };
    await expect(iterate()).rejects.toBe(boom);
  });
});
