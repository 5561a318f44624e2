import { type IncomingMessage, type Server, createServer, request as httpRequest } from 'node:http';
import { type AddressInfo, type Socket, connect } from 'node:net';
import { ProxyAgent, fetch as undiciFetch } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Provisioning } from '../../../src/index.js';
import { reply } from '../faults/fault-server.js';
import { useFaultServer } from '../faults/setup.js';

/**
 * Issue 10 item 10 (transport part): a custom fetch is called as `fetch(url, init)`, so
 * undici's fetch with a ProxyAgent dispatcher works. A loopback proxy (CONNECT tunnels and
 * absolute-form requests) forwards to the fault server; both sides count what they saw.
 * This is the README's proxy example, run for real.
 */

const ctx = useFaultServer();

/** A minimal forward proxy on 127.0.0.1 that logs what it forwards. */
class LoopbackProxy {
  readonly seen: string[] = [];
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();

  constructor() {
    this.#server = createServer((req: IncomingMessage, res) => {
      this.seen.push(`${req.method} ${req.url}`);
      const target = new URL(req.url ?? '');
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    this.#server.on('connection', (s: Socket) => {
      this.#sockets.add(s);
      s.on('close', () => this.#sockets.delete(s));
    });
    this.#server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      this.seen.push(`CONNECT ${req.url}`);
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      this.#sockets.add(upstream);
      upstream.on('close', () => this.#sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((r) => this.#server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((r) => this.#server.close(() => r()));
  }
}

let proxy: LoopbackProxy;
let proxyUrl: string;
let agent: ProxyAgent;
beforeEach(async () => {
  proxy = new LoopbackProxy();
  proxyUrl = await proxy.start();
  agent = new ProxyAgent(proxyUrl);
});
afterEach(async () => {
  await agent.close();
  await proxy.close();
});

const hook = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] };
const input = { target: 'https://example.com/cb', secret: 'whsec-0123456789abcdef', triggers: ['ALL' as const] };

describe('a proxy through undici', () => {
  it('README example: undici fetch + ProxyAgent carries a create and a get through the proxy (1 + 1 requests at the API)', async () => {
    ctx.server.scriptApi(reply(201, hook), reply(200, hook));
    const client = new Provisioning({
      projectId: 'p1',
      accessToken: 'tok-1234',
      baseUrl: ctx.server.url,
      maxRetries: 0,
      fetch: ((url: string, init?: RequestInit) => undiciFetch(url, { ...(init as object), dispatcher: agent })) as unknown as typeof fetch,
    });
    expect(await client.webhooks.create(input)).toEqual(hook);
    expect(await client.webhooks.get('w1')).toEqual(hook);
    expect(ctx.server.api.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([
      ['POST', '/v1/projects/p1/webhooks', 'Bearer tok-1234'],
      ['GET', '/v1/projects/p1/webhooks/w1', 'Bearer tok-1234'],
    ]);
    expect(JSON.parse(ctx.server.api[0]!.body)).toEqual(input);
    // The proxy saw the traffic: one tunnel (kept alive) or one forwarded request per call.
    expect(proxy.seen.length).toBeGreaterThanOrEqual(1);
    expect(proxy.seen.every((l) => l.includes(new URL(ctx.server.url).host))).toBe(true);
  });

  it('the OAuth2 token request goes through the same fetch: 1 token request, 1 API request, both via the proxy', async () => {
    ctx.server.scriptToken(reply(200, { access_token: 'tok-9', token_type: 'bearer', expires_in: 3600 }));
    ctx.server.scriptApi(reply(200, hook));
    const client = new Provisioning({
      projectId: 'p1',
      keyId: 'k',
      keySecret: 'key-secret-value',
      authUrl: ctx.server.authUrl,
      baseUrl: ctx.server.url,
      fetch: ((url: string, init?: RequestInit) => undiciFetch(url, { ...(init as object), dispatcher: agent })) as unknown as typeof fetch,
    });
    expect(await client.webhooks.get('w1')).toEqual(hook);
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([1, 1]);
    expect(proxy.seen.length).toBeGreaterThanOrEqual(1);
  });
});

describe('a custom fetch', () => {
  it('is called as fetch(url, init) with a string URL and the whole init, never with a Request', async () => {
    const calls: { input: unknown; init: RequestInit | undefined }[] = [];
    const fetchLike = (async (input: unknown, init?: RequestInit) => {
      calls.push({ input, init });
      if (typeof input !== 'string') throw new TypeError('this fetch only takes a URL string');
      return new Response(JSON.stringify(hook), { status: 201, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const client = new Provisioning({ projectId: 'p1', accessToken: 'tok-1234', baseUrl: 'https://api.example.test', fetch: fetchLike, maxRetries: 0 });
    expect(await client.webhooks.create(input)).toEqual(hook);
    await client.raw.POST('/v1/projects/{projectId}/webhooks', { params: { path: { projectId: 'p1' } }, body: input });
    expect(calls).toHaveLength(2);
    for (const { input: url, init } of calls) {
      expect(url).toBe('https://api.example.test/v1/projects/p1/webhooks');
      expect(init).toMatchObject({ method: 'POST', redirect: 'manual' });
      expect(new Headers(init?.headers).get('authorization')).toBe('Bearer tok-1234');
      expect(init?.signal).toBeInstanceOf(AbortSignal);
    }
    expect(JSON.parse(new TextDecoder().decode(calls[1]!.init!.body as ArrayBuffer))).toEqual(input);
  });
});
