/** The four headers Sinch puts on every provisioning webhook delivery. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-sinch-webhook-signature';
export const WEBHOOK_ALGORITHM_HEADER = 'x-sinch-webhook-signature-algorithm';
export const WEBHOOK_NONCE_HEADER = 'x-sinch-webhook-signature-nonce';
export const WEBHOOK_TIMESTAMP_HEADER = 'x-sinch-webhook-signature-timestamp';

/** The only algorithm Sinch announces in `x-sinch-webhook-signature-algorithm`. */
export const WEBHOOK_SIGNATURE_ALGORITHM = 'HmacSHA256';

/**
 * Request headers in any of the shapes servers hand out: a Fetch `Headers`, Node's
 * `IncomingHttpHeaders` (values may be arrays) or a plain object with keys in any case.
 */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

function isFetchHeaders(headers: WebhookHeaders): headers is Headers {
  return typeof (headers as { get?: unknown }).get === 'function';
}

/**
 * Returns one header value, or undefined when absent or blank. Repeated values (arrays, or
 * keys differing only in case) are joined with ", " as Node and Fetch do for duplicates, so
 * a duplicated signature header cannot match and a duplicated timestamp does not parse.
 */
export function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  return readHeaders(headers, [name])[0];
}

/** {@link readHeader} for several lower-case names, in one pass over a plain object. */
export function readHeaders(headers: WebhookHeaders, names: readonly string[]): (string | undefined)[] {
  if (isFetchHeaders(headers)) return names.map((name) => clean(headers.get(name) ?? ''));
  const found: string[][] = names.map(() => []);
  for (const key in headers) {
    if (!Object.hasOwn(headers, key)) continue;
    const at = names.indexOf(key.toLowerCase());
    const value = at < 0 ? undefined : headers[key];
    if (value === undefined) continue;
    if (typeof value === 'string') found[at]!.push(value);
    else found[at]!.push(...value);
  }
  return found.map((values) => clean(values.join(', ')));
}

function clean(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
