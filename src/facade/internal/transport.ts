import { AbortError, ConnectionError, type Operation, TimeoutError } from '../core/errors.js';
import { collectSecrets, redactHeaders } from '../core/redact.js';
import { type AttemptFailure, isRetryable, retryDelay } from '../core/retry.js';
import type { AuthProvider } from './auth.js';
import { type LogLevel, type Logger, log } from './logger.js';
import { requestTemplates, responseMeta } from './request-meta.js';
import { type Sleep, sleep as realSleep } from './sleep.js';

export interface TransportConfig {
  fetch: typeof globalThis.fetch;
  auth: AuthProvider;
  /** Milliseconds per attempt until response headers arrive. */
  timeout: number;
  maxRetries: number;
  logger?: Logger | undefined;
  userAgent?: string;
  /** Injected in tests; defaults to a setTimeout-based sleep. */
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
}

/** Per-call overrides of the client settings. The caller's abort signal rides on the Request. */
export interface CallOptions {
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Path template for logs and errors; otherwise taken from the openapi-fetch middleware or the URL. */
  path?: string | undefined;
}

/** A `fetch` that authenticates, times out, retries and logs. Throws only SDK errors. */
export type Transport = (request: Request, call?: CallOptions) => Promise<Response>;

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

/** Releases the connection of a response we will not read. Not awaited: a tee'd body cancels only when both branches do. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

export function createTransport(config: TransportConfig): Transport {
  const sleep = config.sleep ?? realSleep;
  const now = config.now ?? Date.now;
  const userAgent = config.userAgent ?? DEFAULT_USER_AGENT;

  return async function send(request, call = {}) {
    const method = request.method.toUpperCase();
    const path = call.path ?? requestTemplates.get(request) ?? new URL(request.url).pathname;
    const operation: Operation = { method, path };
    const maxRetries = call.maxRetries ?? config.maxRetries;
    const timeout = call.timeout ?? config.timeout;
    const userSignal = request.signal;
    // The body is buffered once so that every attempt gets a fresh copy.
    const { bytes, json } = await readBody(request);
    const bodySecrets = collectSecrets(json);
    const secrets = (): string[] => [...bodySecrets, ...config.auth.secrets()];
    const aborted = (cause?: unknown): AbortError =>
      new AbortError(`${method} ${path} was aborted by the caller`, { cause });

    let retries = 0;
    let authRetried = false;
    for (let attempt = 1; ; attempt++) {
      if (userSignal.aborted) throw aborted(userSignal.reason);
      const started = now();
      const note = (level: LogLevel, text: string, extra: Record<string, unknown> = {}): void =>
        log(config.logger, level, `${method} ${path} ${text}`, { method, path, attempt, ...extra }, secrets());
      const retryAfter = async (failure: AttemptFailure, reason: string, header?: string | null): Promise<boolean> => {
        if (retries >= maxRetries || !isRetryable(method, failure)) return false;
        retries++;
        const delayMs = retryDelay({ retry: retries, retryAfter: header, now: now(), random: config.random });
        note('warn', `retry ${retries}/${maxRetries} in ${delayMs} ms after ${reason}`, { delayMs, reason });
        await sleep(delayMs, userSignal).catch((err: unknown) => {
          throw aborted(err);
        });
        return true;
      };

      let authorization: string;
      try {
        authorization = await config.auth.authorize(userSignal);
      } catch (err) {
        // Nothing reached the API yet, so any method may retry a token endpoint that could not be reached.
        if (err instanceof ConnectionError && (await retryAfter({ kind: 'connection' }, err.name))) continue;
        throw err;
      }

      if (userSignal.aborted) throw aborted(userSignal.reason);
      const headers = new Headers(request.headers);
      headers.set('authorization', authorization);
      if (!headers.has('user-agent')) headers.set('user-agent', userAgent);
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeout);
      const onUserAbort = (): void => controller.abort(userSignal.reason);
      userSignal.addEventListener('abort', onUserAbort, { once: true });
      const attemptRequest = new Request(request.url, {
        method,
        headers,
        body: bytes ?? null,
        redirect: request.redirect,
        signal: controller.signal,
      });
      note('debug', `attempt ${attempt}`, { url: request.url, headers: redactHeaders(headers), body: json });

      let response: Response;
      try {
        response = await config.fetch(attemptRequest);
      } catch (err) {
        if (userSignal.aborted) throw aborted(userSignal.reason);
        const durationMs = now() - started;
        const error = timedOut
          ? new TimeoutError(`${method} ${path} timed out after ${timeout} ms`, { cause: err, operation })
          : new ConnectionError(`${method} ${path} failed: no response from the server`, { cause: err, operation });
        note('warn', `${error.name} after ${durationMs} ms (attempt ${attempt})`, { durationMs, error: error.name });
        if (await retryAfter({ kind: timedOut ? 'timeout' : 'connection' }, error.name)) continue;
        throw error;
      } finally {
        // The timeout covers the wait for response headers; the caller's signal is let go
        // too, so that one long-lived signal shared by many calls does not pile up listeners.
        clearTimeout(timer);
        userSignal.removeEventListener('abort', onUserAbort);
      }

      const { status } = response;
      const durationMs = now() - started;
      responseMeta.set(response, { operation, secrets: secrets() });
      note(response.ok ? 'info' : 'warn', `-> ${status} in ${durationMs} ms (attempt ${attempt})`, {
        status,
        durationMs,
        requestId: response.headers.get('x-request-id') ?? undefined,
      });

      if (status === 401 && !authRetried && config.auth.invalidate(authorization)) {
        // A rejected token is dropped and the request repeated once with a fresh one.
        authRetried = true;
        discard(response);
        note('warn', 'retry with fresh credentials after 401', { status, reason: '401' });
        continue;
      }
      if (!response.ok && retries < maxRetries && isRetryable(method, { kind: 'status', status })) {
        const header = response.headers.get('retry-after');
        discard(response);
        if (await retryAfter({ kind: 'status', status }, String(status), header)) continue;
      }
      return response;
    }
  };
}
