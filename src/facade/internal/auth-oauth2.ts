import { AuthenticationError, ConnectionError, TimeoutError } from '../core/errors.js';
import { type AuthProvider, basicHeader, withSignal } from './auth.js';

export interface OAuth2Options {
  keyId: string;
  keySecret: string;
  /** Token endpoint, e.g. https://auth.sinch.com/oauth2/token. */
  authUrl: string;
  fetch: typeof globalThis.fetch;
  /** Milliseconds before a token request is abandoned. */
  timeout: number;
  now?: () => number;
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
  #inflight: Promise<CachedToken> | undefined;

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
    // cancel it for the others, so the signal only stops this caller from waiting.
    this.#inflight ??= this.#requestToken().finally(() => {
      this.#inflight = undefined;
    });
    const token = await withSignal(this.#inflight, signal);
    return `Bearer ${token.value}`;
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

  async #requestToken(): Promise<CachedToken> {
    const { authUrl, fetch, timeout } = this.#opts;
    const operation = { method: 'POST', path: authUrl };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(authUrl, {
        method: 'POST',
        headers: {
          Authorization: this.#basic,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: 'grant_type=client_credentials',
        signal: controller.signal,
      });
      const text = await response.text();
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
    } catch (err) {
      if (controller.signal.aborted) {
        throw new TimeoutError(`OAuth2 token request to ${authUrl} timed out after ${timeout} ms`, { operation });
      }
      throw new ConnectionError(`Could not reach the OAuth2 token endpoint ${authUrl}`, { cause: err, operation });
    } finally {
      clearTimeout(timer);
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
    if (!response.ok) fail(response.status, body);
    const json = (body ?? {}) as { access_token?: unknown; expires_in?: unknown; token_type?: unknown };
    if (typeof json.access_token !== 'string' || json.access_token === '') {
      fail(response.status, { error: 'invalid_token_response', error_description: 'no access_token in the response' });
    }
    if (typeof json.token_type === 'string' && json.token_type.toLowerCase() !== 'bearer') {
      fail(response.status, { error: 'invalid_token_response', error_description: `unsupported token_type ${json.token_type}` });
    }
    const now = (this.#opts.now ?? Date.now)();
    const expiresIn = typeof json.expires_in === 'number' && Number.isFinite(json.expires_in) ? json.expires_in : 3600;
    const ttlMs = expiresIn * 1000;
    // expires_in <= 0: already expired. The callers waiting now use it, the next one asks again.
    const refreshAt = ttlMs > 0 ? now + ttlMs - refreshMargin(ttlMs) : now;
    this.#token = { value: json.access_token as string, refreshAt };
    return this.#token;
  }
}
