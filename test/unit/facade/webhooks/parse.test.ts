import { describe, expect, it } from 'vitest';
import { WEBHOOK_TRIGGERS } from '../../../../src/generated/triggers.js';
import { constructWebhookEvent, isKnownWebhookEvent, parseWebhookEvent, type WebhookEvent } from '../../../../src/facade/webhooks/index.js';
import { NOW, OTHER_SECRET, SECRET, bundleDone, expectRejection, sampleEvent, signed } from './fixtures.js';

const parseLater = (rawBody: string | Uint8Array) => Promise.resolve().then(() => parseWebhookEvent(rawBody));

describe('sign -> verify -> parse round trip', () => {
  it('covers the 39 triggers of the spec', () => {
    expect(WEBHOOK_TRIGGERS).toHaveLength(39);
  });

  it.each(WEBHOOK_TRIGGERS)('%s', async (trigger) => {
    const original = sampleEvent(trigger);
    const { body, headers } = await signed(original);
    const event = await constructWebhookEvent({ rawBody: Buffer.from(body), headers, secret: SECRET, now: NOW });
    expect(event).toEqual(original);
    // ALL subscribes to every trigger; it is never an event type itself.
    expect(isKnownWebhookEvent(event)).toBe(trigger !== 'ALL');
  });
});

describe('parseWebhookEvent', () => {
  it('parses an unknown type as a generic event instead of throwing', () => {
    const event = parseWebhookEvent('{"type":"SMS_APP_CREATED","payload":{"id":"app-1"},"comment":"new"}');
    expect(event).toEqual({ type: 'SMS_APP_CREATED', payload: { id: 'app-1' }, comment: 'new' });
    expect(isKnownWebhookEvent(event)).toBe(false);
  });

  it('parses string, Buffer and Uint8Array bodies alike', () => {
    const text = JSON.stringify(bundleDone);
    for (const rawBody of [text, Buffer.from(text), new TextEncoder().encode(text)]) {
      expect(parseWebhookEvent(rawBody)).toEqual(bundleDone);
    }
  });

  it.each([
    ['invalid JSON', '{"type":'],
    ['an empty body', ''],
    ['a JSON array', '[{"type":"BUNDLE_DONE"}]'],
    ['JSON null', 'null'],
    ['a JSON string', '"BUNDLE_DONE"'],
    ['no type', '{"payload":{}}'],
    ['a numeric type', '{"type":7,"payload":{}}'],
    ['an empty type', '{"type":"","payload":{}}'],
  ])('rejects %s with invalid_payload', async (_case, rawBody) => {
    const error = await expectRejection(parseLater(rawBody), 'invalid_payload');
    expect(error.message).toContain('provisioning event');
  });

  it('rejects bytes that are not UTF-8 with invalid_payload', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x7d]);
    await expectRejection(parseLater(bytes), 'invalid_payload');
  });
});

describe('constructWebhookEvent', () => {
  it('verifies before parsing: a forged body fails on its signature, not on its JSON', async () => {
    const { headers } = await signed();
    await expectRejection(constructWebhookEvent({ rawBody: 'not json', headers, secret: SECRET, now: NOW }), 'signature_mismatch');
  });

  it('reports invalid_payload for a correctly signed body that is not an event', async () => {
    const { body, headers } = await signed('[1,2,3]');
    await expectRejection(constructWebhookEvent({ rawBody: body, headers, secret: SECRET, now: NOW }), 'invalid_payload');
  });

  it('accepts rotated secrets and a Fetch Headers object', async () => {
    const { body, headers } = await signed();
    const event: WebhookEvent = await constructWebhookEvent({
      rawBody: body,
      headers: new Headers(headers),
      secret: [OTHER_SECRET, SECRET],
      now: NOW,
    });
    expect(event).toEqual(bundleDone);
  });
});
