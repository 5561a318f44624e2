/**
 * Reads a response body into memory with a size limit, counted while it streams in (after
 * any decompression, so a small gzip bomb is caught too). A server that sends an endless or
 * huge body therefore costs at most `limit` bytes, not the process.
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
