import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signWebhookPayload, verifyWebhookSignature } from '../../../../src/facade/webhooks/index.js';
import { NOW, SECRET, bundleDone } from './fixtures.js';

const SRC = fileURLToPath(new URL('../../../../src/facade/webhooks/', import.meta.url));

describe('webhooks run outside Node (Deno, Bun, edge)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('imports no Node built-in and uses no Buffer', () => {
    const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'));
    expect(files).toContain('verify.ts');
    for (const file of files) {
      const code = readFileSync(SRC + file, 'utf8');
      expect(code, file).not.toMatch(/from ['"](node:)?(crypto|buffer|fs|http|util)['"]/);
      expect(code, file).not.toMatch(/\bBuffer\s*\.|new Buffer\b|globalThis\.Buffer/);
    }
  });

  it('signs and verifies with Buffer and require gone', async () => {
    vi.stubGlobal('Buffer', undefined);
    vi.stubGlobal('require', undefined);
    const { body, headers } = await signWebhookPayload({ payload: bundleDone, secret: SECRET, timestamp: NOW });
    const rawBody = new TextEncoder().encode(body);
    await expect(verifyWebhookSignature({ rawBody, headers, secret: SECRET, now: NOW })).resolves.toBeUndefined();
  });
});
