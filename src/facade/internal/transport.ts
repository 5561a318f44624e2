import {
  AbortError,
  ApiError,
  ConnectionError,
  type Operation,
  ProvisioningError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
  locationOrigin,
} from '../core/errors.js';
import { collectSecrets, redactHeaders } from '../core/redact.js';
import { type AttemptFailure, isRetryable, networkFailure, parseRetryAfter, retryAfterDelay, retryDelay } from '../core/retry.js';
import { credentialOf, networkText } from './attempt-text.js';
import { headerProblem } from './header-check.js';
import type { CallObserver } from './call-observer.js';
import { type LogLevel, log } from './logger.js';
import { BodyTooLarge, DEFAULT_MAX_RESPONSE_BYTES, copyResponse, discard, isRedirect, readBodyOf, readRequestBody } from './read-body.js';
import { requestTemplates, responseMeta } from './request-meta.js';
import { createObserving, observed } from './observe.js';
import { sleep as realSleep } from '../core/sleep.js';
import { defaultUserAgent } from './user-agent.js';
import type { Slot } from './traffic.js';
import type { CallOptions, Outgoing, Received, Transport, TransportConfig } from './transport-types.js';
import { lazyTraffic } from './traffic-lazy.js';

export type { CallOptions, Outgoing, Received, Transport, TransportConfig } from './transport-types.js';

const DEFAULT_USER_AGENT = defaultUserAgent();

