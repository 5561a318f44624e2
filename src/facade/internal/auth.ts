import { AbortError, ProvisioningError } from '../core/errors.js';
import { untilAborted } from '../core/abort.js';

/**
 * Supplies the Authorization header of every API request. A provider that cannot
 * produce one throws; the transport then never sends the request unauthenticated.
 */
export interface AuthProvider {
  /** The header value for the next request, e.g. `Bearer eyJ...`. */
  authorize(signal?: AbortSignal): Promise<string>;
  /**
   * Told that the API answered 401 to `rejected`. Returns true when one retry with fresh
   * credentials can help (a new token may be fetched); false for fixed credentials.
   */
  invalidate(rejected: string): boolean;
  /** Current secret values (key secret, tokens) to scrub from errors and logs. */
  secrets(): string[];
}

/** Resolves with `promise`, or rejects with an {@link AbortError} once `signal` aborts. */
export function withSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return untilAborted(promise, signal, () => new AbortError('Request aborted by the caller'));
}

/**
 * `Basic base64(keyId:keySecret)` over the UTF-8 bytes, without Node's Buffer (absent on edge
 * runtimes): btoa takes one character per byte, so the UTF-8 bytes are spelled out first.
 */
export function basicHeader(keyId: string, keySecret: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(`${keyId}:${keySecret}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** HTTP Basic with the access key: simple, but sends the secret with every request. */
export class BasicAuth implements AuthProvider {
  readonly #header: string;
  readonly #secret: string;
  /** The header as one settled promise, shared by every request. */
  readonly #authorized: Promise<string>;

  constructor(keyId: string, keySecret: string) {
    this.#header = basicHeader(keyId, keySecret);
    this.#secret = keySecret;
    this.#authorized = Promise.resolve(this.#header);
  }

  authorize(): Promise<string> {
    return this.#authorized;
  }

  invalidate(): boolean {
    return false;
  }

  secrets(): string[] {
    return [this.#secret, this.#header.slice('Basic '.length)];
  }
}

/**
 * A bearer token given by the caller: a fixed string, or a callback that is asked before
 * every request (and again after a 401), so the caller owns caching and refresh.
 */
export class BearerAuth implements AuthProvider {
  readonly #source: string | (() => Promise<string>);
  #last: string | undefined;
  /** A fixed token's header, built once and handed out as one settled promise (no work per request). */
  readonly #static: Promise<string> | undefined;

  constructor(source: string | (() => Promise<string>)) {
    this.#source = source;
    if (typeof source === 'string') {
      this.#last = source;
      this.#static = Promise.resolve(`Bearer ${source}`);
    }
  }

  authorize(signal?: AbortSignal): Promise<string> {
    return this.#static ?? this.#ask(signal);
  }

  async #ask(signal?: AbortSignal): Promise<string> {
    const source = this.#source as () => Promise<string>;
    let token: unknown;
    try {
      token = await withSignal(Promise.resolve().then(source), signal);
    } catch (err) {
      if (err instanceof ProvisioningError) throw err;
      throw new ProvisioningError('The accessToken callback failed; no request was sent', { cause: err });
    }
    if (typeof token !== 'string' || token === '') {
      throw new ProvisioningError('The accessToken callback must resolve to a non-empty string; no request was sent');
    }
    this.#last = token;
    return `Bearer ${token}`;
  }

  invalidate(): boolean {
    return typeof this.#source === 'function';
  }

  secrets(): string[] {
    return this.#last ? [this.#last] : [];
  }
}
