// Both HMAC backends (Node's crypto, Web Crypto) against node:crypto as the oracle, the
// bounded key cache, and the canonical Base64 check against Buffer's own encoder.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fromBase64 } from '../../../../src/facade/webhooks/encoding.js';
import { SignedMessage, hmacBackend, hmacSha256Matches, setHmacBackend } from '../../../../src/facade/webhooks/hmac.js';
import { signWebhookPayload, verifyWebhookSignature } from '../../../../src/facade/webhooks/index.js';

const oracle = (secret: string, message: Uint8Array) => new Uint8Array(createHmac('sha256', Buffer.from(secret, 'utf8')).update(message).digest());
const bytes = (text: string) => new TextEncoder().encode(text);

afterEach(() => setHmacBackend('auto'));

describe.each(['auto', 'web'] as const)('HMAC backend %s', (backend) => {
  it(`is ${backend === 'auto' ? "Node's crypto on Node (20.16+)" : 'Web Crypto when forced'}`, () => {
    setHmacBackend(backend);
    const nodeCrypto = typeof (process as { getBuiltinModule?: unknown }).getBuiltinModule === 'function';
    expect(hmacBackend()).toBe(backend === 'auto' && nodeCrypto ? 'node' : 'web');
  });

  it('matches exactly the HMAC-SHA256 of body + suffix under the UTF-8 secret', async () => {
    setHmacBackend(backend);
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, unit: 'grapheme' }), fc.uint8Array(), fc.string(), fc.nat(31), async (secret, body, suffix, flip) => {
        const message = new SignedMessage(body, bytes(suffix));
        const joined = new Uint8Array([...body, ...bytes(suffix)]);
        const good = oracle(secret, joined);
        expect(await hmacSha256Matches(secret, message, good)).toBe(true);
        const bad = good.slice();
        bad[flip]! ^= 1;
        expect(await hmacSha256Matches(secret, message, bad)).toBe(false);
        expect(await hmacSha256Matches(secret, message, good.subarray(0, 31))).toBe(false);
        expect(await hmacSha256Matches(`${secret}x`, message, good)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('stays right for every secret after more secrets than the cache holds, and with rotation', async () => {
    setHmacBackend(backend);
    const secrets = Array.from({ length: 80 }, (_, i) => `whsec-cache-${i}-ü`);
    const message = new SignedMessage(bytes('{"type":"BUNDLE_DONE"}'), bytes('.n.1'));
    const joined = message.joined;
    for (const round of [0, 1]) {
      for (const [i, secret] of secrets.entries()) {
        const other = secrets[(i + 1) % secrets.length]!;
        expect(await hmacSha256Matches(secret, message, oracle(secret, joined)), `${round}/${i}`).toBe(true);
        expect(await hmacSha256Matches(other, message, oracle(secret, joined)), `${round}/${i}`).toBe(false);
      }
    }
    const { body, headers } = await signWebhookPayload({ payload: { type: 'BUNDLE_DONE' }, secret: secrets[5]! });
    await expect(verifyWebhookSignature({ rawBody: body, headers, secret: [secrets[70]!, secrets[5]!] })).resolves.toBeUndefined();
    await expect(verifyWebhookSignature({ rawBody: body, headers, secret: [secrets[70]!, secrets[6]!] })).rejects.toMatchObject({
      reason: 'signature_mismatch',
    });
  });
});

describe('fromBase64', () => {
  // Canonical when Buffer (lenient) decodes it and encodes the bytes back to the same text.
  const canonical = (text: string) => /^[A-Za-z0-9+/]*={0,2}$/.test(text) && Buffer.from(text, 'base64').toString('base64') === text;

  it('decodes canonical Base64 to the bytes Buffer gives, and refuses every other spelling', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b).toString('base64')),
          fc.uint8Array({ minLength: 1, maxLength: 40 }).chain((b) =>
            fc.tuple(fc.nat(), fc.constantFrom('A', 'B', 'Q', 'R', '=', ' ', '\n', '-', '_')).map(([at, c]) => {
              const text = Buffer.from(b).toString('base64');
              const i = at % (text.length + 1);
              return text.slice(0, i) + c + text.slice(i + 1);
            }),
          ),
          fc.string({ maxLength: 12 }),
        ),
        (text) => {
          const decoded = fromBase64(text);
          if (canonical(text)) expect(decoded && Buffer.from(decoded).equals(Buffer.from(text, 'base64'))).toBe(true);
          else expect(decoded).toBeUndefined();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses unused low bits in the last character', () => {
    expect(fromBase64('QQ==')).toEqual(new Uint8Array([0x41]));
    expect(fromBase64('QR==')).toBeUndefined();
    expect(fromBase64('QUI=')).toEqual(new Uint8Array([0x41, 0x42]));
    expect(fromBase64('QUJ=')).toBeUndefined();
    expect(fromBase64('QUI')).toBeUndefined();
  });
});
