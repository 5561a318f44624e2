// docs/testing.md: a client built before vi.stubGlobal (or MSW, nock) replaced globalThis.fetch
// keeps the fetch it took; `fetch: (...args) => globalThis.fetch(...args)` follows the patch.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionError, Provisioning } from '../../../src/index.js';
import { freePort } from '../../../src/testing/index.js';

afterEach(() => vi.unstubAllGlobals());

const stub = () =>
  vi.fn(
    async () => new Response('{"id":"w1","target":"https://example.com","triggers":["ALL"]}', { status: 200, headers: { 'content-type': 'application/json' } }),
  );

describe('a fetch patched after the client was built', () => {
  it('is not used by a client that took globalThis.fetch at construction', async () => {
    // A loopback port nobody listens on: the real fetch fails fast, and nothing leaves the machine.
    const baseUrl = `http://127.0.0.1:${await freePort()}`;
    const early = new Provisioning({ projectId: 'p', accessToken: 't', baseUrl, maxRetries: 0 });
    const patched = stub();
    vi.stubGlobal('fetch', patched);
    await expect(early.webhooks.get('w1')).rejects.toBeInstanceOf(ConnectionError);
    expect(patched).toHaveBeenCalledTimes(0);
  });

  it('is used by a client with the documented late-bound fetch, on every request', async () => {
    const baseUrl = `http://127.0.0.1:${await freePort()}`;
    const client = new Provisioning({ projectId: 'p', accessToken: 't', baseUrl, maxRetries: 0, fetch: (...args) => globalThis.fetch(...args) });
    const first = stub();
    vi.stubGlobal('fetch', first);
    expect((await client.webhooks.get('w1')).id).toBe('w1');
    const second = stub();
    vi.stubGlobal('fetch', second);
    await client.raw.GET('/v1/projects/{projectId}/webhooks/{webhookId}', { params: { path: { projectId: 'p', webhookId: 'w1' } } });
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
  });
});
