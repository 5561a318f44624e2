import { WebhookVerificationError } from './errors.js';
import { concatBytes, fromBase64, rawBodyBytes, utf8, type WebhookRawBody } from './encoding.js';
import {
  WEBHOOK_ALGORITHM_HEADER,
  WEBHOOK_NONCE_HEADER,
  WEBHOOK_SIGNATURE_ALGORITHM,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  readHeader,
  type WebhookHeaders,
} from './headers.js';
import { normaliseSecrets, normaliseTolerance, nowSeconds, type WebhookSecret } from './options.js';

export interface VerifyWebhookSignatureOptions {
  /** The body exactly as received; parsed JSON cannot be verified. */
  rawBody: WebhookRawBody;
  headers: WebhookHeaders;
  secret: WebhookSecret;
  /** Seconds a delivery's timestamp may differ from `now`, either way. Default 300. */
  tolerance?: number;
  /** Clock override for tests. */
  now?: Date | (() => Date);
}

/**
 * Checks that a webhook delivery comes from Sinch and is fresh: the four
 * `x-sinch-webhook-signature*` headers are present, the algorithm is HmacSHA256, the
 * timestamp is within `tolerance`, and the signature matches in constant time. Resolves
 * when valid; otherwise rejects with a {@link WebhookVerificationError}.
 *
 * Signed string: `rawBody + "." + nonce + "." + timestamp`, HMAC-SHA256 keyed with the
 * UTF-8 webhook secret, Base64-encoded. Sinch documents this recipe for Conversation API
 * callbacks, which use the same headers; the Provisioning pages name only the headers and
 * the algorithm, so the recipe is inferred for Provisioning.
 *
 * Uses Web Crypto only, so it runs on Node 20+, Deno, Bun and edge runtimes. Replays within
 * the tolerance window are not detected: store seen nonces if that matters to you.
 */
export async function verifyWebhookSignature(options: VerifyWebhookSignatureOptions): Promise<void> {
  const body = rawBodyBytes(options.rawBody);
  const secrets = normaliseSecrets(options.secret);
  const tolerance = normaliseTolerance(options.tolerance);
  const { signature, algorithm, nonce, timestamp } = requireHeaders(options.headers);

  if (algorithm !== WEBHOOK_SIGNATURE_ALGORITHM) {
    throw new WebhookVerificationError(
      'unsupported_algorithm',
      `Unsupported signature algorithm in ${WEBHOOK_ALGORITHM_HEADER}; only ${WEBHOOK_SIGNATURE_ALGORITHM} ` +
        'is supported. If Sinch announced a new algorithm, upgrade sinch-provisioning.',
      { header: WEBHOOK_ALGORITHM_HEADER },
    );
  }
  checkTimestamp(timestamp, tolerance, nowSeconds(options.now));

  const expected = fromBase64(signature);
  const message = concatBytes(body, utf8(`.${nonce}.${timestamp}`));
  if (expected !== undefined) {
    for (const secret of secrets) {
      if (await hmacMatches(secret, message, expected)) return;
    }
  }
  throw new WebhookVerificationError(
    'signature_mismatch',
    'Webhook signature does not match. Check that `secret` is the one registered on this provisioning ' +
      'webhook (pass an array while rotating) and that you pass the raw request body, not parsed JSON ' +
      "or a re-serialised string (in Express use express.raw({ type: 'application/json' })).",
    { header: WEBHOOK_SIGNATURE_HEADER },
  );
}

function requireHeaders(headers: WebhookHeaders) {
  const read = (name: string): string => {
    const value = readHeader(headers, name);
    if (value === undefined) {
      throw new WebhookVerificationError(
        'missing_header',
        `Missing header ${name}. Pass the incoming request's headers unchanged; if a proxy sits in front ` +
          'of your server, make sure it forwards the x-sinch-webhook-signature* headers.',
        { header: name },
      );
    }
    return value;
  };
  return {
    signature: read(WEBHOOK_SIGNATURE_HEADER),
    algorithm: read(WEBHOOK_ALGORITHM_HEADER),
    nonce: read(WEBHOOK_NONCE_HEADER),
    timestamp: read(WEBHOOK_TIMESTAMP_HEADER),
  };
}

function checkTimestamp(timestamp: string, tolerance: number, now: number): void {
  const seconds = /^\d{1,15}$/.test(timestamp) ? Number(timestamp) : Number.NaN;
  if (Number.isNaN(seconds)) {
    throw new WebhookVerificationError(
      'invalid_timestamp',
      `Header ${WEBHOOK_TIMESTAMP_HEADER} must be Unix time in whole seconds. Pass the request's headers unchanged.`,
      { header: WEBHOOK_TIMESTAMP_HEADER },
    );
  }
  if (Math.abs(now - seconds) > tolerance) {
    throw new WebhookVerificationError(
      'timestamp_out_of_tolerance',
      `Webhook timestamp is more than ${tolerance} s away from the current time, so the delivery may be ` +
        "a replay. Check your server's clock (NTP) or raise `tolerance`.",
      { header: WEBHOOK_TIMESTAMP_HEADER },
    );
  }
}

// crypto.subtle.verify compares in constant time; never compare signatures with ===.
async function hmacMatches(
  secret: string,
  message: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  const key = await crypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  return crypto.subtle.verify('HMAC', key, signature, message);
}
