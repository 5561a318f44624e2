import type { ClientPathsWithMethod, FetchResponse } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { APIPromise } from '../core/api-promise.js';
import { type ItemOf, type ListEnvelope, type PagePromise, paginate } from '../core/pagination.js';
import type { ClientContext, RawClient, RequestOptions } from '../pipeline/options.js';
import { type Checks, type Method, request } from '../pipeline/request.js';
import type { QueryParams } from './types.js';

type Op<P, M extends Method> = P extends keyof paths ? (M extends keyof paths[P] ? NonNullable<paths[P][M]> : never) : never;
type PathParams<O> = O extends { parameters: { path: infer X } } ? Omit<X, 'projectId'> : Record<string, never>;
type Body<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** Success body of operation `O` (`undefined` for 204). */
export type Data<O> = O extends Record<string | number, unknown> ? FetchResponse<O, object, 'application/json'>['data'] & {} : never;

/** Path parameters other than projectId, plus query and body, typed from the spec. */
export type CallInit<O> = ([keyof PathParams<O>] extends [never] ? { path?: PathParams<O> } : { path: PathParams<O> }) & {
  query?: QueryParams<O>;
  body?: Body<O>;
  /**
   * Rules the spec cannot express (cross-field), checked with the spec's own rules before sending;
   * a function is given the generated rule tables (e.g. to read a schema's properties).
   */
  checks?: Checks;
};

/** Keys of `R` that hold arrays: the candidates for a list response's items key. */
type ArrayKeys<R> = { [K in keyof R]-?: NonNullable<R[K]> extends readonly unknown[] ? K : never }[keyof R];
type PathsFor<M extends Method> = ClientPathsWithMethod<RawClient, M>;

/**
 * Base class of resource groups. Subclass methods stay one to three lines: name the path
 * template, pass path params (projectId is filled in), query or body, and the per-call
 * options; the request pipeline (`pipeline/request.ts`) validates, sends through the
 * transport and returns the data or throws the typed error.
 *
 * ```ts
 * get(webhookId: string, opts?: RequestOptions): Promise<Webhook> {
 *   return this._get('/v1/projects/{projectId}/webhooks/{webhookId}', { path: { webhookId } }, opts);
 * }
 * ```
 */
export abstract class APIResource {
  protected readonly _client: ClientContext;

  /** @internal Resources are created by `new Provisioning()`; use its properties. */
  constructor(client: ClientContext) {
    this._client = client;
  }

  protected _get<P extends PathsFor<'get'>>(path: P, init: CallInit<Op<P, 'get'>>, opts?: RequestOptions): APIPromise<Data<Op<P, 'get'>>> {
    return request(this._client, 'get', path, init, opts);
  }

  protected _post<P extends PathsFor<'post'>>(path: P, init: CallInit<Op<P, 'post'>>, opts?: RequestOptions): APIPromise<Data<Op<P, 'post'>>> {
    return request(this._client, 'post', path, init, opts);
  }

  protected _put<P extends PathsFor<'put'>>(path: P, init: CallInit<Op<P, 'put'>>, opts?: RequestOptions): APIPromise<Data<Op<P, 'put'>>> {
    return request(this._client, 'put', path, init, opts);
  }

  protected _patch<P extends PathsFor<'patch'>>(path: P, init: CallInit<Op<P, 'patch'>>, opts?: RequestOptions): APIPromise<Data<Op<P, 'patch'>>> {
    return request(this._client, 'patch', path, init, opts);
  }

  protected _delete<P extends PathsFor<'delete'>>(path: P, init: CallInit<Op<P, 'delete'>>, opts?: RequestOptions): APIPromise<void> {
    return request<void>(this._client, 'delete', path, init, opts);
  }

  /**
   * A paginated GET: `itemsKey` names the array in the list response. The query's
   * `pageToken` (if any) is the starting page; later tokens come from the responses.
   */
  protected _list<P extends PathsFor<'get'>, K extends ArrayKeys<Data<Op<P, 'get'>>>>(
    path: P,
    itemsKey: K,
    init: CallInit<Op<P, 'get'>>,
    opts?: RequestOptions,
  ): Data<Op<P, 'get'>> extends ListEnvelope ? PagePromise<ItemOf<Data<Op<P, 'get'>>, K>, Data<Op<P, 'get'>>> : never {
    const query = (init.query ?? {}) as { pageToken?: string };
    const fetchPage = (pageToken: string | undefined): APIPromise<ListEnvelope> =>
      request(this._client, 'get', path, { ...init, query: { ...query, pageToken } }, opts);
    return paginate(itemsKey as keyof ListEnvelope, fetchPage, query.pageToken) as never;
  }

  /**
   * The call `start` makes, for methods that compute checks before calling: whatever `start`
   * throws rejects the returned promise, as it would in an async method.
   */
  protected _defer<T>(start: () => APIPromise<T>): APIPromise<T> {
    return APIPromise.defer(start);
  }
}

export type { OperationMap, RequestOptions } from '../pipeline/options.js';
export { loadRules, type RuleTables } from '../pipeline/request.js';
