import { describe, expect, it, vi } from 'vitest';
import { WEBHOOK_TRIGGERS } from '../../../../src/generated/triggers.js';
import { ConfigurationError } from '../../../../src/facade/core/errors.js';
import {
  WebhookVerificationError,
  createWebhookHandler,
  type CreateWebhookHandlerOptions,
  type WebhookEventHandlers,
} from '../../../../src/facade/webhooks/index.js';
import { NOW, NOW_SECONDS, OTHER_SECRET, SECRET, bundleDone, sampleEvent, signed } from './fixtures.js';

const URL = 'https://example.test/webhooks/sinch';

async function deliver(options: Partial<CreateWebhookHandlerOptions>, delivery: { body: string; headers: Record<string, string> }, method = 'POST') {
  const handler = createWebhookHandler({ secret: SECRET, on: {}, now: () => NOW, ...options });
  const init: RequestInit = method === 'GET' ? { method, headers: delivery.headers } : { method, ...delivery };
  const response = await handler(new Request(URL, init));
  return { status: response.status, text: await response.text(), contentType: response.headers.get('content-type') };
}

describe('createWebhookHandler', () => {
  it('answers 200 and calls only the callback of the trigger, with the parsed event', async () => {
    const onBundle = vi.fn();
    const onTemplate = vi.fn();
    const onUnknown = vi.fn();
    const result = await deliver({ on: { BUNDLE_DONE: onBundle, WHATSAPP_TEMPLATE_APPROVED: onTemplate }, onUnknown }, await signed());
    expect(result).toEqual({ status: 200, text: '{"received":true}', contentType: 'application/json' });
    expect(onBundle).toHaveBeenCalledTimes(1);
    expect(onBundle).toHaveBeenCalledWith(bundleDone);
    expect(onTemplate).not.toHaveBeenCalled();
    expect(onUnknown).not.toHaveBeenCalled();
  });

  it('dispatches every trigger to its own callback, and ALL or unknown types to onUnknown', async () => {
    const calls: string[] = [];
    const on = Object.fromEntries(
      WEBHOOK_TRIGGERS.filter((t) => t !== 'ALL').map((t) => [t, (event: { type: string }) => calls.push(`${t}:${event.type}`)]),
    ) as WebhookEventHandlers;
    const onUnknown = (event: { type: string }) => calls.push(`unknown:${event.type}`);
    for (const trigger of [...WEBHOOK_TRIGGERS, 'SMS_APP_CREATED']) {
      const result = await deliver({ on, onUnknown }, await signed(sampleEvent(trigger)));
      expect(result.status).toBe(200);
    }
    const expected = WEBHOOK_TRIGGERS.map((t) => (t === 'ALL' ? 'unknown:ALL' : `${t}:${t}`));
    expect(calls).toEqual([...expected, 'unknown:SMS_APP_CREATED']);
  });

  it('acknowledges events without a callback so that Sinch does not retry them', async () => {
    expect((await deliver({ on: {} }, await signed())).status).toBe(200);
    expect((await deliver({ on: {} }, await signed(sampleEvent('SMS_APP_CREATED')))).status).toBe(200);
  });

  it('waits for an async callback before answering', async () => {
    let finished = false;
    const on = {
      BUNDLE_DONE: async () => {
        await new Promise((r) => setTimeout(r, 5));
        finished = true;
      },
    };
    const result = await deliver({ on }, await signed());
    expect(result.status).toBe(200);
    expect(finished).toBe(true);
  });

  it('answers 401 with the reason for deliveries that fail verification, without calling back', async () => {
    const good = await signed();
    const { 'x-sinch-webhook-signature-nonce': _nonce, ...noNonce } = good.headers;
    const cases: Array<[string, { body: string; headers: Record<string, string> }]> = [
      ['signature_mismatch', { body: good.body.replace('DONE', 'FAILED'), headers: good.headers }],
      ['signature_mismatch', await signed(bundleDone, { secret: OTHER_SECRET })],
      ['missing_header', { body: good.body, headers: noNonce }],
      ['unsupported_algorithm', { body: good.body, headers: { ...good.headers, 'x-sinch-webhook-signature-algorithm': 'HmacSHA1' } }],
      ['invalid_timestamp', { body: good.body, headers: { ...good.headers, 'x-sinch-webhook-signature-timestamp': 'yesterday' } }],
      ['timestamp_out_of_tolerance', await signed(bundleDone, { timestamp: NOW_SECONDS - 301 })],
    ];
    for (const [reason, delivery] of cases) {
      const onBundle = vi.fn();
      const onError = vi.fn();
      const result = await deliver({ on: { BUNDLE_DONE: onBundle }, onError }, delivery);
      expect(result).toEqual({ status: 401, text: JSON.stringify({ error: reason }), contentType: 'application/json' });
      expect(onBundle).not.toHaveBeenCalled();
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(WebhookVerificationError);
    }
  });

  it('honours tolerance', async () => {
    const delivery = await signed(bundleDone, { timestamp: NOW_SECONDS - 20 });
    expect((await deliver({ tolerance: 19 }, delivery)).status).toBe(401);
    expect((await deliver({ tolerance: 20 }, delivery)).status).toBe(200);
  });

  it('answers 400 for a correctly signed body that is not an event', async () => {
    for (const body of ['{"payload":{}}', 'not json', '[]']) {
      const result = await deliver({}, await signed(body));
      expect(result).toEqual({ status: 400, text: '{"error":"invalid_payload"}', contentType: 'application/json' });
    }
  });

  it('answers 500 without details when a callback throws or rejects, and reports the error', async () => {
    const failure = new Error(`database down; secret=${SECRET}`);
    for (const callback of [
      () => {
        throw failure;
      },
      () => Promise.reject(failure),
    ]) {
      const onError = vi.fn();
      const result = await deliver({ on: { BUNDLE_DONE: callback }, onError }, await signed());
      expect(result).toEqual({ status: 500, text: '{"error":"handler_error"}', contentType: 'application/json' });
      expect(onError).toHaveBeenCalledWith(failure, expect.any(Request));
    }
  });

  it('keeps its answer when onError itself throws', async () => {
    const onError = () => {
      throw new Error('logger broken');
    };
    expect((await deliver({ onError }, await signed(bundleDone, { secret: OTHER_SECRET }))).status).toBe(401);
    expect(
      (
        await deliver(
          {
            onError,
            on: {
              BUNDLE_DONE: () => {
                throw new Error('x');
              },
            },
          },
          await signed(),
        )
      ).status,
    ).toBe(500);
  });

  it('answers 405 to anything but POST', async () => {
    const result = await deliver({}, await signed(), 'GET');
    expect(result).toEqual({ status: 405, text: '{"error":"method_not_allowed"}', contentType: 'application/json' });
  });

  it('accepts a delivery signed with any of the rotated secrets', async () => {
    const result = await deliver({ secret: [OTHER_SECRET, SECRET] }, await signed());
    expect(result.status).toBe(200);
  });

  it('never echoes the secret or the signature in any answer', async () => {
    const good = await signed();
    const signature = good.headers['x-sinch-webhook-signature'] ?? '';
    const answers = [
      await deliver({}, good),
      await deliver({ secret: OTHER_SECRET }, good),
      await deliver({}, { body: good.body, headers: { ...good.headers, 'x-sinch-webhook-signature': 'AAAA' } }),
      await deliver({}, await signed('{}')),
      await deliver(
        {
          on: {
            BUNDLE_DONE: () => {
              throw new Error(SECRET);
            },
          },
        },
        good,
      ),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 401, 401, 400, 500]);
    for (const { text } of answers) {
      for (const secret of [SECRET, OTHER_SECRET, signature]) expect(text).not.toContain(secret);
    }
  });

  it('fails at creation on a bad configuration, not on the first delivery', () => {
    const attempts = [
      ['secret', () => createWebhookHandler({ secret: '', on: {} })],
      ['secret', () => createWebhookHandler({ secret: [], on: {} })],
      ['tolerance', () => createWebhookHandler({ secret: SECRET, tolerance: -5, on: {} })],
    ] as const;
    for (const [option, attempt] of attempts) {
      expect(attempt).toThrow(ConfigurationError);
      expect(() => attempt()).toThrow(expect.objectContaining({ option }));
    }
  });
});
