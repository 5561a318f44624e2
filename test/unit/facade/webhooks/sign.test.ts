import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/facade/core/errors.js';
import { signWebhookPayload, verifyWebhookSignature } from '../../../../src/facade/webhooks/index.js';
import { NONCE, NOW, NOW_SECONDS, SECRET, bundleDone } from './fixtures.js';

// Computed outside this code base (Python hmac/hashlib/base64) over
// body + ".01EAW2BNWCG9DC13RS582V0ZQ3.1592227387" with the key below; note the non-ASCII text.
const VECTOR = {
  body: '{"type":"WHATSAPP_TEMPLATE_APPROVED","payload":{"id":"tpl-1","name":"café ☕"}}',
  secret: 's3cr3t-ü',
  nonce: '01EAW2BNWCG9DC13RS582V0ZQ3',
  timestamp: 1592227387,
  signature: 'Xpwmsb/a2gBPDTzogEtL4RhzKgV/268NE3Qnx4ZNyyU=',
};

const nodeSignature = (secret: string, body: string, nonce: string, timestamp: string) =>
  createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${body}.${nonce}.${timestamp}`, 'utf8').digest('base64');

describe('signWebhookPayload', () => {
  it('matches an independently computed test vector', async () => {
    const { body, headers } = await signWebhookPayload({
      payload: VECTOR.body,
      secret: VECTOR.secret,
      nonce: VECTOR.nonce,
      timestamp: VECTOR.timestamp,
    });
    expect(body).toBe(VECTOR.body);
    expect(headers).toEqual({
      'content-type': 'application/json',
      'x-sinch-webhook-signature': VECTOR.signature,
      'x-sinch-webhook-signature-algorithm': 'HmacSHA256',
      'x-sinch-webhook-signature-nonce': VECTOR.nonce,
      'x-sinch-webhook-signature-timestamp': '1592227387',
    });
    expect(nodeSignature(VECTOR.secret, VECTOR.body, VECTOR.nonce, '1592227387')).toBe(VECTOR.signature);
  });

  it('matches node:crypto createHmac for an object payload, signing JSON.stringify of it', async () => {
    const { body, headers } = await signWebhookPayload({
      payload: bundleDone,
      secret: SECRET,
      nonce: NONCE,
      timestamp: NOW,
    });
    expect(body).toBe(JSON.stringify(bundleDone));
    expect(headers['x-sinch-webhook-signature-timestamp']).toBe(String(NOW_SECONDS));
    expect(headers['x-sinch-webhook-signature']).toBe(nodeSignature(SECRET, body, NONCE, String(NOW_SECONDS)));
  });

  it('verifies a delivery signed with node:crypto, independent of signWebhookPayload', async () => {
    const headers = {
      'x-sinch-webhook-signature': nodeSignature(VECTOR.secret, VECTOR.body, VECTOR.nonce, String(VECTOR.timestamp)),
      'x-sinch-webhook-signature-algorithm': 'HmacSHA256',
      'x-sinch-webhook-signature-nonce': VECTOR.nonce,
      'x-sinch-webhook-signature-timestamp': String(VECTOR.timestamp),
    };
    const now = new Date(VECTOR.timestamp * 1000);
    await expect(verifyWebhookSignature({ rawBody: VECTOR.body, headers, secret: VECTOR.secret, now })).resolves.toBeUndefined();
  });

  it('defaults to the current time and a fresh 26-character nonce', async () => {
    const before = Math.floor(Date.now() / 1000);
    const first = await signWebhookPayload({ payload: bundleDone, secret: SECRET });
    const second = await signWebhookPayload({ payload: bundleDone, secret: SECRET });
    const after = Math.floor(Date.now() / 1000);
    const timestamp = Number(first.headers['x-sinch-webhook-signature-timestamp']);
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(after);
    expect(first.headers['x-sinch-webhook-signature-nonce']).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(first.headers['x-sinch-webhook-signature-nonce']).not.toBe(second.headers['x-sinch-webhook-signature-nonce']);
    await expect(verifyWebhookSignature({ rawBody: first.body, headers: first.headers, secret: SECRET })).resolves.toBeUndefined();
  });

  it('refuses millisecond, fractional and negative timestamps, empty secrets and unserialisable payloads', async () => {
    const bad: Array<[Parameters<typeof signWebhookPayload>[0], string]> = [
      [{ payload: bundleDone, secret: SECRET, timestamp: NOW.getTime() }, 'timestamp'],
      [{ payload: bundleDone, secret: SECRET, timestamp: 1.5 }, 'timestamp'],
      [{ payload: bundleDone, secret: SECRET, timestamp: -1 }, 'timestamp'],
      [{ payload: bundleDone, secret: '' }, 'secret'],
      [{ payload: undefined, secret: SECRET }, 'payload'],
    ];
    for (const [options, option] of bad) {
      const error = await signWebhookPayload(options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ name: 'ConfigurationError', option });
    }
  });
});