export function createTransport(config: TransportConfig): Transport {
  const sleep = config.sleep ?? realSleep;
  const now = config.now ?? Date.now;
  const userAgent = config.userAgent ?? DEFAULT_USER_AGENT;
  const traffic = config.traffic ?? lazyTraffic({ maxConcurrency: config.maxConcurrency, maxRequestsPerSecond: config.maxRequestsPerSecond });
  const observing = createObserving({ hooks: config.hooks, tracing: config.tracing, logger: config.logger, now, secrets: () => config.auth.secrets() });

  /** The Request form, for openapi-fetch (`client.raw`): the body is buffered once so that every attempt gets a fresh copy. */
  const viaRequest = async (request: Request, call: CallOptions = {}): Promise<Response> => {
    const { bytes, json } = await readRequestBody(request);
    const path = call.path ?? requestTemplates.get(request) ?? new URL(request.url).pathname;
    const outgoing: Outgoing = {
      method: request.method.toUpperCase(),
      url: request.url,
      headers: new Headers(request.headers),
      body: bytes,
      json,
      signal: request.signal,
    };
    const { response, body, operation, secrets } = await send(outgoing, { ...call, path });
    const copy = copyResponse(response, body);
    responseMeta.set(copy, { operation, secrets });
    return copy;
  };

  function send(outgoing: Outgoing, call: CallOptions = {}): Promise<Received> {
    const path = call.path ?? new URL(outgoing.url).pathname;
    // --- hooks and tracing: undefined, and nothing built per call, when neither is configured ---
    const started = observing.start(outgoing.method, path, outgoing.url, call.operationId, call.hooks);
    if (!started) return attempts(outgoing, call, path, undefined);
    return observed(started, (observer) => attempts(outgoing, call, path, observer), now);
  }

  async function attempts(outgoing: Outgoing, call: CallOptions, path: string, observer: CallObserver | undefined): Promise<Received> {
    const { method, url, headers } = outgoing;
    const operation: Operation = { method, path };
    const maxRetries = call.maxRetries ?? config.maxRetries;
    const timeout = call.timeout ?? config.timeout;
    const limit = config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const userSignal = outgoing.signal;
    const body = outgoing.body ?? null;
    const bodySecrets = outgoing.json === undefined ? [] : collectSecrets(outgoing.json);
    // Every Authorization value an attempt of this call sent: a token refreshed mid-call must
    // still be scrubbed from what the later attempts log and from the error they end in.
    const sent: string[] = [];
    const secrets = (): string[] => [...bodySecrets, ...config.auth.secrets(), ...sent];
    const aborted = (cause?: unknown): AbortError => new AbortError(`${method} ${path} was aborted by the caller`, { cause });

    let retries = 0;
    let authRetried = false;
    let slot: Slot | undefined; // traffic shaping: the previous attempt's slot
    for (let attempt = 1; ; attempt++) {
      if (userSignal?.aborted) throw aborted(userSignal.reason);
      // ---- traffic shaping: wait for a client-wide slot (released in release() below). The wait
      // in the queue is not part of `timeout`, which bounds the attempt itself; a caller's signal
      // ends it. ----
      const attemptSlot: Slot =
        traffic.tryAcquire(slot) ??
        (await traffic.acquire(userSignal, slot).catch((err: unknown): never => {
          throw userSignal?.aborted ? aborted(err) : err;
        }));
      slot = attemptSlot;
      // ---- end traffic shaping ----
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
        observer?.retry(attempt, retries, maxRetries, delayMs, reason);
        await sleep(delayMs, userSignal).catch((err: unknown) => {
          throw aborted(err);
        });
        return true;
      };

      // One timer per attempt, armed before the credentials are asked for: a per-call timeout
      // bounds the wait for an OAuth2 token too. The caller's signal is let go afterwards, so
      // that one long-lived signal shared by many calls does not pile up listeners.
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeout);
      const onUserAbort = (): void => controller.abort(userSignal?.reason);
      userSignal?.addEventListener('abort', onUserAbort, { once: true });
      const release = (): void => {
        attemptSlot.release(); // traffic shaping
        clearTimeout(timer);
        userSignal?.removeEventListener('abort', onUserAbort);
      };

      let authorization: string;
      try {
        authorization = await config.auth.authorize(controller.signal);
      } catch (err) {
        release();
        if (userSignal?.aborted) throw aborted(userSignal.reason);
        // Nothing reached the API yet, so any method may retry a token endpoint that could not
        // be reached, was too slow, or was briefly unavailable (429, 5xx); a refused key (400, 401) is final.
        if (timedOut) {
          const error = new TimeoutError(`${method} ${path} timed out after ${timeout} ms waiting for credentials`, {
            cause: err,
            operation,
            requestSent: false,
          });
          note('warn', `${error.name} waiting for credentials (attempt ${attempt})`, () => ({ error: error.name }));
          if (await retryAfter({ kind: 'connection' }, error.name)) continue;
          throw error;
        }
        const unavailable = err instanceof ApiError && (err.status === 429 || err.status >= 500);
        if (err instanceof ConnectionError || unavailable) {
          const header = err instanceof ApiError ? err.headers['retry-after'] : undefined;
          if (await retryAfter({ kind: 'connection' }, err.name, header)) continue;
        }
        throw err;
      }
      sent.push(authorization, credentialOf(authorization));
      if (headerProblem('authorization', authorization)) {
        release();
        throw new ProvisioningError(
          `${method} ${path}: the credentials cannot be sent in the Authorization header (CR, LF, other control characters or characters above U+00FF); no request was sent`,
        );
      }

      if (userSignal?.aborted) {
        release();
        throw aborted(userSignal.reason);
      }
      // --- hooks and tracing see the attempt (and may set headers) before Authorization is set ---
      const hooked = observer?.request(attempt, headers, controller.signal);
      if (hooked) await hooked;
      if (hooked && controller.signal.aborted) {
        // The attempt ran out (or the caller aborted) while an onRequest hook was pending: nothing was sent.
        release();
        if (userSignal?.aborted) throw aborted(userSignal.reason);
        const error = new TimeoutError(`${method} ${path} timed out after ${timeout} ms in an onRequest hook`, { operation, requestSent: false });
        if (await retryAfter({ kind: 'connection' }, error.name)) continue;
        throw error;
      }
      // Fetch copies the headers it is given, so the same object serves every attempt.
      headers.set('authorization', authorization);
      if (!headers.has('user-agent')) headers.set('user-agent', userAgent);
      // The API never redirects: a 3xx is reported, never followed (see below).
      const init: RequestInit = { method, headers, body, redirect: 'manual', signal: controller.signal };
      note('debug', `attempt ${attempt}`, () => ({ url, headers: redactHeaders(headers), body: outgoing.json }));

      /** A failed attempt as a typed error, logged; `retry` says whether the loop goes on. */
      const broken = async (err: unknown, failure: AttemptFailure, message: string): Promise<{ retry: boolean; error: ConnectionError }> => {
        const durationMs = now() - started;
        const error = timedOut
          ? new TimeoutError(`${method} ${path} timed out after ${timeout} ms`, { cause: err, operation })
          : new ConnectionError(`${method} ${path} failed: ${message}`, { cause: err, operation, requestSent: failure.kind !== 'connection' });
        note('warn', `${error.name} after ${durationMs} ms (attempt ${attempt})`, () => ({ durationMs, error: error.name }));
        return { retry: await retryAfter(timedOut ? { kind: 'timeout' } : failure, error.name), error };
      };

      let response: Response;
      try {
        // Called the way fetch is normally called, so that any fetch works: the platform's,
        // undici's with a dispatcher (proxies), node-fetch, a test double. Called unbound:
        // workerd throws "Illegal invocation" for config.fetch(...).
        const { fetch } = config;
        response = await fetch(url, init);
      } catch (err) {
        release();
        if (userSignal?.aborted) throw aborted(userSignal.reason);
        const failure = networkFailure(err);
        const { retry, error } = await broken(err, failure, networkText(failure));
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
      observer?.response(attempt, response, durationMs);

      if (isRedirect(response)) {
        release();
        discard(response);
        throw new RedirectError({
          status,
          headers: response.headers,
          operation,
          secrets: secrets(),
          location: locationOrigin(response.headers.get('location'), url),
        });
      }
      if (status === 401 && !authRetried && config.auth.invalidate(authorization)) {
        // A rejected token is dropped and the request repeated once with a fresh one.
        release();
        authRetried = true;
        discard(response);
        note('warn', 'retry with fresh credentials after 401', () => ({ status, reason: '401' }));
        observer?.retry(attempt, 0, maxRetries, 0, '401');
        continue;
      }
      // traffic shaping: a 429 pauses the whole client for the Retry-After (jittered) and teaches it the rate
      if (status === 429) attemptSlot.rateLimited(retryAfterDelay(response.headers.get('retry-after'), now(), config.random));
      if (!response.ok && retries < maxRetries) {
        const header = response.headers.get('retry-after');
        const failure: AttemptFailure = { kind: 'status', status, retryAfter: parseRetryAfter(header, now()) !== undefined };
        if (isRetryable(method, failure)) {
          release();
          discard(response);
          if (await retryAfter(failure, String(status), header)) continue;
        }
      }

      // The answer: read whole while the timeout still runs, so a stalled or cut-off body
      // fails here as a TimeoutError or ConnectionError (and an idempotent call retries).
      let received: ArrayBuffer | undefined;
      try {
        received = await readBodyOf(response, limit);
      } catch (err) {
        release();
        if (err instanceof BodyTooLarge) {
          note('warn', `response body over ${limit} bytes (attempt ${attempt})`, () => ({ status, error: 'ResponseTooLargeError' }));
          throw new ResponseTooLargeError({ status, limit, operation });
        }
        if (userSignal?.aborted) throw aborted(userSignal.reason);
        const { retry, error } = await broken(err, { kind: 'interrupted', reason: 'broken' }, `the connection broke while reading the ${status} response`);
        if (retry) continue;
        throw error;
      }
      release();
      return { response, body: received, operation, secrets: secrets() };
    }
  }

  return Object.assign(viaRequest, { send });
}
