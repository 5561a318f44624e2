import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/facade/core/errors.js';
import { verifyWebhookSignature, type WebhookHeaders } from '../../../../src/facade/webhooks/index.js';
import { HEADER_NAMES, NOW, NOW_SECONDS, OTHER_SECRET, SECRET, bundleDone, expectRejection, signed } from './fixtures.js';

const verify = (rawBody: unknown, headers: WebhookHeaders, extra: { secret?: string | string[]; tolerance?: number } = {}) =>
  verifyWebhookSignature({
    rawBody: rawBody as string,
    headers,
    secret: extra.secret ?? SECRET,
    tolerance: extra.tolerance,
    now: NOW,
  });

describe('verifyWebhookSignature: accepted deliveries', () => {
  it('accepts the body as string, Buffer, Uint8Array and ArrayBuffer', async () => {
    const { body, headers } = await signed();
    const bytes = new TextEncoder().encode(body);
    await expect(verify(body, headers)).resolves.toBeUndefined();
    await expect(verify(Buffer.from(body, 'utf8'), headers)).resolves.toBeUndefined();
    await expect(verify(bytes, headers)).resolves.toBeUndefined();
    await expect(verify(bytes.buffer, headers)).resolves.toBeUndefined();
  });

  it('reads headers from a plain object in any case, IncomingHttpHeaders arrays and Fetch Headers', async () => {
    const { body, headers } = await signed();
    const upper = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]));
    const arrays = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]]));
    await expect(verify(body, upper)).resolves.toBeUndefined();
    await expect(verify(body, arrays)).resolves.toBeUndefined();
    await expect(verify(body, new Headers(headers))).resolves.toBeUndefined();
  });

  it('accepts any matching secret while rotating', async () => {
    const { body, headers } = await signed();
    await expect(verify(body, headers, { secret: [OTHER_SECRET, SECRET] })).resolves.toBeUndefined();
    await expect(verify(body, headers, { secret: [SECRET, OTHER_SECRET] })).resolves.toBeUndefined();
  });

  it('accepts timestamps exactly `tolerance` seconds away, and takes the clock as a function', async () => {
    for (const timestamp of [NOW_SECONDS - 300, NOW_SECONDS + 300]) {
      const { body, headers } = await signed(bundleDone, { timestamp });
      await expect(verify(body, headers)).resolves.toBeUndefined();
    }
    const { body, headers } = await signed(bundleDone, { timestamp: NOW_SECONDS - 5 });
    await expectRejection(verifyWebhookSignature({ rawBody: body, headers, secret: SECRET, tolerance: 4, now: () => NOW }), 'timestamp_out_of_tolerance');
    await expect(verifyWebhookSignature({ rawBody: body, headers, secret: SECRET, tolerance: 5, now: () => NOW })).resolves.toBeUndefined();
  });
});

