import { AuthenticationError, ConnectionError, RedirectError, ResponseTooLargeError, TimeoutError, locationOrigin } from '../core/errors.js';
import { networkFailure } from '../core/retry.js';
import { type AuthProvider, basicHeader, withSignal } from './auth.js';
import { headerProblem } from './header-check.js';
import { BodyTooLarge, readLimited } from './read-body.js';

export interface OAuth2Options {
  keyId: string;
  keySecret: string;
  /** Token endpoint, e.g. https://auth.sinch.com/oauth2/token. */
  authUrl: string;
  fetch: typeof globalThis.fetch;
  /** Milliseconds before a token request is abandoned. */
  timeout: number;
  /** Largest token response read; default 1 MiB (a token answer is a few kB). */
  maxResponseBytes?: number;
  now?: () => number;
}

/** A token answer is a few kB; anything past this is not one. */
const MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;

/** A token request and the callers waiting for it. */
interface Flight {
  promise: Promise<CachedToken>;
  controller: AbortController;
  waiters: number;
}

/** `expires_in` in seconds: a number, or a string of digits (some servers send one); undefined when absent; NaN when unreadable. */
function expiresInSeconds(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return Number.NaN;
}

interface CachedToken {
  value: string;
  /** Epoch ms after which the token is refreshed (shortly before it really expires). */
  refreshAt: number;
}

/** Tokens are refreshed 60 s before they expire, or at half-life for short-lived ones. */
export function refreshMargin(ttlMs: number): number {
  return Math.min(60_000, ttlMs / 2);
}

/**
 * OAuth2 client credentials: trades the access key for a bearer token at `authUrl`.
 * The token is fetched on first use and cached until shortly before `expires_in`;
 * concurrent callers share one token request; a 401 from the API drops the token.
 */
export class OAuth2ClientCredentials implements AuthProvider {
  readonly #basic: string;
  readonly #secret: string;
  readonly #opts: OAuth2Options;
  #token: CachedToken | undefined;
  #inflight: Flight | undefined;

  constructor(options: OAuth2Options) {
    this.#opts = options;
    this.#basic = basicHeader(options.keyId, options.keySecret);
    this.#secret = options.keySecret;
  }

  async authorize(signal?: AbortSignal): Promise<string> {
    const now = (this.#opts.now ?? Date.now)();
    const cached = this.#token;
    if (cached && now < cached.refreshAt) return `Bearer ${cached.value}`;
    // Single flight: every caller waits for the same request. One caller's abort must not
    // cancel it for the others, so the signal only stops this caller from waiting; once no
    // caller waits any more the request is aborted, so that it does not keep the process alive.
    let flight = this.#inflight;
    if (!flight) {
      const controller = new AbortController();
      const started: Flight = {
        controller,
        waiters: 0,
        promise: this.#requestToken(controller.signal).finally(() => {
          if (this.#inflight === started) this.#inflight = undefined;
        }),
      };
      this.#inflight = flight = started;
    }
    flight.waiters++;
    try {
      const token = await withSignal(flight.promise, signal);
      return `Bearer ${token.value}`;
    } finally {
      flight.waiters--;
      if (flight.waiters === 0 && signal?.aborted) {
        if (this.#inflight === flight) this.#inflight = undefined;
        flight.controller.abort();
      }
    }
  }

  invalidate(rejected: string): boolean {
    // Only drop the token that was rejected: a concurrent request may already have refreshed it.
    if (this.#token && rejected === `Bearer ${this.#token.value}`) this.#token = undefined;
    return true;
  }

  secrets(): string[] {
    const list = [this.#secret, this.#basic.slice('Basic '.length)];
    if (this.#token) list.push(this.#token.value);
    return list;
  }

  async #requestToken(abandoned: AbortSignal): Promise<CachedToken> {
    const { authUrl, fetch, timeout } = this.#opts;
    const limit = this.#opts.maxResponseBytes === undefined ? MAX_TOKEN_RESPONSE_BYTES : Math.min(this.#opts.maxResponseBytes, MAX_TOKEN_RESPONSE_BYTES);
    const operation = { method: 'POST', path: authUrl };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    const onAbandoned = (): void => controller.abort();
    abandoned.addEventListener('abort', onAbandoned, { once: true });
    let response: Response;
    let body: unknown;
    let status = 0;
    try {
      response = await fetch(authUrl, {
        method: 'POST',
        headers: {
          Authorization: this.#basic,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: 'grant_type=client_credentials',
        // A redirect would send the access key elsewhere: reported below, never followed.
        redirect: 'manual',
        signal: controller.signal,
      });
      status = response.status;
      if ((response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect') {
        response.body?.cancel().catch(() => undefined);
        throw new RedirectError({
          status: response.status,
          headers: response.headers,
          operation,
          secrets: this.secrets(),
          prefix: 'OAuth2 token request failed: ',
          location: locationOrigin(response.headers.get('location'), authUrl),
        });
      }
      const text = new TextDecoder().decode(await readLimited(response, limit));
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
    } catch (err) {
      if (err instanceof RedirectError) throw err;
      if (err instanceof BodyTooLarge) {
        throw new ResponseTooLargeError({ status, limit, operation, prefix: 'OAuth2 token request failed: ' });
      }
      if (controller.signal.aborted && !abandoned.aborted) {
        throw new TimeoutError(`OAuth2 token request to ${authUrl} timed out after ${timeout} ms`, { operation });
      }
      const requestSent = networkFailure(err).kind !== 'connection';
      throw new ConnectionError(`Could not reach the OAuth2 token endpoint ${authUrl}`, { cause: err, operation, requestSent });
    } finally {
      clearTimeout(timer);
      abandoned.removeEventListener('abort', onAbandoned);
    }
    const fail = (status: number, detail?: unknown): never => {
      throw new AuthenticationError({
        status,
        body: detail,
        headers: response.headers,
        operation,
        secrets: this.secrets(),
        prefix: 'OAuth2 token request failed: ',
      });
    };
    const invalid = (description: string): never => fail(response.status, { error: 'invalid_token_response', error_description: description });
    if (!response.ok) fail(response.status, body);
    const json = (body !== null && typeof body === 'object' ? body : {}) as { access_token?: unknown; expires_in?: unknown; token_type?: unknown };
    if (typeof json.access_token !== 'string' || json.access_token === '') invalid('no access_token in the response');
    const accessToken = json.access_token as string;
    // The server's token goes into a header: one it cannot carry is the server's fault, and is never shown.
    if (headerProblem('authorization', `Bearer ${accessToken}`)) {
      invalid('the access_token contains characters an Authorization header cannot carry');
    }
    if (typeof json.token_type === 'string' && json.token_type.toLowerCase() !== 'bearer') {
      invalid(`unsupported token_type ${json.token_type.slice(0, 40)}`);
    }
    const expiresIn = expiresInSeconds(json.expires_in) ?? 3600;
    if (Number.isNaN(expiresIn)) invalid('expires_in is not a number of seconds');
    const now = (this.#opts.now ?? Date.now)();
    const ttlMs = expiresIn * 1000;
    // expires_in <= 0: already expired. The callers waiting now use it, the next one asks again.
    const refreshAt = ttlMs > 0 ? now + ttlMs - refreshMargin(ttlMs) : now;
    this.#token = { value: accessToken, refreshAt };
    return this.#token;
  }
}
