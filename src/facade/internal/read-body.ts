/**
 * Bodies in and out of the transport. A response body is read into memory with a size limit,
 * counted while it streams in (after any decompression, so a small gzip bomb is caught too):
 * a server that sends an endless or huge body costs at most `limit` bytes, not the process.
 */

/** Default `maxResponseBytes`: far above any Provisioning API answer, far below a memory problem. */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** Thrown (internally) when the body passes the limit; the reader is cancelled first. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`response body exceeds ${limit} bytes`);
  }
}

/**
 * The whole body as one ArrayBuffer, or rejects with {@link BodyTooLarge} once more than
 * `limit` bytes have arrived (a declared Content-Length above the limit fails at once).
 * Stream errors (reset, abort) reject as they are.
 */
export async function readLimited(response: Response, limit: number): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const body = response.body;
  if (Number.isFinite(declared) && declared > limit && !response.headers.has('content-encoding')) {
    body?.cancel().catch(() => undefined);
    throw new BodyTooLarge(limit);
  }
  if (!body) return new ArrayBuffer(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) {
    const only = chunks[0] as Uint8Array;
    // A chunk that is a whole buffer of its own is returned without a copy.
    if (only.byteOffset === 0 && only.byteLength === only.buffer.byteLength && only.buffer instanceof ArrayBuffer) return only.buffer;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}

/** The body of a Request (from openapi-fetch) as bytes, and parsed when it is JSON (to find secrets to scrub). */
export async function readRequestBody(request: Request): Promise<{ bytes?: ArrayBuffer; json?: unknown }> {
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

/** The body of `response`, read into memory up to `limit` bytes (none for the null-body statuses). */
export function readBodyOf(response: Response, limit: number): Promise<ArrayBuffer | undefined> {
  return NULL_BODY_STATUSES.has(response.status) ? Promise.resolve(undefined) : readLimited(response, limit);
}

/** A 3xx, or what a browser's fetch gives for one with `redirect: 'manual'` (status 0). */
export function isRedirect(response: Response): boolean {
  return (response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect';
}

/**
 * A response that serves `body` again, with `url` and `redirected` as fetch reported them (a
 * constructed Response would report '' and false).
 */
export function copyResponse(response: Response, body: ArrayBuffer | undefined): Response {
  const copy = new Response(body ?? null, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperties(copy, { url: { value: response.url }, redirected: { value: response.redirected } });
  return copy;
}

/** Releases the connection of a response we will not read. Not awaited: a tee'd body cancels only when both branches do. */
export function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/** An error body as openapi-fetch gives it to `unwrap`: parsed JSON, else the text; none when empty by declaration. */
export function errorBody(text: string, response: Response): unknown {
  const length = response.headers.get('content-length');
  if (response.status === 204 || (length === '0' && !response.headers.get('transfer-encoding')?.includes('chunked'))) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