describe('verifyWebhookSignature: rejected deliveries', () => {
  it.each(HEADER_NAMES)('rejects a delivery without %s', async (name) => {
    const { body, headers } = await signed();
    const { [name]: _dropped, ...rest } = headers;
    await expectRejection(verify(body, rest), 'missing_header', name);
    await expectRejection(verify(body, { ...rest, [name]: '  ' }), 'missing_header', name);
    await expectRejection(verify(body, { ...rest, [name]: [] }), 'missing_header', name);
  });

  it('rejects an algorithm other than HmacSHA256', async () => {
    const { body, headers } = await signed();
    for (const algorithm of ['HmacSHA1', 'hmacsha256', 'HmacSHA512']) {
      await expectRejection(
        verify(body, { ...headers, 'x-sinch-webhook-signature-algorithm': algorithm }),
        'unsupported_algorithm',
        'x-sinch-webhook-signature-algorithm',
      );
    }
  });

  it('rejects timestamps that are not whole Unix seconds', async () => {
    const { body, headers } = await signed();
    for (const timestamp of ['abc', '1739530455.5', '-1739530455', '1e9', '0x67af1e57', '1739530455000000']) {
      await expectRejection(
        verify(body, { ...headers, 'x-sinch-webhook-signature-timestamp': timestamp }),
        'invalid_timestamp',
        'x-sinch-webhook-signature-timestamp',
      );
    }
  });

  it('rejects a timestamp 301 s in the past or in the future', async () => {
    for (const timestamp of [NOW_SECONDS - 301, NOW_SECONDS + 301]) {
      const { body, headers } = await signed(bundleDone, { timestamp });
      await expectRejection(verify(body, headers), 'timestamp_out_of_tolerance', 'x-sinch-webhook-signature-timestamp');
    }
  });

  it('honours a custom tolerance', async () => {
    const { body, headers } = await signed(bundleDone, { timestamp: NOW_SECONDS - 11 });
    await expectRejection(verify(body, headers, { tolerance: 10 }), 'timestamp_out_of_tolerance');
    await expect(verify(body, headers, { tolerance: 11 })).resolves.toBeUndefined();
  });

  it('rejects a tampered body, nonce or timestamp', async () => {
    const { body, headers } = await signed();
    await expectRejection(verify(body.replace('DONE', 'FAIL'), headers), 'signature_mismatch', 'x-sinch-webhook-signature');
    await expectRejection(verify(`${body} `, headers), 'signature_mismatch');
    await expectRejection(
      verify(body, { ...headers, 'x-sinch-webhook-signature-nonce': `X${headers['x-sinch-webhook-signature-nonce']}` }),
      'signature_mismatch',
    );
    await expectRejection(verify(body, { ...headers, 'x-sinch-webhook-signature-timestamp': String(NOW_SECONDS + 1) }), 'signature_mismatch');
  });

  it('rejects a wrong secret and rotated secrets that all differ', async () => {
    const { body, headers } = await signed();
    await expectRejection(verify(body, headers, { secret: OTHER_SECRET }), 'signature_mismatch');
    await expectRejection(verify(body, headers, { secret: [OTHER_SECRET, `${SECRET}x`] }), 'signature_mismatch');
  });

  it('rejects re-serialised JSON: only the raw bytes verify', async () => {
    const { body, headers } = await signed();
    await expectRejection(verify(JSON.stringify(JSON.parse(body), null, 2), headers), 'signature_mismatch');
  });

  it('rejects signatures that are not canonical Base64 of the right bytes', async () => {
    const { body, headers } = await signed();
    const signature = headers['x-sinch-webhook-signature'] ?? '';
    // The last character before "=" carries 2 unused bits: flipping them decodes to the same bytes.
    const last = signature.at(-2) ?? '';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const sameBytes = alphabet[alphabet.indexOf(last) ^ 1] ?? '';
    const variants = [
      `${signature.slice(0, -2) + sameBytes}=`,
      signature.slice(0, -1),
      `${signature.slice(0, 10)} ${signature.slice(10)}`,
      signature.replaceAll('+', '-').replaceAll('/', '_'),
      signature.slice(0, 20),
      'not base64!',
    ].filter((v) => v !== signature);
    expect(variants.length).toBeGreaterThanOrEqual(5);
    for (const variant of variants) {
      await expectRejection(verify(body, { ...headers, 'x-sinch-webhook-signature': variant }), 'signature_mismatch');
    }
  });

  it('rejects duplicated signature and timestamp headers', async () => {
    const { body, headers } = await signed();
    const signature = headers['x-sinch-webhook-signature'] ?? '';
    await expectRejection(verify(body, { ...headers, 'x-sinch-webhook-signature': [signature, signature] }), 'signature_mismatch');
    await expectRejection(verify(body, { ...headers, 'x-sinch-webhook-signature-timestamp': [String(NOW_SECONDS), String(NOW_SECONDS)] }), 'invalid_timestamp');
  });

  it('checks headers, then algorithm, then timestamp, then signature', async () => {
    const { body, headers } = await signed();
    const { 'x-sinch-webhook-signature-nonce': _nonce, ...noNonce } = headers;
    const badAlgorithm = { 'x-sinch-webhook-signature-algorithm': 'HmacSHA1' };
    const badTimestamp = { 'x-sinch-webhook-signature-timestamp': String(NOW_SECONDS - 1000) };
    const badSignature = { 'x-sinch-webhook-signature': 'AAAA' };
    await expectRejection(verify(body, { ...noNonce, ...badAlgorithm, ...badTimestamp, ...badSignature }), 'missing_header');
    await expectRejection(verify(body, { ...headers, ...badAlgorithm, ...badTimestamp, ...badSignature }), 'unsupported_algorithm');
    await expectRejection(verify(body, { ...headers, ...badTimestamp, ...badSignature }), 'timestamp_out_of_tolerance');
    await expectRejection(verify(body, { ...headers, ...badSignature }), 'signature_mismatch');
  });

  it('refuses parsed JSON instead of the raw body, saying how to fix it', async () => {
    const { headers } = await signed();
    for (const parsed of [bundleDone, undefined, null, 42]) {
      const error = await expectRejection(verify(parsed, headers), 'invalid_raw_body');
      expect(error.message).toContain('raw request body');
      expect(error.message).toContain("express.raw({ type: 'application/json' })");
    }
  });

  it('never puts the secret or the signature into messages', async () => {
    const { body, headers } = await signed();
    const signature = headers['x-sinch-webhook-signature'] ?? '';
    const errors = [
      await expectRejection(verify(body, headers, { secret: OTHER_SECRET }), 'signature_mismatch'),
      await expectRejection(verify('{}', headers), 'signature_mismatch'),
      await expectRejection(verify(body, { ...headers, 'x-sinch-webhook-signature-timestamp': '1' }), 'timestamp_out_of_tolerance'),
    ];
    for (const error of errors) {
      const everything = `${error.message} ${String(error.stack)} ${JSON.stringify(error)}`;
      for (const secret of [SECRET, OTHER_SECRET, signature]) expect(everything).not.toContain(secret);
    }
    expect(JSON.parse(JSON.stringify(errors[0]))).toEqual({
      name: 'WebhookVerificationError',
      message: errors[0]?.message,
      reason: 'signature_mismatch',
      header: 'x-sinch-webhook-signature',
    });
  });
});

describe('verifyWebhookSignature: configuration errors', () => {
  it('rejects an empty secret or an empty rotation list as a ConfigurationError, not a bad delivery', async () => {
    const { body, headers } = await signed();
    for (const secret of ['', [] as string[], [SECRET, '']]) {
      const error = await verifyWebhookSignature({ rawBody: body, headers, secret, now: NOW }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ name: 'ConfigurationError', option: 'secret' });
    }
  });

  it('rejects a negative or non-finite tolerance', async () => {
    const { body, headers } = await signed();
    for (const tolerance of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = await verifyWebhookSignature({ rawBody: body, headers, secret: SECRET, tolerance, now: NOW }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ name: 'ConfigurationError', option: 'tolerance' });
    }
  });
});
