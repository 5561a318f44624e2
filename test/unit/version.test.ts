import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { Provisioning, VERSION } from '../../src/index.js';
import { defaultUserAgent, runtimeName } from '../../src/facade/internal/user-agent.js';

const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('VERSION', () => {
  it('is the version in package.json (run tsx scripts/sync-version.ts after changing it)', () => {
    expect(VERSION).toBe(manifest.version);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  });
});

describe('User-Agent', () => {
  it('names the SDK version and the runtime on every request', async () => {
    const agents: (string | null)[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      agents.push(new Request(input, init).headers.get('user-agent'));
      return new Response('{"webhooks":[]}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const client = new Provisioning({ projectId: 'p', accessToken: 't', fetch, baseUrl: 'https://provisioning.test' });
    await client.webhooks.list();
    await client.raw.GET('/v1/projects/{projectId}/webhooks', { params: { path: { projectId: 'p' } } });
    expect(agents).toEqual([
      `sinch-provisioning/${manifest.version} node/${process.versions.node}`,
      `sinch-provisioning/${manifest.version} node/${process.versions.node}`,
    ]);
  });

  it('a User-Agent set by the caller wins', async () => {
    const agents: (string | null)[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      agents.push(new Request(input, init).headers.get('user-agent'));
      return new Response('{"webhooks":[]}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const client = new Provisioning({
      projectId: 'p',
      accessToken: 't',
      fetch,
      baseUrl: 'https://provisioning.test',
      defaultHeaders: { 'user-agent': 'my-app/1.0' },
    });
    await client.webhooks.list();
    expect(agents).toEqual(['my-app/1.0']);
  });

  it.each([
    [{ Bun: { version: '1.4.5' }, process: { versions: { node: '24.3.0' } } }, 'bun/1.4.5'],
    [{ Deno: { version: { deno: '2.9.6' } }, process: { versions: { node: '24.2.0' } } }, 'deno/2.9.6'],
    [{ process: { versions: { node: '22.1.0' } } }, 'node/22.1.0'],
    [{ navigator: { userAgent: 'Cloudflare-Workers' } }, 'Cloudflare-Workers'],
    [{}, 'unknown-runtime'],
  ])('names the runtime from its globals: %o -> %s', (globals, expected) => {
    expect(runtimeName(globals)).toBe(expected);
    expect(defaultUserAgent(globals)).toBe(`sinch-provisioning/${manifest.version} ${expected}`);
  });
});
