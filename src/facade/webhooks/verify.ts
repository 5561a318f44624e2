import { WebhookVerificationError } from './errors.js';
import { checkRawBody, fromBase64, utf8, type WebhookRawBody } from './encoding.js';
import { SignedMessage, hmacSha256Matches } from './hmac.js';
import {
  WEBHOOK_ALGORITHM_HEADER,
  WEBHOOK_NONCE_HEADER,
  WEBHOOK_SIGNATURE_ALGORITHM,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  readHeaders,
  type WebhookHeaders,
} from './headers.js';
import { normalizeSecrets, normalizeTolerance, nowSeconds, type WebhookSecret } from './options.js';

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
 * Runs on Node 20+, Deno, Bun and edge runtimes: Node's own crypto where the runtime offers it
 * without an import, Web Crypto elsewhere (keys are cached per secret). Replays within the
 * tolerance window are not detected: store seen nonces if that matters to you.
 */
export async function verifyWebhookSignature(options: VerifyWebhookSignatureOptions): Promise<void> {
  const { rawBody } = options;
  checkRawBody(rawBody);
  const secrets = normalizeSecrets(options.secret);
  const tolerance = normalizeTolerance(options.tolerance);
  const delivery = checkDeliveryHeaders(options.headers, tolerance, nowSeconds(options.now));
  // The body is not copied here: at most once, by the HMAC backend that needs one array.
  const body = typeof rawBody === 'string' ? utf8(rawBody) : rawBody instanceof Uint8Array ? rawBody : new Uint8Array(rawBody);
  await verifySignedMessage(new SignedMessage(body, utf8(signedSuffix(delivery))), delivery.signature, secrets);
}

/** The signature headers of a delivery, once checked. */
export interface DeliveryHeaders {
  signature: string;
  nonce: string;
  timestamp: string;
}

/**
 * Checks what can be checked before the body is read: the four headers are there, the
 * algorithm is HmacSHA256 and the timestamp is within `tolerance` of `now` (Unix seconds).
 */
export function checkDeliveryHeaders(headers: WebhookHeaders, tolerance: number, now: number): DeliveryHeaders {
  const { signature, algorithm, nonce, timestamp } = requireHeaders(headers);
  if (algorithm !== WEBHOOK_SIGNATURE_ALGORITHM) {
    throw new WebhookVerificationError(
      'unsupported_algorithm',
      `Unsupported signature algorithm in ${WEBHOOK_ALGORITHM_HEADER}; only ${WEBHOOK_SIGNATURE_ALGORITHM} ` +
        'is supported. If Sinch announced a new algorithm, upgrade sinch-provisioning.',
      { header: WEBHOOK_ALGORITHM_HEADER },
    );
  }
  checkTimestamp(timestamp, tolerance, now);
  return { signature, nonce, timestamp };
}

/** What follows the body in the signed message. */
export function signedSuffix(delivery: DeliveryHeaders): string {
  return `.${delivery.nonce}.${delivery.timestamp}`;
}

/** Resolves when the signature is valid for `message` under any of `secrets` (rotation). */
export async function verifySignedMessage(message: SignedMessage, signature: string, secrets: readonly string[]): Promise<void> {
  const expected = fromBase64(signature);
  if (expected !== undefined) {
    for (const secret of secrets) {
      if (await hmacSha256Matches(secret, message, expected)) return;
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

const SIGNATURE_HEADERS = [WEBHOOK_SIGNATURE_HEADER, WEBHOOK_ALGORITHM_HEADER, WEBHOOK_NONCE_HEADER, WEBHOOK_TIMESTAMP_HEADER];

function requireHeaders(headers: WebhookHeaders) {
  const values = readHeaders(headers, SIGNATURE_HEADERS);
  SIGNATURE_HEADERS.forEach((name, i) => {
    if (values[i] !== undefined) return;
    throw new WebhookVerificationError(
      'missing_header',
      `Missing header ${name}. Pass the incoming request's headers unchanged; if a proxy sits in front ` +
        'of your server, make sure it forwards the x-sinch-webhook-signature* headers.',
      { header: name },
    );
  });
  const [signature, algorithm, nonce, timestamp] = values as string[];
  return { signature: signature!, algorithm: algorithm!, nonce: nonce!, timestamp: timestamp! };
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
