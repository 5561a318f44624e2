import type { Client, ClientPathsWithMethod, FetchResponse } from 'openapi-fetch';
import type { operations, paths } from '../../generated/schema.js';
import { buildRequest, dotSegmentIssues } from '../internal/build-request.js';
import { firstHeaderProblem } from '../internal/header-check.js';
import { checkHooks, type Hooks, joinHooks } from '../internal/hooks.js';
import { copyResponse, errorBody } from '../internal/read-body.js';
import type { Received, Transport } from '../internal/transport.js';
import { type Answer, APIPromise } from './api-promise.js';
import { ApiError, type Operation, ValidationError, type ValidationIssue } from './errors.js';
import { type ItemOf, type ListEnvelope, type PagePromise, paginate } from './pagination.js';
import { validate } from './validate.js';

/** Per-call settings; every resource method takes them as its last argument. */
export interface RequestOptions {
  /** Project for this call instead of the client's `projectId`. */
  projectId?: string;
  /** Milliseconds per attempt, overriding the client's `timeout`. */
  timeout?: number;
  /** Retries for this call, overriding the client's `maxRetries`. */
  maxRetries?: number;
  /** Aborts the call (and any pending retry) with an AbortError. */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /**
   * Sends enum values this SDK version does not know (values Sinch added after the release)
   * instead of rejecting them; every other rule is still checked. To allow one specific value
   * everywhere, declare it with `unknownEnum()` or `Triggers.unknown()` instead.
   */
  allowUnknownEnums?: boolean;
  /** Hooks for this call, run after the client's (see {@link Hooks}). */
  hooks?: Hooks;
}

export type RawClient = Client<paths, 'application/json'>;

/** An official operationId of the spec. */
export type OperationId = keyof operations;

/**
 * Which spec operation each method of a resource calls: every resource class declares
 * `static readonly operations = { list: '...', get: '...' } as const satisfies OperationMap;`
 * and test/unit/facade/registry.test.ts checks that together they reach every operation.
 */
export type OperationMap = Readonly<Record<string, OperationId>>;

