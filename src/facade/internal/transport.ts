import { AbortError, ApiError, ConnectionError, type Operation, TimeoutError } from '../core/errors.js';
import { collectSecrets, redactHeaders } from '../core/redact.js';
import { type AttemptFailure, isRetryable, networkFailure, retryAfterDelay, retryDelay } from '../core/retry.js';
import type { AuthProvider } from './auth.js';
import { type LogLevel, type Logger, log } from './logger.js';
import { requestTemplates, responseMeta } from './request-meta.js';
import { type Sleep, sleep as realSleep } from './sleep.js';
import type { Slot, Traffic } from './traffic.js';
import { lazyTraffic } from './traffic-lazy.js';

export interface TransportConfig {
  fetch: typeof globalThis.fetch;
  auth: AuthProvider;
  /** Milliseconds per attempt, until the whole response body has arrived. */
  timeout: number;
  maxRetries: number;
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
}

/** Per-call overrides of the client settings. The caller's abort signal rides on the Request. */
export interface CallOptions {
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Path template for logs and errors; otherwise taken from the openapi-fetch middleware or the URL. */
  path?: string | undefined;
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
  redirect?: RequestRedirect | undefined;
}

/** What {@link Transport.send} answers: the response with its body already read. */
export interface Received {
  /** The response as fetch returned it; its body has been consumed into `body`. */
  response: Response;
  body: ArrayBuffer | undefined;
  operation: Operation;
  secrets: string[];
}

/**
 * A `fetch` that authenticates, times out, retries and logs. Throws only SDK errors.
 * `send` does the same for a request in parts and skips the Response copy.
 */
export interface Transport {
  (request: Request, call?: CallOptions): Promise<Response>;
  send(outgoing: Outgoing, call?: CallOptions): Promise<Received>;
}

const DEFAULT_USER_AGENT = `sinch-provisioning (node ${typeof process === 'undefined' ? 'unknown' : process.version})`;

