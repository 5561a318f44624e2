import { REDACTED, redactHeaders, redactJson, scrubText } from './redact.js';

/**
 * The brand of an error class, shared by every copy of the SDK in a process:
 * `Symbol.for('sinch-provisioning.error.NotFoundError')` ... The class name is taken as written:
 * bundlers rename some classes (esbuild names a class that refers to itself `_ApiError`, and one
 * whose name collides `ApiError2`), so a leading underscore and trailing digits are dropped (no
 * SDK error class name has either).
 */
const brandOf = (ctor: { name: string }): symbol => Symbol.for(`sinch-provisioning.error.${ctor.name.replace(/^_+|\d+$/g, '')}`);

/**
 * Every error the SDK throws extends {@link ProvisioningError}, so one `instanceof`
 * check catches configuration, validation, HTTP, network and webhook failures alike.
 * Context lives in fields; messages, `toString()` and `JSON.stringify()` never carry
 * credentials, tokens or webhook secrets.
 *
 * `instanceof` also holds across copies of the SDK (an error thrown by the CommonJS build is
 * an instance of the class imported from the ES module build, and the other way round): each
 * class brands its prototype, and the check looks for the brand when the prototype chain
 * does not match.
 */
export class ProvisioningError extends Error {
  override readonly name: string = 'ProvisioningError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // Brand this class and its ancestors, once per class (not enumerable, so JSON and logs stay as they were).
    for (let proto: object | null = Object.getPrototypeOf(this); proto && proto !== Error.prototype; proto = Object.getPrototypeOf(proto)) {
      const brand = brandOf(proto.constructor);
      if (Object.hasOwn(proto, brand)) break;
      Object.defineProperty(proto, brand, { value: true });
    }
  }

  /** Recognises errors from another copy of the SDK (dual ESM/CommonJS loading) by their class brand. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brandOf(this)] === true;
  }

  /** A safe, serialisable view (no `cause`, no stack). */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

/** The client options (or their environment variables) are missing or malformed. */
export class ConfigurationError extends ProvisioningError {
  override readonly name: string = 'ConfigurationError';
  /** The constructor option at fault, e.g. `keyId`. */
  readonly option: string;
  /** The environment variable that can supply it, when there is one. */
  readonly envVar: string | undefined;

  constructor(message: string, details: { option: string; envVar?: string | undefined }) {
    super(message);
    this.option = details.option;
    this.envVar = details.envVar;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), option: this.option, envVar: this.envVar };
  }
}

/** One broken rule of an input, named like a JSON Schema keyword (`maxLength`, `enum` ...). */
export interface ValidationIssue {
  /** Dotted path of the field, e.g. `target`, `triggers[2]`, `query.pageSize`. */
  path: string;
  /** The rule that failed: a JSON Schema keyword or an SDK rule such as `allExclusive`. */
  rule: string;
  message: string;
  /** Offending values, only for enum-like rules (never for free text that might be secret). */
  values?: readonly unknown[];
}

/** Input rejected before anything was sent to the API. */
export class ValidationError extends ProvisioningError {
  override readonly name: string = 'ValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], subject = 'input') {
    const list = issues.map((i) => `${i.path || subject}: ${i.message}`).join('; ');
    super(`Invalid ${subject}: ${list}`);
    this.issues = issues;
  }

  /** Path of the first offending field. */
  get field(): string {
    return this.issues[0]?.path ?? '';
  }

  /** Rule broken by the first offending field. */
  get rule(): string {
    return this.issues[0]?.rule ?? '';
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** The HTTP method and path template of an API call, e.g. `GET /v1/projects/{projectId}/webhooks`. */
export interface Operation {
  method: string;
  path: string;
}

/**
 * No usable response arrived: DNS, refused or reset connection, TLS failure, or an answer that
 * was not valid HTTP. `requestSent` is false only when the failure proves the request never
 * left (refused, unknown host, connect timeout): only then is a POST or PATCH retried.
 */
export class ConnectionError extends ProvisioningError {
  override readonly name: string = 'ConnectionError';
  readonly operation: Operation | undefined;
  /** False only when the failure proves the request never reached a server. */
  readonly requestSent: boolean;

  constructor(message: string, options: { cause?: unknown; operation?: Operation | undefined; requestSent?: boolean | undefined } = {}) {
    super(message, { cause: options.cause });
    this.operation = options.operation;
    this.requestSent = options.requestSent ?? true;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operation: this.operation, requestSent: this.requestSent };
  }
}