/** What resources need from the client. */
export interface ClientContext {
  raw: RawClient;
  projectId: string;
  transport: Transport;
  /** API root without a trailing slash, as `raw` uses it. */
  baseUrl: string;
  /** Headers of every request, as `raw` sends them. */
  defaultHeaders: Record<string, string>;
  /** Set by `withOptions`: defaults of every call, over the transport's. */
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Hooks of a derived client, run after the transport's. */
  hooks?: readonly Hooks[] | undefined;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Op<P, M extends Method> = P extends keyof paths ? (M extends keyof paths[P] ? NonNullable<paths[P][M]> : never) : never;
type PathParams<O> = O extends { parameters: { path: infer X } } ? Omit<X, 'projectId'> : Record<string, never>;
type Query<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type Body<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** Success body of operation `O` (`undefined` for 204). */
export type Data<O> = O extends Record<string | number, unknown> ? FetchResponse<O, object, 'application/json'>['data'] & {} : never;

/** Path parameters other than projectId, plus query and body, typed from the spec. */
export type CallInit<O> = ([keyof PathParams<O>] extends [never] ? { path?: PathParams<O> } : { path: PathParams<O> }) & {
  query?: Query<O>;
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
/** What `_request` sees once the spec types have done their job at the call site. */
interface LooseInit {
  path?: object | undefined;
  query?: object | undefined;
  body?: unknown;
  checks?: Checks | undefined;
}

type Checks = readonly ValidationIssue[] | ((tables: RuleTables) => readonly ValidationIssue[]);

export type RuleTables = typeof import('../../generated/rules.js');
let ruleTables: Promise<RuleTables> | undefined;

/**
 * The validation rules generated from openapi/provisioning.yaml (src/generated/rules.ts),
 * loaded on the first call rather than at import: they are most of the bundle and of the
 * import time, and a process that only receives webhooks never needs them. Resources that
 * check extra rules use this too, so that bundlers keep the tables in their own chunk.
 */
export function loadRules(): Promise<RuleTables> {
  ruleTables ??= import('../../generated/rules.js');
  return ruleTables;
}

/**
 * Every rule of the spec that the path parameters, query and body break (the rules are
 * generated from openapi/provisioning.yaml into src/generated/rules.ts, so a spec update
 * updates them).
 */
function specIssues(tables: RuleTables, id: string | undefined, init: LooseInit): ValidationIssue[] {
  const { operationRules } = tables;
  const refs = tables.ruleSchemas;
  const rules = id === undefined ? undefined : operationRules[id];
  if (!rules) return [];
  const issues: ValidationIssue[] = [];
  if (rules.path) issues.push(...validate(init.path ?? {}, rules.path, '', refs));
  if (rules.query) issues.push(...validate(init.query ?? {}, rules.query, '', refs));
  if (rules.body && init.body !== undefined) issues.push(...validate(init.body, rules.body, '', refs));
  else if (rules.bodyRequired && init.body === undefined) issues.push({ path: 'body', rule: 'required', message: 'is required' });
  return issues;
}

/**
 * Base class of resource groups. Subclass methods stay one to three lines: name the path
 * template, pass path params (projectId is filled in), query or body, and the per-call
 * options; the base validates ids, applies options, calls the API through the typed
 * openapi-fetch client and returns the data or throws the typed error.
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
    return this._request('get', path, init, opts);
  }

  protected _post<P extends PathsFor<'post'>>(path: P, init: CallInit<Op<P, 'post'>>, opts?: RequestOptions): APIPromise<Data<Op<P, 'post'>>> {
    return this._request('post', path, init, opts);
  }

  protected _put<P extends PathsFor<'put'>>(path: P, init: CallInit<Op<P, 'put'>>, opts?: RequestOptions): APIPromise<Data<Op<P, 'put'>>> {
    return this._request('put', path, init, opts);
  }

  protected _patch<P extends PathsFor<'patch'>>(path: P, init: CallInit<Op<P, 'patch'>>, opts?: RequestOptions): APIPromise<Data<Op<P, 'patch'>>> {
    return this._request('patch', path, init, opts);
  }

  protected _delete<P extends PathsFor<'delete'>>(path: P, init: CallInit<Op<P, 'delete'>>, opts?: RequestOptions): APIPromise<void> {
    return this._request<void>('delete', path, init, opts);
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
      this._request('get', path, { ...init, query: { ...query, pageToken } }, opts);
    return paginate(itemsKey as keyof ListEnvelope, fetchPage, query.pageToken) as never;
  }

  /**
   * The call `start` makes, for methods that compute checks before calling: whatever `start`
   * throws rejects the returned promise, as it would in an async method.
   */
  protected _defer<T>(start: () => APIPromise<T>): APIPromise<T> {
    return APIPromise.defer(start);
  }

  private _request<T>(method: Method, path: string, init: LooseInit, opts: RequestOptions = {}): APIPromise<T> {
    return new APIPromise<T>(this._answer<T>(method, path, init, opts));
  }

  private async _answer<T>(method: Method, path: string, init: LooseInit, opts: RequestOptions = {}): Promise<Answer<T>> {
    const pathParams: Record<string, unknown> = { projectId: opts.projectId ?? this._client.projectId, ...init.path };
    const issues: ValidationIssue[] = [];
    for (const [name, value] of Object.entries(pathParams)) {
      // An empty id would silently address another endpoint (`/webhooks/` is the list).
      if (typeof value !== 'string' || value.trim() === '') {
        issues.push({ path: name, rule: 'minLength', message: 'must be a non-empty string' });
      }
    }
    // `.` or `..` (in any encoding) would be resolved away by the URL parser: another route.
    issues.push(...dotSegmentIssues(pathParams));
    const badHeader = firstHeaderProblem(opts.headers);
    if (badHeader) issues.push({ path: `headers.${badHeader[0]}`, rule: 'header', message: badHeader[1] });
    const tables = await loadRules();
    const checks = typeof init.checks === 'function' ? init.checks(tables) : init.checks;
    const operationId = tables.operationIdByRoute[`${method} ${path}`];
    issues.push(...specIssues(tables, operationId, init), ...(checks ?? []));
    if (opts.timeout !== undefined && !(Number.isFinite(opts.timeout) && opts.timeout > 0)) {
      issues.push({ path: 'timeout', rule: 'minimum', message: 'must be a positive number of milliseconds' });
    }
    if (opts.maxRetries !== undefined && !(Number.isInteger(opts.maxRetries) && opts.maxRetries >= 0)) {
      issues.push({ path: 'maxRetries', rule: 'minimum', message: 'must be an integer >= 0' });
    }
    // An invalid per-call `hooks` is a ValidationError like any other bad option.
    if (opts.hooks !== undefined) {
      try {
        checkHooks(opts.hooks);
      } catch (err) {
        issues.push({ path: 'hooks', rule: 'type', message: (err as Error).message.replace(/^Invalid hooks: /, '') });
      }
    }
    if (issues.length > 0) {
      const kept = opts.allowUnknownEnums ? issues.filter((i) => i.rule !== 'enum') : issues;
      if (kept.length > 0) throw new ValidationError(kept, `${method.toUpperCase()} ${path} request`);
    }
    // The transport is called directly, not through openapi-fetch (`client.raw`): the request
    // is built the same way (see build-request.ts) without a Request object, its signal and
    // the middleware pass, which were most of the per-call overhead.
    const ctx = this._client;
    const outgoing = buildRequest(ctx.baseUrl, ctx.defaultHeaders, method, path, pathParams, init.query, init.body, opts.headers, opts.signal);
    const call = {
      timeout: opts.timeout ?? ctx.timeout,
      maxRetries: opts.maxRetries ?? ctx.maxRetries,
      path,
      operationId,
      // No array is built when the call has no hooks of its own.
      hooks: opts.hooks ? joinHooks(ctx.hooks, [opts.hooks]) : ctx.hooks,
    };
    const received = await ctx.transport.send(outgoing, call);
    const { response, body, operation, secrets } = received;
    if (!response.ok) {
      if (received.error) throw received.error;
      const text = body === undefined ? '' : decoder.decode(body);
      throw ApiError.from({ status: response.status, body: errorBody(text, response), headers: response.headers, operation, secrets });
    }
    return new SuccessAnswer<T>(received, method !== 'delete' && !NO_CONTENT.has(`${method} ${path}`));
  }
}

/** A success answer of the facade: parsed on demand (see {@link APIPromise}). */
class SuccessAnswer<T> implements Answer<T> {
  readonly #received: Received;
  readonly #expectsJson: boolean;

