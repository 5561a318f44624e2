import { WebhookVerificationError } from './errors.js';

/**
 * The request body exactly as received. A string is taken as UTF-8; prefer the bytes
 * (`Buffer`, `Uint8Array`, `ArrayBuffer`) when your framework offers them.
 */
export type WebhookRawBody = string | Uint8Array | ArrayBuffer;

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** Refuses anything that is not a raw body (parsed JSON, null ...). */
export function checkRawBody(rawBody: unknown): asserts rawBody is WebhookRawBody {
  if (typeof rawBody === 'string' || rawBody instanceof Uint8Array || rawBody instanceof ArrayBuffer) return;
  const got = rawBody === null ? 'null' : typeof rawBody;
  throw new WebhookVerificationError(
    'invalid_raw_body',
    `rawBody must be the request body exactly as received (string, Buffer, Uint8Array or ArrayBuffer), got ${got}. ` +
      'Pass the raw request body, not parsed JSON: a JSON body parser (e.g. express.json()) that ran first ' +
      "changes the bytes; use express.raw({ type: 'application/json' }) or `await request.arrayBuffer()`.",
  );
}

/** A view of the raw body's bytes (no copy; a string is encoded as UTF-8). */
export function rawBodyBytes(rawBody: unknown): Uint8Array {
  checkRawBody(rawBody);
  if (typeof rawBody === 'string') return utf8(rawBody);
  return rawBody instanceof Uint8Array ? rawBody : new Uint8Array(rawBody);
}

// atob/btoa exist on Node 16+, Deno, Bun and edge runtimes; Buffer does not.
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

// Canonical standard Base64: whole quads, then at most one padded quad whose last data
// character carries no unused bits (A, Q, g, w before "=="; every fourth letter before "=").
const CANONICAL_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$/;

/**
 * Decodes standard Base64, or returns undefined. Only the canonical spelling is accepted:
 * atob ignores whitespace and the unused low bits of the last character, which would let
 * several different header values stand for one signature.
 */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!CANONICAL_BASE64.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