/**
 * The response body grew past `maxResponseBytes` (a server sending an endless or huge body).
 * The SDK stopped reading and dropped the connection; the call is not retried.
 */
export class ResponseTooLargeError extends ProvisioningError {
  override readonly name: string = 'ResponseTooLargeError';
  readonly status: number;
  /** The limit in bytes that was exceeded. */
  readonly limit: number;
  readonly operation: Operation | undefined;

  constructor(details: { status: number; limit: number; operation?: Operation | undefined; prefix?: string | undefined }) {
    const op = details.operation ? `${details.operation.method} ${details.operation.path} -> ` : '';
    super(`${details.prefix ?? ''}${op}${details.status} response body exceeds maxResponseBytes (${details.limit} bytes); stopped reading`);
    this.status = details.status;
    this.limit = details.limit;
    this.operation = details.operation;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, limit: this.limit, operation: this.operation };
  }
}

/** The request took longer than the configured `timeout`. */
export class TimeoutError extends ConnectionError {
  override readonly name: string = 'TimeoutError';
}

/**
 * A `waitUntil...` / `waitFor...` helper ran out of its `timeout` before the resource reached a
 * final state. Nothing failed on the wire: the resource is still being processed, and
 * `lastState` is what the last poll saw.
 */
export class WaitTimeoutError extends ProvisioningError {
  override readonly name: string = 'WaitTimeoutError';
  /** The resource as the last poll returned it. */
  readonly lastState: unknown;

  constructor(message: string, options: { cause?: unknown; lastState?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.lastState = options.lastState;
  }
}

/** The caller's `signal` aborted the request. */
export class AbortError extends ProvisioningError {
  override readonly name: string = 'AbortError';
}

/**
 * The server broke the pagination contract: it handed out a page token twice, a token that is
 * not a string, page after page of nothing with a next token, or more items than it counted.
 */
export class PaginationError extends ProvisioningError {
  override readonly name: string = 'PaginationError';
}

/** What {@link ApiError.from} needs to describe a failed response. */
export interface ApiErrorInit {
  status: number;
  /** Parsed JSON body, or the raw text when the body is not JSON. */
  body?: unknown;
  headers?: Headers | undefined;
  operation?: Operation | undefined;
  /** Values to scrub from anything the error shows (credentials, tokens, webhook secrets). */
  secrets?: Iterable<string> | undefined;
  /** Text put before the generated message, e.g. `OAuth2 token request failed: `. */
  prefix?: string | undefined;
  /** What went wrong, in place of the body's code and message (e.g. for a redirect). */
  detail?: string | undefined;
}

/** Response headers that carry a request id, in the order they are looked at. */
export const REQUEST_ID_HEADERS: readonly string[] = ['x-request-id', 'x-correlation-id', 'x-amzn-requestid', 'x-b3-traceid'];

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * The API answered with an error status. The Provisioning API error body
 * (`{ errorCode, message, resolution, additionalInformation }`) is spread into fields;
 * non-JSON or empty bodies keep their text in `rawBody`.
 */
export class ApiError extends ProvisioningError {
  override readonly name: string = 'ApiError';
  readonly status: number;
  /** Machine-readable code such as `webhook_not_found`. */
  readonly errorCode: string | undefined;
  /** The server's hint on how to fix the request. */
  readonly resolution: string | undefined;
  /** Extra context, e.g. `validationErrors` for `invalid_input`. */
  readonly additionalInformation: Record<string, unknown> | undefined;
  /** The parsed error body (redacted). */
  readonly body: unknown;
  /** The body text when it was not JSON (redacted, truncated to 2 000 characters). */
  readonly rawBody: string | undefined;
  /** Response headers (sensitive ones masked). */
  readonly headers: Record<string, string>;
  readonly requestId: string | undefined;
  readonly operation: Operation | undefined;

