// One webhook-verification measurement in a fresh process (bench/verify.ts starts it):
//   node [--import ./hide-node-crypto.mjs] bench/verify-worker.mjs <dist/index.js> <mode> <ms>
// mode: sdk (verifyWebhookSignature from the built package), floor-node (a hand-written
// node:crypto HMAC + timingSafeEqual), floor-webcrypto (hand-written Web Crypto with the key
// imported once). Prints {"sequential": n/s, "concurrent": n/s, "crypto": ...}.
import { performance } from 'node:perf_hooks';

const [entry, mode, msArg] = process.argv.slice(2);
const ms = Number(msArg ?? 1500);
const sdk = await import(entry);
const secret = 'whsec-bench-0123456789abcdef';
const payload = { type: 'WHATSAPP_TEMPLATE_APPROVED', payload: { id: 't1', text: 'x'.repeat(1900) } };
const { body, headers } = await sdk.signWebhookPayload({ payload, secret });
const rawBody = Buffer.from(body);
const message = (h) => `${body}.${h['x-sinch-webhook-signature-nonce']}.${h['x-sinch-webhook-signature-timestamp']}`;

let verify;
if (mode === 'sdk') {
  verify = () => sdk.verifyWebhookSignature({ rawBody, headers, secret });
} else if (mode === 'floor-node') {
  const { createHmac, timingSafeEqual } = await import('node:crypto');
  const expected = Buffer.from(headers['x-sinch-webhook-signature'], 'base64');
  verify = async () => {
    const mac = createHmac('sha256', secret).update(message(headers)).digest();
    if (!timingSafeEqual(mac, expected)) throw new Error('mismatch');
  };
} else if (mode === 'floor-webcrypto') {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const signature = Buffer.from(headers['x-sinch-webhook-signature'], 'base64');
  verify = async () => {
    if (!(await crypto.subtle.verify('HMAC', key, signature, new TextEncoder().encode(message(headers))))) throw new Error('mismatch');
  };
} else throw new Error(`unknown mode ${mode}`);

// The floors sign the same message the SDK signs; check that before timing anything.
await verify();

async function rate(batch) {
  for (let i = 0; i < 300; i++) await verify();
  let n = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    if (batch === 1) for (let i = 0; i < 200; i++) await verify();
    else await Promise.all(Array.from({ length: batch }, verify));
    n += batch === 1 ? 200 : batch;
  }
  return Math.round((n * 1000) / (performance.now() - started));
}
const sequential = await rate(1);
const concurrent = await rate(64);
process.stdout.write(`${JSON.stringify({ bodyBytes: rawBody.length, sequential, concurrent })}\n`);
