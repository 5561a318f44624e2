// HTTP Basic without Node's Buffer (edge runtimes have none): base64 over the UTF-8 bytes,
// checked against Buffer as the oracle, and a whole client call with Buffer gone.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Provisioning } from '../../../../src/facade/client.js';
import { BasicAuth, basicHeader } from '../../../../src/facade/internal/auth.js';
import { json, scriptedFetch } from '../helpers.js';

const oracle = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`, 'utf8').toString('base64')}`;

describe('basicHeader', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('encodes the UTF-8 bytes of keyId:keySecret, non-ASCII and astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (id, secret) => {
        expect(basicHeader(id, secret)).toBe(oracle(id, secret));
      }),
      { numRuns: 500 },
    );
    expect(basicHeader('key-ü', 'sécret-☕-𝄞')).toBe('Basic a2V5LcO8OnPDqWNyZXQt4piVLfCdhJ4=');
  });

  it('constructs with Buffer gone, then authenticates with Basic from a non-ASCII key secret', async () => {
    const expected = oracle('key-id', 'sécret-ключ-☕');
    const fetch = scriptedFetch(json(200, { id: 'w-1', target: 'https://example.test/hook', triggers: ['ALL'] }));
    // Only construction runs without Buffer: Node's own fetch needs it (the edge package test runs the call too).
    vi.stubGlobal('Buffer', undefined);
    const auth = new BasicAuth('key-id', 'sécret-ключ-☕');
    const client = new Provisioning({ projectId: 'p', keyId: 'key-id', keySecret: 'sécret-ключ-☕', auth: 'basic', maxRetries: 0, fetch });
    vi.unstubAllGlobals();
    expect(auth.secrets()).toEqual(['sécret-ключ-☕', expected.slice('Basic '.length)]);
    await client.webhooks.get('w-1');
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]!.headers.get('authorization')).toBe(expected);
  });
});