  constructor(received: Received, expectsJson: boolean) {
    this.#received = received;
    this.#expectsJson = expectsJson;
  }

  get response(): Response {
    return this.#received.response;
  }

  data(): T {
    const { response, body, operation, secrets } = this.#received;
    const text = body === undefined ? '' : decoder.decode(body);
    return parseJson<T>(text, response, operation, secrets, this.#expectsJson);
  }

  copy(): Response {
    return copyResponse(this.#received.response, this.#received.body);
  }
}

/**
 * The operations other than DELETEs whose success answer has no body in the spec; every other
 * success answer is JSON (test/unit/hostile/odd-inputs.test.ts checks this list against
 * openapi/provisioning.yaml).
 */
export const NO_CONTENT: ReadonlySet<string> = new Set([
  'put /v1/projects/{projectId}/whatsapp/enableTemplateAnalytics',
  'post /v1/projects/{projectId}/whatsapp/solutions/{solutionId}/assign',
  'post /v1/projects/{projectId}/whatsapp/senders/{senderId}/verify',
  'post /v1/projects/{projectId}/whatsapp/templates/sync',
]);

const decoder = new TextDecoder();

/**
 * The data of a successful response. No body is `undefined` for a 204 and for operations
 * that answer without content; an empty body where the operation answers JSON, or a body that
 * claims to be JSON but is malformed, is an {@link ApiError} carrying the status, headers and
 * text, never a bare SyntaxError or a silent `undefined`.
 */
function parseJson<T>(text: string, response: Response, operation: Operation, secrets: readonly string[], expectsJson: boolean): T {
  const claimsJson = (response.headers.get('content-type') ?? '').includes('json');
  if (response.status === 204 || (!text && !claimsJson && !expectsJson)) return undefined as T;
  if (text) {
    try {
      return JSON.parse(text) as T;
    } catch {
      // reported below
    }
  }
  throw ApiError.from({
    status: response.status,
    body: text,
    headers: response.headers,
    operation,
    secrets,
    prefix: 'Invalid JSON in the response: ',
  });
}
