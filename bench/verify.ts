import { performance } from 'node:perf_hooks';
import { signWebhookPayload, verifyWebhookSignature } from '../src/index.js';

/** verifyWebhookSignature on a signed 2 kB body, sequentially, for `ms` milliseconds after a warm-up. */
export async function verification(ms = 2000): Promise<{ bodyBytes: number; verificationsPerSecond: number }> {
  const secret = 'whsec-bench-0123456789abcdef';
  const payload = { type: 'WHATSAPP_TEMPLATE_APPROVED', payload: { id: 't1', text: 'x'.repeat(1900) } };
  const { body, headers } = await signWebhookPayload({ payload, secret });
  const rawBody = Buffer.from(body);
  for (let i = 0; i < 500; i++) await verifyWebhookSignature({ rawBody, headers, secret });
  let n = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 200; i++) await verifyWebhookSignature({ rawBody, headers, secret });
    n += 200;
    elapsed = performance.now() - started;
  }
  return { bodyBytes: rawBody.length, verificationsPerSecond: Math.round((n * 1000) / elapsed) };
}
