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

/** Fetches the page a token points at (`undefined`: the first page). */
export type PageFetcher<R> = (pageToken: string | undefined) => Promise<R>;

/** Tokens already used to reach a page, newest first; detects a server handing one out twice. */
interface Trail {
  token: string;
  prev: Trail | undefined;
}

function visited(trail: Trail | undefined, token: string): boolean {
  for (let t = trail; t; t = t.prev) if (t.token === token) return true;
  return false;
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
  readonly #trail: Trail | undefined;

  /** @internal Built by list calls; use `await client.<resource>.list()`. */
  constructor(response: R, itemsKey: keyof R, fetchPage: PageFetcher<R>, trail?: Trail) {
    this.response = response;
    this.items = (Array.isArray(response[itemsKey]) ? response[itemsKey] : []) as T[];
    this.totalSize = response.totalSize;
    this.pageSize = response.pageSize;
    this.nextPageToken = response.nextPageToken || undefined;
    this.previousPageToken = response.previousPageToken || undefined;
    this.#itemsKey = itemsKey;
    this.#fetchPage = fetchPage;
    this.#trail = trail;
  }

  /** True when the server returned a non-empty `nextPageToken`. */
  hasNextPage(): boolean {
    return this.nextPageToken !== undefined;
  }

  /** Fetches the following page. Throws a {@link PaginationError} when there is none or the server repeats a token. */
  async getNextPage(): Promise<Page<T, R>> {
    const token = this.nextPageToken;
    if (token === undefined) throw new PaginationError('There is no next page: check hasNextPage() first');
    if (visited(this.#trail, token)) {
      throw new PaginationError(
        'The server returned a page token that was already used; stopping instead of looping forever',
      );
    }
    const trail = { token, prev: this.#trail };
    return new Page<T, R>(await this.#fetchPage(token), this.#itemsKey, this.#fetchPage, trail);
  }
}

/**
 * What a list call returns. `await` it for the first page, `for await` it for every item
 * across pages (fetched one page at a time), or iterate `.pages()` for whole pages.
 * Nothing is sent until it is awaited or iterated.
 */
export class PagePromise<T, R extends ListEnvelope = ListEnvelope> implements PromiseLike<Page<T, R>>, AsyncIterable<T> {
  readonly #load: () => Promise<Page<T, R>>;
  #first: Promise<Page<T, R>> | undefined;

  /** @internal Use {@link paginate}. */
  constructor(load: () => Promise<Page<T, R>>) {
    this.#load = load;
  }

  #firstPage(): Promise<Page<T, R>> {
    this.#first ??= this.#load();
    return this.#first;
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
export function paginate<R extends ListEnvelope, K extends keyof R>(
  itemsKey: K,
  fetchPage: PageFetcher<R>,
  pageToken?: string,
): PagePromise<ItemOf<R, K>, R> {
  const trail = pageToken ? { token: pageToken, prev: undefined } : undefined;
  return new PagePromise(
    async () => new Page<ItemOf<R, K>, R>(await fetchPage(pageToken || undefined), itemsKey, fetchPage, trail),
  );
}
