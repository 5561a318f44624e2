import fc from 'fast-check';
import { describe, it } from 'vitest';
import { verifyWebhookSignature } from '../../../../src/facade/webhooks/index.js';
import { NOW, SECRET, expectRejection, signed } from './fixtures.js';

const SIGNATURE = 'x-sinch-webhook-signature';

describe('verifyWebhookSignature properties', () => {
  it('rejects any single-byte change of the body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }), fc.nat(), fc.integer({ min: 1, max: 255 }), async (text, at, flip) => {
        const { body, headers } = await signed(text);
        const bytes = new TextEncoder().encode(body);
        await verifyWebhookSignature({ rawBody: bytes, headers, secret: SECRET, now: NOW });
        const index = at % bytes.length;
        bytes[index] = (bytes[index] ?? 0) ^ flip;
        await expectRejection(verifyWebhookSignature({ rawBody: bytes, headers, secret: SECRET, now: NOW }), 'signature_mismatch');
      }),
      { numRuns: 300 },
    );
  });

  it('rejects any single-character change of the signature header', async () => {
    const { body, headers } = await signed();
    const signature = headers[SIGNATURE] ?? '';
    await verifyWebhookSignature({ rawBody: body, headers, secret: SECRET, now: NOW });
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: signature.length - 1 }), fc.integer({ min: 0x20, max: 0x7e }), async (index, code) => {
        fc.pre(signature.charCodeAt(index) !== code);
        const changed = signature.slice(0, index) + String.fromCharCode(code) + signature.slice(index + 1);
        await expectRejection(
          verifyWebhookSignature({
            rawBody: body,
            headers: { ...headers, [SIGNATURE]: changed },
            secret: SECRET,
            now: NOW,
          }),
          'signature_mismatch',
        );
      }),
      { numRuns: 500 },
    );
  });
});
