import type { ApiError, Operation } from '../core/errors.js';
import type { Sleep } from '../core/sleep.js';
import type { AuthProvider } from './auth.js';
import type { Hooks } from './hooks.js';
import type { Logger } from './logger.js';
import type { TracingOption } from './tracing.js';
import type { Traffic } from './traffic.js';
import type { DEFAULT_MAX_RESPONSE_BYTES } from './read-body.js';

export interface TransportConfig {
  fetch: typeof globalThis.fetch;
  auth: AuthProvider;
  /** Milliseconds per attempt, from asking for credentials until the whole response body has arrived. */
  timeout: number;
  maxRetries: number;
  /** Largest response body read into memory; default {@link DEFAULT_MAX_RESPONSE_BYTES}. */
  maxResponseBytes?: number | undefined;
  logger?: Logger | undefined;
  userAgent?: string;
  /** Injected in tests; defaults to a setTimeout-based sleep. */
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
  /** Client-wide traffic shaping (internal/traffic.ts); built from the two limits when not given. */
  traffic?: Traffic;
  maxConcurrency?: number | undefined;
  maxRequestsPerSecond?: number | undefined;
  /** Hooks of the client (see hooks.ts). */
  hooks?: readonly Hooks[] | undefined;
  /** OpenTelemetry (see tracing.ts). */
  tracing?: TracingOption | undefined;
}

/** Per-call overrides of the client settings. The caller's abort signal rides on the Request. */
export interface CallOptions {
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Path template for logs and errors; otherwise taken from the openapi-fetch middleware or the URL. */
  path?: string | undefined;
  /** The spec's operationId, for hooks and spans (looked up from method and path when not given). */
  operationId?: string | undefined;
  /** Hooks of a derived client and of this call, run after the client's. */
  hooks?: readonly Hooks[] | undefined;
}

/**
 * A request in parts, as the resources build it (no Request object: building one costs a
 * URL parse, a header copy and an AbortSignal). The transport owns `headers` and may change them.
 */
export interface Outgoing {
  /** Upper-case HTTP method. */
  method: string;
  url: string;
  headers: Headers;
  /** The serialised body, sent again as is on every attempt. */
  body?: string | ArrayBuffer | undefined;
  /** The body before serialisation, searched for secrets to scrub from logs and errors. */
  json?: unknown;
  signal?: AbortSignal | undefined;
}

/** What {@link Transport.send} answers: the response with its body already read. */
export interface Received {
  /** The response as fetch returned it; its body has been consumed into `body`. */
  response: Response;
  body: ArrayBuffer | undefined;
  operation: Operation;
  secrets: string[];
  /** For an error status seen by hooks or tracing: the error they were given, for the facade to throw. */
  error?: ApiError | undefined;
}

/**
 * A `fetch` that authenticates, times out, retries and logs. Throws only SDK errors.
 * `send` does the same for a request in parts and skips the Response copy.
 */
export interface Transport {
  (request: Request, call?: CallOptions): Promise<Response>;
  send(outgoing: Outgoing, call?: CallOptions): Promise<Received>;
}
