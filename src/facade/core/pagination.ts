import type { WithResponse } from './api-promise.js';
import { PaginationError } from './errors.js';

/** The fields every Provisioning list response shares; the items sit under a per-endpoint key. */
export interface ListEnvelope {
  totalSize: number;
  pageSize: number;
  nextPageToken?: string;
  previousPageToken?: string;
}

/** The item type stored under `K` in list response `R`. */
export type ItemOf<R, K extends keyof R> = NonNullable<R[K]> extends readonly (infer T)[] ? T : never;

/**
 * Fetches the page a token points at (`undefined`: the first page). The facade's fetcher
 * answers an APIPromise, whose `withResponse`/`asResponse` the list call's promise passes on.
 */
export type PageFetcher<R> = (pageToken: string | undefined) => PromiseLike<R> & Partial<ResponseAccess<R>>;

interface ResponseAccess<R> {
  withResponse(): Promise<WithResponse<R>>;
  asResponse(): Promise<Response>;
}

/**
 * How many pages in a row may come back empty while still handing out a next token. A real
 * listing has no reason to return even two; a server that does it forever would keep
 * `for await` sending requests without ever running its body (so the caller could not break).
 */
export const MAX_EMPTY_PAGES = 10;

/**
 * What one listing has seen, shared by all its pages: each page token used, with the depth of
 * the page it reached (first page 0). A Map, so the repeated-token check costs O(1) per page
 * at any length; its memory is one entry per page token of the listing, nothing per item.
 */
interface Walk {
  tokens: Map<string, number>;
}

/** Where a page sits in its listing, for the checks that make every listing end. */
interface Position {
  walk: Walk;
  depth: number;
  /** Empty pages in a row up to this one (0 when this one has items). */
  emptyRun: number;
  /** Items on this page and every page before it. */
  itemsSoFar: number;
  /** The largest totalSize any page so far reported, or -1 when none did. */
  maxTotal: number;
}

function fail(message: string): never {
  throw new PaginationError(message);
}

/** The next-page token as the server sent it: a non-empty string, or none. Anything else is the server's fault. */
function nextToken(response: ListEnvelope): string | undefined {
  const token: unknown = response.nextPageToken;
  if (token === undefined || token === null || token === '') return undefined;
  if (typeof token !== 'string') {
    fail(`The server sent a nextPageToken that is not a string (a ${Array.isArray(token) ? 'array' : typeof token}); stopping the listing`);
  }
  return token;
}

/** One page of a list call, able to fetch the page after it. */
export class Page<T, R extends ListEnvelope = ListEnvelope> {
  readonly items: T[];
  /** Count of all matching entries, across pages. */
  readonly totalSize: number;
  readonly pageSize: number;
  readonly nextPageToken: string | undefined;
  readonly previousPageToken: string | undefined;
  /** The response body as received. */
  readonly response: R;
  readonly #itemsKey: keyof R;
  readonly #fetchPage: PageFetcher<R>;
  readonly #at: Position;

  /** @internal Built by list calls; use `await client.<resource>.list()`. */
  constructor(response: R, itemsKey: keyof R, fetchPage: PageFetcher<R>, previous?: Position) {
    this.response = response;
    this.items = (Array.isArray(response[itemsKey]) ? response[itemsKey] : []) as T[];
    this.totalSize = response.totalSize;
    this.pageSize = response.pageSize;
    this.nextPageToken = nextToken(response);
    this.previousPageToken = typeof response.previousPageToken === 'string' && response.previousPageToken !== '' ? response.previousPageToken : undefined;
    this.#itemsKey = itemsKey;
    this.#fetchPage = fetchPage;
    const walk = previous?.walk ?? { tokens: new Map<string, number>() };
    const total = typeof response.totalSize === 'number' && Number.isFinite(response.totalSize) && response.totalSize >= 0 ? response.totalSize : -1;
    this.#at = {
      walk,
      depth: previous ? previous.depth + 1 : 0,
      emptyRun: this.items.length === 0 ? (previous?.emptyRun ?? 0) + 1 : 0,
      itemsSoFar: (previous?.itemsSoFar ?? 0) + this.items.length,
      maxTotal: Math.max(previous?.maxTotal ?? -1, total),
    };
  }

  /** True when the server returned a non-empty `nextPageToken`. */
  hasNextPage(): boolean {
    return this.nextPageToken !== undefined;
  }

  /**
   * Fetches the following page. Throws a {@link PaginationError} when there is none, or when the
   * server breaks the pagination contract: a page token handed out twice, {@link MAX_EMPTY_PAGES}
   * empty pages in a row that still point at a next one, or more items than any page's
   * `totalSize` (with cursor or offset paging, even while entries are added, the items seen
   * never exceed the latest count).
   */
  async getNextPage(): Promise<Page<T, R>> {
    const token = this.nextPageToken;
    if (token === undefined) fail('There is no next page: check hasNextPage() first');
    const { walk, depth, emptyRun, itemsSoFar, maxTotal } = this.#at;
    const reached = walk.tokens.get(token);
    // Reached at depth + 1 already: the same page asked for twice, which is fine.
    if (reached !== undefined && reached <= depth) {
      fail('The server returned a page token that was already used; stopping instead of looping forever');
    }
    if (emptyRun >= MAX_EMPTY_PAGES) {
      fail(`The server returned ${emptyRun} empty pages in a row, each with a next page token; stopping instead of looping forever`);
    }
    if (maxTotal >= 0 && itemsSoFar > maxTotal) {
      fail(`The server returned ${itemsSoFar} items but counted only ${maxTotal} (totalSize); stopping instead of looping forever`);
    }
    walk.tokens.set(token, depth + 1);
    return new Page<T, R>(await this.#fetchPage(token), this.#itemsKey, this.#fetchPage, this.#at);
  }
}