  constructor(init: ApiErrorInit) {
    const secrets = [...(init.secrets ?? [])];
    const json = init.body !== null && typeof init.body === 'object' ? (init.body as Record<string, unknown>) : undefined;
    const text = typeof init.body === 'string' ? scrubText(init.body, secrets).slice(0, 2000) : undefined;
    // OAuth2 token endpoints answer { error, error_description } instead of the PAPI shape.
    const errorCode = str(json?.['errorCode']) ?? str(json?.['error']);
    const apiMessage = str(json?.['message']) ?? str(json?.['error_description']) ?? str(text?.trim().slice(0, 200));
    const resolution = str(json?.['resolution']);
    const op = init.operation ? `${init.operation.method} ${init.operation.path} -> ` : '';
    const what =
      init.detail ?? ([errorCode, apiMessage].filter(Boolean).join(': ') || (text === undefined ? 'no response body' : 'empty response body'));
    const message = `${op}${init.status} ${what}${resolution ? ` (resolution: ${resolution})` : ''}`;
    super(scrubText(`${init.prefix ?? ''}${message}`, secrets));
    this.status = init.status;
    // Fields that come straight from the response are scrubbed too: a server may echo a credential anywhere.
    this.errorCode = errorCode === undefined ? undefined : scrubText(errorCode, secrets);
    this.resolution = resolution === undefined ? undefined : scrubText(resolution, secrets);
    const info = json?.['additionalInformation'];
    this.additionalInformation =
      info !== null && typeof info === 'object' ? (redactJson(info, secrets) as Record<string, unknown>) : undefined;
    this.body = json ? redactJson(json, secrets) : text;
    this.rawBody = text;
    this.headers = redactHeaders(init.headers, secrets);
    const requestId = REQUEST_ID_HEADERS.map((h) => init.headers?.get(h) ?? undefined).find(Boolean);
    this.requestId = requestId === undefined ? undefined : scrubText(requestId, secrets);
    this.operation = init.operation;
  }

  /** Builds the subclass that matches the status (404 -> {@link NotFoundError} ...). */
  static from(init: ApiErrorInit): ApiError {
    const Ctor = STATUS_CLASSES[init.status] ?? (init.status >= 500 ? InternalServerError : ApiError);
    return new Ctor(init);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      errorCode: this.errorCode,
      resolution: this.resolution,
      additionalInformation: this.additionalInformation,
      requestId: this.requestId,
      operation: this.operation,
      headers: this.headers,
      body: this.body,
    };
  }
}

/** 400: the request is malformed (see `additionalInformation.validationErrors`). */
export class BadRequestError extends ApiError {
  override readonly name: string = 'BadRequestError';
}
/** 401: bad credentials, an expired token, or a token endpoint that refused the access key. */
export class AuthenticationError extends ApiError {
  override readonly name: string = 'AuthenticationError';
}
/** 403: the credentials are valid but not allowed to do this. */
export class PermissionDeniedError extends ApiError {
  override readonly name: string = 'PermissionDeniedError';
}
/** 404: the resource (or project) does not exist. */
export class NotFoundError extends ApiError {
  override readonly name: string = 'NotFoundError';
}
/** 409: conflicts with the current state, e.g. `webhook_exists`. */
export class ConflictError extends ApiError {
  override readonly name: string = 'ConflictError';
}
/** 422: well-formed but semantically invalid. */
export class UnprocessableEntityError extends ApiError {
  override readonly name: string = 'UnprocessableEntityError';
}
/** 424: a limit or prerequisite elsewhere failed, e.g. `webhook_limit_reached`. */
export class FailedDependencyError extends ApiError {
  override readonly name: string = 'FailedDependencyError';
}
/** 429: too many requests; retried automatically up to `maxRetries`. */
export class RateLimitError extends ApiError {
  override readonly name: string = 'RateLimitError';
}
/** 5xx: the server failed. */
export class InternalServerError extends ApiError {
  override readonly name: string = 'InternalServerError';
}

/**
 * 3xx: the API never redirects, so the SDK does not follow (a redirect would re-send a body,
 * credentials included, to another origin, or turn a create into a GET). `location` is the
 * origin the server pointed at (never the full URL), or undefined without a readable Location.
 */
export class RedirectError extends ApiError {
  override readonly name: string = 'RedirectError';
  readonly location: string | undefined;

  constructor(init: ApiErrorInit & { location?: string | undefined }) {
    const to = init.location ? `redirect to ${init.location}` : 'redirect without a readable Location';
    super({ ...init, body: undefined, detail: `${to}; the SDK does not follow redirects (check baseUrl and authUrl)` });
    this.location = init.location;
    // The full Location may carry a signed query or a token: only its origin is kept.
    if ('location' in this.headers) this.headers['location'] = init.location ?? REDACTED;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), location: this.location };
  }
}

/** The origin of a Location header resolved against `base`, or undefined when there is none or it does not parse. */
export function locationOrigin(location: string | null, base: string): string | undefined {
  if (!location) return undefined;
  try {
    const origin = new URL(location, base).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

const STATUS_CLASSES: Record<number, new (init: ApiErrorInit) => ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  424: FailedDependencyError,
  429: RateLimitError,
};
