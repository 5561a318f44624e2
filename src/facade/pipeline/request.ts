import { type Answer, APIPromise } from '../core/api-promise.js';
import { dotSegmentIssues } from '../core/dot-segment.js';
import { ApiError, type Operation, ValidationError, type ValidationIssue } from '../core/errors.js';
import { validate } from '../core/validate.js';
import { firstHeaderProblem } from '../internal/header-check.js';
import { checkHooks, joinHooks } from '../internal/hooks.js';
import { copyResponse, errorBody } from '../internal/read-body.js';
import type { Received } from '../internal/transport.js';
import { buildRequest } from './build-request.js';
import type { ClientContext, RequestOptions } from './options.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What the pipeline sees once the spec types have done their job at the call site. */
export interface LooseInit {
  path?: object | undefined;
  query?: object | undefined;
  body?: unknown;
  checks?: Checks | undefined;
}

/**
 * Rules the spec cannot express (cross-field), checked with the spec's own rules before sending;
 * a function is given the generated rule tables (e.g. to read a schema's properties).
 */
export type Checks = readonly ValidationIssue[] | ((tables: RuleTables) => readonly ValidationIssue[]);

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
 * The facade's request pipeline: one call of a resource method, from the path template and its
 * parameters to the typed answer. Checks ids, headers, every spec rule of the operation, the
 * group's checks and the per-call options (one ValidationError before anything is sent), builds
 * the request as openapi-fetch would, and sends it through the transport (hooks, tracing, traffic
 * gate, auth, retries); a non-2xx status becomes the typed ApiError.
 */
export function request<T>(ctx: ClientContext, method: Method, path: string, init: LooseInit, opts: RequestOptions = {}): APIPromise<T> {
  return new APIPromise<T>(answer<T>(ctx, method, path, init, opts));
}

async function answer<T>(ctx: ClientContext, method: Method, path: string, init: LooseInit, opts: RequestOptions): Promise<Answer<T>> {
  const pathParams: Record<string, unknown> = { projectId: opts.projectId ?? ctx.projectId, ...init.path };
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