/**
 * What a list call returns. `await` it for the first page, `for await` it for every item
 * across pages (fetched one page at a time), or iterate `.pages()` for whole pages.
 * Nothing is sent until it is awaited or iterated.
 */
export class PagePromise<T, R extends ListEnvelope = ListEnvelope> implements PromiseLike<Page<T, R>>, AsyncIterable<T> {
  readonly #start: () => ReturnType<PageFetcher<R>>;
  readonly #toPage: (response: R) => Page<T, R>;
  #call: ReturnType<PageFetcher<R>> | undefined;
  #first: Promise<Page<T, R>> | undefined;

  /** @internal Use {@link paginate}. */
  constructor(start: () => ReturnType<PageFetcher<R>>, toPage: (response: R) => Page<T, R>) {
    this.#start = start;
    this.#toPage = toPage;
  }

  #firstCall(): ReturnType<PageFetcher<R>> {
    this.#call ??= this.#start();
    return this.#call;
  }

  #firstPage(): Promise<Page<T, R>> {
    this.#first ??= Promise.resolve(this.#firstCall()).then(this.#toPage);
    return this.#first;
  }

  #access(): ResponseAccess<R> {
    const call = this.#firstCall();
    if (!call.withResponse || !call.asResponse) throw new TypeError('This listing has no response metadata');
    return call as ResponseAccess<R>;
  }

  /** The first page with the `Response` it came in and the request id (the same page `await` gives). */
  async withResponse(): Promise<WithResponse<Page<T, R>>> {
    const [data, meta] = await Promise.all([this.#firstPage(), this.#access().withResponse()]);
    return { data, response: meta.response, requestId: meta.requestId };
  }

  /** The `Response` of the first page, body not parsed. */
  asResponse(): Promise<Response> {
    return this.#access().asResponse();
  }

  then<A = Page<T, R>, B = never>(
    onfulfilled?: ((page: Page<T, R>) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page<T, R> | B> {
    return this.#firstPage().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page<T, R>> {
    return this.#firstPage().finally(onfinally);
  }

  /** Every page, starting with the first; stops after the page without a next token. */
  async *pages(): AsyncGenerator<Page<T, R>, void, undefined> {
    let page = await this.#firstPage();
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  get [Symbol.toStringTag](): string {
    return 'PagePromise';
  }
}

/**
 * Wraps a page fetcher into a {@link PagePromise}. `itemsKey` names the array in the
 * response (`webhooks`, `bundles`, `senders` ...); `pageToken` starts from a given page.
 */
export function paginate<R extends ListEnvelope, K extends keyof R>(itemsKey: K, fetchPage: PageFetcher<R>, pageToken?: string): PagePromise<ItemOf<R, K>, R> {
  return new PagePromise(
    () => fetchPage(pageToken || undefined),
    (response) => {
      // A resumed listing: its starting token counts as used, at the first page's depth.
      const walk: Walk = { tokens: new Map(pageToken ? [[pageToken, 0]] : []) };
      return new Page<ItemOf<R, K>, R>(response, itemsKey, fetchPage, { walk, depth: -1, emptyRun: 0, itemsSoFar: 0, maxTotal: -1 });
    },
  );
}
