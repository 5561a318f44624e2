import { REDACTED, redactHeaders, redactJson, scrubText } from './redact.js';
import { type Operation, ProvisioningError } from './provisioning-error.js';

export * from './provisioning-error.js';

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
    const what = init.detail ?? ([errorCode, apiMessage].filter(Boolean).join(': ') || (text === undefined ? 'no response body' : 'empty response body'));
    const message = `${op}${init.status} ${what}${resolution ? ` (resolution: ${resolution})` : ''}`;
    super(scrubText(`${init.prefix ?? ''}${message}`, secrets));
    this.status = init.status;
    // Fields that come straight from the response are scrubbed too: a server may echo a credential anywhere.
    this.errorCode = errorCode === undefined ? undefined : scrubText(errorCode, secrets);
    this.resolution = resolution === undefined ? undefined : scrubText(resolution, secrets);
    const info = json?.['additionalInformation'];
    this.additionalInformation = info !== null && typeof info === 'object' ? (redactJson(info, secrets) as Record<string, unknown>) : undefined;
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
