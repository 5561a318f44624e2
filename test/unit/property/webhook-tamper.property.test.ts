import fc from 'fast-check';
import { describe, it } from 'vitest';
import { signWebhookPayload, verifyWebhookSignature } from '../../../src/facade/webhooks/index.js';
import { NOW, NOW_SECONDS, SECRET, expectRejection, signed } from '../facade/webhooks/fixtures.js';

/**
 * Extends test/unit/facade/webhooks/verify.property.test.ts (single-byte substitutions in the
 * body and single-character changes of the signature header) with the other ways a delivery
 * can be tampered with: the nonce, the timestamp, inserted or deleted body bytes, a wrong
 * secret; and the round trip that must keep working for any payload and secret.
 */

const NONCE = 'x-sinch-webhook-signature-nonce';
const TIMESTAMP = 'x-sinch-webhook-signature-timestamp';
const printable = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));

describe('webhook signature tamper properties', () => {
  it('rejects any single-character change of the nonce', async () => {
    const { body, headers } = await signed();
    const nonce = headers[NONCE] ?? '';
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: nonce.length - 1 }), printable, async (at, char) => {
        fc.pre(nonce[at] !== char);
        const changed = nonce.slice(0, at) + char + nonce.slice(at + 1);
        await expectRejection(
          verifyWebhookSignature({ rawBody: body, headers: { ...headers, [NONCE]: changed }, secret: SECRET, now: NOW }),
          'signature_mismatch',
        );
      }),
      { numRuns: 200 },
    );
  });

  it('rejects any other timestamp inside the tolerance, including the same instant spelt with leading zeros', async () => {
    const { body, headers } = await signed();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .integer({ min: -300, max: 300 })
            .filter((d) => d !== 0)
            .map((d) => String(NOW_SECONDS + d)),
          fc.integer({ min: 1, max: 3 }).map((n) => `${'0'.repeat(n)}${NOW_SECONDS}`),
        ),
        async (timestamp) => {
          await expectRejection(
            verifyWebhookSignature({ rawBody: body, headers: { ...headers, [TIMESTAMP]: timestamp }, secret: SECRET, now: NOW }),
            'signature_mismatch',
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects a body with one byte inserted or deleted anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 200 }),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        fc.boolean(),
        async (text, at, byte, insert) => {
          const { body, headers } = await signed(text);
          const bytes = new TextEncoder().encode(body);
          const i = at % (bytes.length + (insert ? 1 : 0));
          const changed = insert
            ? new Uint8Array([...bytes.subarray(0, i), byte, ...bytes.subarray(i)])
            : new Uint8Array([...bytes.subarray(0, i), ...bytes.subarray(i + 1)]);
          await expectRejection(verifyWebhookSignature({ rawBody: changed, headers, secret: SECRET, now: NOW }), 'signature_mismatch');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects every secret but the one that signed, alone or as a rotation list', async () => {
    const { body, headers } = await signed();
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.string({ minLength: 1, maxLength: 64 }).filter((s) => s !== SECRET),
          { minLength: 1, maxLength: 3 },
        ),
        async (wrong) => {
          await expectRejection(verifyWebhookSignature({ rawBody: body, headers, secret: wrong, now: NOW }), 'signature_mismatch');
          await expectRejection(verifyWebhookSignature({ rawBody: body, headers, secret: wrong[0] ?? 'x', now: NOW }), 'signature_mismatch');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('accepts what signWebhookPayload signed, for any payload text and secret, with the secret anywhere in a rotation list', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ minLength: 1, maxLength: 64 }),
        fc.array(fc.string({ minLength: 1, maxLength: 16 }), { maxLength: 2 }),
        async (payload, secret, others) => {
          const { body, headers } = await signWebhookPayload({ payload, secret, timestamp: NOW_SECONDS });
          await verifyWebhookSignature({ rawBody: body, headers, secret, now: NOW });
          await verifyWebhookSignature({ rawBody: new TextEncoder().encode(body), headers, secret: [...others, secret], now: NOW });
        },
      ),
      { numRuns: 100 },
    );
  });
});
