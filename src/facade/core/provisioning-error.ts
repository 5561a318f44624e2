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
