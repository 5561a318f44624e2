import { ConfigurationError } from '../core/errors.js';
import { toBase64, utf8 } from './encoding.js';
import { WEBHOOK_ALGORITHM_HEADER, WEBHOOK_NONCE_HEADER, WEBHOOK_SIGNATURE_ALGORITHM, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from './headers.js';
import { normalizeSecrets } from './options.js';

export interface SignWebhookPayloadOptions {
  /** An event object (serialised with JSON.stringify) or the exact body string to sign. */
  payload: unknown;
  secret: string;
  /** Unix seconds or a Date; defaults to now. */
  timestamp?: number | Date;
  /** Defaults to a random ULID-like string, like the ones Sinch sends. */
  nonce?: string;
}

export interface SignedWebhook {
  /** The exact string that was signed: send it byte for byte. */
  body: string;
  /** The four signature headers plus `content-type: application/json`. */
  headers: Record<string, string>;
}

/**
 * Builds a delivery signed the way Sinch signs provisioning webhooks, so your own tests can
 * drive your endpoint through the real verification path instead of mocking it out.
 *
 * @example
 * const { body, headers } = await signWebhookPayload({ payload: event, secret });
 * const response = await handler(new Request(url, { method: 'POST', body, headers }));
 */
export async function signWebhookPayload(options: SignWebhookPayloadOptions): Promise<SignedWebhook> {
  const { secret } = options;
  normalizeSecrets(secret);
  const body = typeof options.payload === 'string' ? options.payload : JSON.stringify(options.payload);
  if (typeof body !== 'string') {
    throw new ConfigurationError('signWebhookPayload: payload must be a string or a JSON-serialisable value.', {
      option: 'payload',
    });
  }
  const timestamp = String(unixSeconds(options.timestamp ?? new Date()));
  const nonce = options.nonce ?? randomNonce();

  const key = await crypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const message = utf8(`${body}.${nonce}.${timestamp}`);
  const signature = toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', key, message)));

  return {
    body,
    headers: {
      'content-type': 'application/json',
      [WEBHOOK_SIGNATURE_HEADER]: signature,
      [WEBHOOK_ALGORITHM_HEADER]: WEBHOOK_SIGNATURE_ALGORITHM,
      [WEBHOOK_NONCE_HEADER]: nonce,
      [WEBHOOK_TIMESTAMP_HEADER]: timestamp,
    },
  };
}

function unixSeconds(timestamp: number | Date): number {
  if (timestamp instanceof Date) return Math.floor(timestamp.getTime() / 1000);
  // 1e11 s is the year 5138: a larger value is almost certainly Date.now() milliseconds.
  if (!Number.isSafeInteger(timestamp) || timestamp < 0 || timestamp >= 1e11) {
    throw new ConfigurationError(`signWebhookPayload: timestamp must be whole Unix seconds (got ${timestamp}); pass Math.floor(Date.now() / 1000) or a Date.`, {
      option: 'timestamp',
    });
  }
  return timestamp;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(26));
  let nonce = '';
  for (const byte of bytes) nonce += CROCKFORD[byte % 32];
  return nonce;
}