async function readBody(request: Request): Promise<{ bytes?: ArrayBuffer; json?: unknown }> {
  if (!request.body) return {};
  const bytes = await request.arrayBuffer();
  if (!(request.headers.get('content-type') ?? '').includes('json')) return { bytes };
  try {
    return { bytes, json: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    return { bytes };
  }
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * The body of `response`, read into memory; `copyResponse` makes a response that serves it
 * again, with `url` and `redirected` as fetch reported them (a constructed Response would
 * report '' and false).
 */
function readBodyOf(response: Response): Promise<ArrayBuffer | undefined> {
  return NULL_BODY_STATUSES.has(response.status) ? Promise.resolve(undefined) : response.arrayBuffer();
}

function copyResponse(response: Response, body: ArrayBuffer | undefined): Response {
  const copy = new Response(body ?? null, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperties(copy, { url: { value: response.url }, redirected: { value: response.redirected } });
  return copy;
}

/** Releases the connection of a response we will not read. Not awaited: a tee'd body cancels only when both branches do. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

export function createTransport(config: TransportConfig): Transport {
  const sleep = config.sleep ?? realSleep;
  const now = config.now ?? Date.now;
  const userAgent = config.userAgent ?? DEFAULT_USER_AGENT;
  const traffic = config.traffic ?? lazyTraffic({ maxConcurrency: config.maxConcurrency, maxRequestsPerSecond: config.maxRequestsPerSecond });

  /** The Request form, for openapi-fetch (`client.raw`): the body is buffered once so that every attempt gets a fresh copy. */
  const viaRequest = async (request: Request, call: CallOptions = {}): Promise<Response> => {
    const { bytes, json } = await readBody(request);
    const path = call.path ?? requestTemplates.get(request) ?? new URL(request.url).pathname;
    const outgoing: Outgoing = {
      method: request.method.toUpperCase(),
      url: request.url,
      headers: new Headers(request.headers),
      body: bytes,
      json,
      signal: request.signal,
      redirect: request.redirect,
    };
    const { response, body, operation, secrets } = await send(outgoing, { ...call, path });
    const copy = copyResponse(response, body);
    responseMeta.set(copy, { operation, secrets, body });
    return copy;
  };

  async function send(outgoing: Outgoing, call: CallOptions = {}): Promise<Received> {
    const { method, url, headers } = outgoing;
    const path = call.path ?? new URL(url).pathname;
    const operation: Operation = { method, path };
    const maxRetries = call.maxRetries ?? config.maxRetries;
    const timeout = call.timeout ?? config.timeout;
    const userSignal = outgoing.signal;
    const body = outgoing.body ?? null;
    const bodySecrets = outgoing.json === undefined ? [] : collectSecrets(outgoing.json);
    const secrets = (): string[] => [...bodySecrets, ...config.auth.secrets()];
    const aborted = (cause?: unknown): AbortError =>
      new AbortError(`${method} ${path} was aborted by the caller`, { cause });

    let retries = 0;
    let authRetried = false;
    let slot: Slot | undefined; // traffic shaping: the previous attempt's slot
    for (let attempt = 1; ; attempt++) {
      if (userSignal?.aborted) throw aborted(userSignal.reason);
      const started = now();
      const note = (level: LogLevel, text: string, extra: () => Record<string, unknown> = () => ({})): void => {
        // Without a logger nothing is built: no context, no redaction, no secret list.
        if (config.logger) log(config.logger, level, `${method} ${path} ${text}`, { method, path, attempt, ...extra() }, secrets());
      };
      const retryAfter = async (failure: AttemptFailure, reason: string, header?: string | null): Promise<boolean> => {
        if (retries >= maxRetries || !isRetryable(method, failure)) return false;
        retries++;
        const delayMs = retryDelay({ retry: retries, retryAfter: header, now: now(), random: config.random });
        note('warn', `retry ${retries}/${maxRetries} in ${delayMs} ms after ${reason}`, () => ({ delayMs, reason }));
        await sleep(delayMs, userSignal).catch((err: unknown) => {
          throw aborted(err);
        });
        return true;
      };

      let authorization: string;
      try {
        authorization = await config.auth.authorize(userSignal);
      } catch (err) {
        // Nothing reached the API yet, so any method may retry a token endpoint that could not
        // be reached or was briefly unavailable (429, 5xx); a refused key (400, 401) is final.
        const unavailable = err instanceof ApiError && (err.status === 429 || err.status >= 500);
        if (err instanceof ConnectionError || unavailable) {
          const header = err instanceof ApiError ? err.headers['retry-after'] : undefined;
          if (await retryAfter({ kind: 'connection' }, err.name, header)) continue;
        }
        throw err;
      }

      if (userSignal?.aborted) throw aborted(userSignal.reason);
      // ---- traffic shaping: wait for a client-wide slot (released in release() below) ----
      const attemptSlot: Slot =
        traffic.tryAcquire(slot) ??
        (await traffic.acquire(userSignal, slot).catch((err: unknown): never => {
          throw userSignal?.aborted ? aborted(err) : err;
        }));
      slot = attemptSlot;
      // ---- end traffic shaping ----
      // Fetch copies the headers it is given, so the same object serves every attempt.
      headers.set('authorization', authorization);
      if (!headers.has('user-agent')) headers.set('user-agent', userAgent);
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeout);
      // Without a caller's signal the timeout's controller is the only one (no listener, no AbortSignal.any).
      const onUserAbort = (): void => controller.abort(userSignal?.reason);
      userSignal?.addEventListener('abort', onUserAbort, { once: true });
      // The timeout covers the whole response, body included; the caller's signal is let go
      // afterwards, so that one long-lived signal shared by many calls does not pile up listeners.
      const release = (): void => {
        attemptSlot.release(); // traffic shaping
        clearTimeout(timer);
        userSignal?.removeEventListener('abort', onUserAbort);
      };
      const init: RequestInit = { method, headers, body, redirect: outgoing.redirect ?? 'follow', signal: controller.signal };
      note('debug', `attempt ${attempt}`, () => ({ url, headers: redactHeaders(headers), body: outgoing.json }));

      /** A failed attempt as a typed error, logged; `retry` says whether the loop goes on. */
      const broken = async (err: unknown, failure: AttemptFailure, message: string): Promise<{ retry: boolean; error: ConnectionError }> => {
        const durationMs = now() - started;
        const error = timedOut
          ? new TimeoutError(`${method} ${path} timed out after ${timeout} ms`, { cause: err, operation })
          : new ConnectionError(`${method} ${path} failed: ${message}`, { cause: err, operation });
        note('warn', `${error.name} after ${durationMs} ms (attempt ${attempt})`, () => ({ durationMs, error: error.name }));
        return { retry: await retryAfter(timedOut ? { kind: 'timeout' } : failure, error.name), error };
      };

      let response: Response;
      try {
        // The platform fetch copies a Request it is given: hand it the parts instead (one copy
        // fewer per call). Any other fetch gets a Request, which every fetch-like accepts.
        const platform = config.fetch === globalThis.fetch;
        response = await (platform ? config.fetch(url, init) : config.fetch(new Request(url, init)));
      } catch (err) {
        release();
        if (userSignal?.aborted) throw aborted(userSignal.reason);
        const failure = networkFailure(err);
        const text =
          failure.kind === 'interrupted'
            ? 'the connection broke before a response arrived; the server may have received the request'
            : 'no response from the server';
        const { retry, error } = await broken(err, failure, text);
        if (retry) continue;
        throw error;
      }

      const { status } = response;
      const durationMs = now() - started;
      note(response.ok ? 'info' : 'warn', `-> ${status} in ${durationMs} ms (attempt ${attempt})`, () => ({
        status,
        durationMs,
        requestId: response.headers.get('x-request-id') ?? undefined,
      }));

      if (status === 401 && !authRetried && config.auth.invalidate(authorization)) {
        // A rejected token is dropped and the request repeated once with a fresh one.
        release();
        authRetried = true;
        discard(response);
        note('warn', 'retry with fresh credentials after 401', () => ({ status, reason: '401' }));
        continue;
      }
      // traffic shaping: a 429 pauses the whole client for the Retry-After (jittered) and teaches it the rate
      if (status === 429) attemptSlot.rateLimited(retryAfterDelay(response.headers.get('retry-after'), now(), config.random));
      if (!response.ok && retries < maxRetries && isRetryable(method, { kind: 'status', status })) {
        release();
        const header = response.headers.get('retry-after');
        discard(response);
        if (await retryAfter({ kind: 'status', status }, String(status), header)) continue;
      }

      // The answer: read whole while the timeout still runs, so a stalled or cut-off body
      // fails here as a TimeoutError or ConnectionError (and an idempotent call retries).
      let received: ArrayBuffer | undefined;
      try {
        received = await readBodyOf(response);
      } catch (err) {
        release();
        if (userSignal?.aborted) throw aborted(userSignal.reason);
        const { retry, error } = await broken(err, { kind: 'interrupted' }, `the connection broke while reading the ${status} response`);
        if (retry) continue;
        throw error;
      }
      release();
      return { response, body: received, operation, secrets: secrets() };
    }
  }

  return Object.assign(viaRequest, { send });
}
