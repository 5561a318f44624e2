import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Webhook verification throughput of a 2 kB body, each figure from a fresh process importing
 * the built package (dist/index.js, as installed): sequential (one await after the other) and
 * concurrent (batches of 64). `sdk` is verifyWebhookSignature as Node runs it; `sdk, Web
 * Crypto` the same with node:crypto hidden from the package (bench/hide-node-crypto.mjs), the
 * path edge runtimes take; the two floors are hand-written HMAC checks with nothing else.
 */
export interface VerificationResult {
  bodyBytes: number;
  /** verifications per second */
  perSecond: Record<string, { sequential: number; concurrent: number }>;
}

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

export function verification(distEntry: string, ms: number): VerificationResult {
  const runs: [string, string, string[]][] = [
    ['sdk (Node)', 'sdk', []],
    ['sdk, Web Crypto (node:crypto hidden)', 'sdk', ['--import', here('./hide-node-crypto.mjs')]],
    ['floor: node:crypto createHmac', 'floor-node', []],
    ['floor: Web Crypto, key imported once', 'floor-webcrypto', []],
  ];
  const perSecond: VerificationResult['perSecond'] = {};
  let bodyBytes = 0;
  for (const [name, mode, flags] of runs) {
    const r = spawnSync(process.execPath, [...flags, here('./verify-worker.mjs'), distEntry, mode, String(ms)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`verify-worker ${mode}: ${r.stderr}`);
    const out = JSON.parse(r.stdout) as { bodyBytes: number; sequential: number; concurrent: number };
    bodyBytes = out.bodyBytes;
    perSecond[name] = { sequential: out.sequential, concurrent: out.concurrent };
  }
  return { bodyBytes, perSecond };
}
