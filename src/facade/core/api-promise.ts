import { REQUEST_ID_HEADERS } from './errors.js';

/** A call's data with the HTTP response it came in and the server's request id. */
export interface WithResponse<T> {
  data: T;
  /** The final response; its body can be read again (`await response.json()`). */
  response: Response;
  /** From `x-request-id` (or `x-correlation-id` ...), the id Sinch support asks for. */
  requestId: string | undefined;
}

/**
 * @internal A call that has been answered with a success status, before its body is parsed.
 * The pipeline's implementation keeps the body bytes; nothing is parsed or copied until asked.
 */
export interface Answer<T> {
  /** The response as fetch returned it (its body already read). */
  readonly response: Response;
  /** The parsed data; throws the typed error for a body that does not parse. */
  data(): T;
  /** A copy of the response that serves the body again. */
  copy(): Response;
}

/** The request id of a response, from the first of the usual headers that is set. */
export function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/**
 * What every API method returns: `await` it for the data, or ask for more with
 * `.withResponse()` (`{ data, response, requestId }`) or `.asResponse()` (the `Response` only,
 * body not parsed). The request is sent at once, as with any promise; the body is parsed only
 * when the data is asked for, and the Response is copied only for `withResponse`/`asResponse`.
 * An error status rejects all three with the typed error. It is a thenable with the whole
 * Promise interface (so it fits wherever a `Promise<T>` is typed), not a Promise subclass: a
 * subclass made every call measurably slower.
 *
 * ```ts
 * const { data: webhook, requestId } = await client.webhooks.get(id).withResponse();
 * ```
 */
export class APIPromise<T> implements Promise<T> {
  readonly #answer: Promise<Answer<T>>;
  #data: Promise<T> | undefined;

  /** @internal Built by the request pipeline. */
  constructor(answer: Promise<Answer<T>>) {
    this.#answer = answer;
  }

  /**
   * @internal The call `start` makes; a synchronous throw in it (e.g. from a check) rejects
   * instead of escaping, as it would from an async method.
   */
  static defer<T>(start: () => APIPromise<T>): APIPromise<T> {
    try {
      return start();
    } catch (err) {
      return new APIPromise<T>(Promise.reject(err));
    }
  }

  /** @internal The same call, its data passed through `map` (e.g. to `undefined` for a method that returns nothing). */
  _map<U>(map: (data: T) => U): APIPromise<U> {
    return new APIPromise<U>(
      this.#answer.then((answer) => ({
        response: answer.response,
        data: () => map(answer.data()),
        copy: () => answer.copy(),
      })),
    );
  }

  #parsed(): Promise<T> {
    this.#data ??= this.#answer.then((answer) => answer.data());
    return this.#data;
  }

  /** The `Response` of a successful call, without parsing its body. */
  asResponse(): Promise<Response> {
    return this.#answer.then((answer) => answer.copy());
  }

  /** The data together with the `Response` and the request id. */
  async withResponse(): Promise<WithResponse<T>> {
    const answer = await this.#answer;
    const data = await this.#parsed();
    return { data, response: answer.copy(), requestId: requestIdOf(answer.response.headers) };
  }

  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    // `any`, as Promise types it: callers that wrote `.catch((e: ValidationError) => ...)` against
    // the plain promises these methods returned before keep compiling.
    // biome-ignore lint/suspicious/noExplicitAny: mirrors Promise's own signature
    onrejected?: ((reason: any) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#parsed().then(onfulfilled, onrejected);
  }

  // biome-ignore lint/suspicious/noExplicitAny: mirrors Promise's own signature
  catch<B = never>(onrejected?: ((reason: any) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#parsed().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parsed().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return 'APIPromise';
  }
}
