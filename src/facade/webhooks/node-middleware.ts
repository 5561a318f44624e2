import { ConfigurationError } from '../core/errors.js';
import { utf8 } from './encoding.js';
import { WebhookVerificationError } from './errors.js';
import type { WebhookEvent } from './events.js';
import { type CreateWebhookHandlerOptions, dispatchWebhookEvent, normalizeMaxBodyBytes } from './handler.js';
import type { WebhookHeaders } from './headers.js';
import { normalizeSecrets, normalizeTolerance } from './options.js';
import { constructWebhookEvent } from './parse.js';

// Typed by shape, not by node:http, so that the main entry stays free of Node built-ins.

/** What the middleware reads of a Node `IncomingMessage` (or an Express `Request`). */
export interface NodeWebhookRequest {
  method?: string | undefined;
  headers: WebhookHeaders;
  /** Set by a body parser that ran first: a Buffer from `express.raw()` is used as is. */
  body?: unknown;
  /** Set by frameworks and `verify` hooks that keep the bytes (Firebase, Google Cloud Functions ...). */
  rawBody?: unknown;
  /** True once the body stream has been read to the end. */
  readableEnded?: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: Node's EventEmitter listener signature
  on(event: string, listener: (...args: any[]) => void): unknown;
  // biome-ignore lint/suspicious/noExplicitAny: Node's EventEmitter listener signature
  removeListener(event: string, listener: (...args: any[]) => void): unknown;
  resume(): unknown;
}

/** What the middleware writes to a Node `ServerResponse` (or an Express `Response`). */
export interface NodeWebhookResponse {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string): unknown;
}

export interface CreateWebhookMiddlewareOptions extends Omit<CreateWebhookHandlerOptions, 'onError'> {
  /**
   * Sees every rejected delivery and every error thrown by a callback, e.g. to log them;
   * the response never carries their details.
   */
  onError?: (error: unknown, request: NodeWebhookRequest) => void;
  /** Largest body read from the stream, in bytes; a larger one is answered 413. Default 1 MiB. */
  maxBodyBytes?: number;
}

/** `(req, res, next)`, for `node:http` servers (call it without `next`), Express, Connect and friends. */
export type WebhookMiddleware = (req: NodeWebhookRequest, res: NodeWebhookResponse, next?: (error?: unknown) => void) => Promise<void>;

const TOO_LARGE = Symbol('too large');

/**
 * Builds a Node-style middleware that reads the raw body, verifies the delivery and calls the
 * callback for its trigger, answering as {@link createWebhookHandler} does: 200 once the
 * callback has finished, 401 for a bad signature or timestamp, 400 for a body that is not an
 * event, 405 for anything but POST, 413 for a body over `maxBodyBytes`, and 500 when a callback
 * throws, so that Sinch retries.
 *
 * The body is read from the request stream. If a body parser ran first, the bytes it kept are
 * used: a Buffer in `req.body` (`express.raw()`) or in `req.rawBody`. A body that was parsed
 * into an object, with the bytes gone (`express.json()` before this route), cannot be verified:
 * that is a setup error, passed to `next` (Express logs it and answers 500, so Sinch retries
 * once you have fixed it) or, without `next`, answered 500 and reported to `onError`.
 *
 * ```ts
 * app.post('/webhooks/sinch', createWebhookMiddleware({ secret, on: { BUNDLE_DONE: (e) => ready(e.payload.id) } }));
 * createServer(createWebhookMiddleware({ secret, on })).listen(3000);
 * ```
 */
export function createWebhookMiddleware(options: CreateWebhookMiddlewareOptions): WebhookMiddleware {
  const secret = normalizeSecrets(options.secret);
  const tolerance = normalizeTolerance(options.tolerance);
  const maxBodyBytes = normalizeMaxBodyBytes(options.maxBodyBytes);
  const report = (error: unknown, req: NodeWebhookRequest): void => {
    try {
      options.onError?.(error, req);
    } catch {
      // A failing logger must not change the answer Sinch gets.
    }
  };

  return async (req, res, next) => {
    if ((req.method ?? '').toUpperCase() !== 'POST') return answer(res, 405, { error: 'method_not_allowed' }, { allow: 'POST' });
    let rawBody: Uint8Array | typeof TOO_LARGE;
    try {
      rawBody = await rawBodyOf(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof ConfigurationError && next) return next(error);
      report(error, req);
      return answer(res, 500, { error: error instanceof ConfigurationError ? 'raw_body_unavailable' : 'internal_error' });
    }
    if (rawBody === TOO_LARGE) return answer(res, 413, { error: 'payload_too_large' });
    let event: WebhookEvent;
    try {
      event = await constructWebhookEvent({ rawBody, headers: req.headers, secret, tolerance, now: options.now });
    } catch (error) {
      report(error, req);
      if (!(error instanceof WebhookVerificationError)) return answer(res, 500, { error: 'internal_error' });
      return answer(res, error.reason === 'invalid_payload' ? 400 : 401, { error: error.reason });
    }
    try {
      await dispatchWebhookEvent(event, options);
    } catch (error) {
      report(error, req);
      return answer(res, 500, { error: 'handler_error' });
    }
    return answer(res, 200, { received: true });
  };
}

/** The body bytes: kept by a parser that ran first, or read from the stream. */
async function rawBodyOf(req: NodeWebhookRequest, limit: number): Promise<Uint8Array | typeof TOO_LARGE> {
  for (const kept of [req.body, req.rawBody]) {
    if (kept instanceof Uint8Array) return kept;
    if (kept instanceof ArrayBuffer) return new Uint8Array(kept);
  }
  if (typeof req.rawBody === 'string') return utf8(req.rawBody);
  // express.text() leaves the text it decoded; as UTF-8 it gives back the bytes of a UTF-8 body.
  if (typeof req.body === 'string') return utf8(req.body);
  const parsed = req.body !== undefined && req.body !== null;
  if (parsed || req.readableEnded || (req as { _body?: unknown })._body === true) {
    throw new ConfigurationError(
      'The webhook body was parsed before the signature could be checked, and its raw bytes are gone. ' +
        'Mount the webhook middleware before express.json() (or any body parser), or use express.raw({ type: "application/json" }) on its route, ' +
        'or keep the bytes in req.rawBody with express.json({ verify: (req, _res, buf) => { req.rawBody = buf; } }).',
      { option: 'rawBody' },
    );
  }
  return readStream(req, limit);
}

function readStream(req: NodeWebhookRequest, limit: number): Promise<Uint8Array | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const done = (): void => {
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      req.removeListener('error', onError);
    };
    const onData = (chunk: Uint8Array | string): void => {
      const bytes = typeof chunk === 'string' ? utf8(chunk) : chunk;
      size += bytes.byteLength;
      if (size > limit) {
        done();
        // Discard the rest instead of destroying the socket, so that the 413 reaches the sender.
        req.resume();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = (): void => {
      done();
      // One copy: the chunks into a single array of the size already counted.
      const body = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(body);
    };
    const onError = (error: unknown): void => {
      done();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

function answer(res: NodeWebhookResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify(body));
}
