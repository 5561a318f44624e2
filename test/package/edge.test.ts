// The packed tarball on a real edge runtime: workerd (through miniflare), which has neither
// Buffer nor process nor any Node built-in. A worker bundled from the installed package builds
// clients (HTTP Basic and OAuth2, with a non-ASCII key secret) that call a loopback fake API,
// and serves createWebhookHandler. The fake checks the credentials against Buffer (the oracle);
// deliveries are signed here with node:crypto, not with the SDK.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { realpath, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { consumerProject, npmInstall } from './helpers.js';

const tarball = inject('tarball');
const KEY_ID = 'edge-key-id';
const KEY_SECRET = 'sécret-ключ-☕-edge';
const WEBHOOK_SECRET = 'whsec-edge-0123456789';
const BASIC = `Basic ${Buffer.from(`${KEY_ID}:${KEY_SECRET}`, 'utf8').toString('base64')}`;

const WORKER = `import { NotFoundError, Provisioning, createWebhookHandler } from 'sinch-provisioning';

export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (pathname === '/hook') {
      const seen = [];
      const handler = createWebhookHandler({
        secret: env.WEBHOOK_SECRET,
        maxBodyBytes: 4096,
        on: { BUNDLE_DONE: (event) => void seen.push(event.type + ':' + event.payload.id) },
      });
      const response = await handler(request);
      return new Response(response.body, { status: response.status, headers: { 'x-seen': seen.join(',') } });
    }
    const out = { runtime: { Buffer: typeof Buffer, process: typeof process } };
    for (const auth of ['basic', 'oauth2']) {
      const client = new Provisioning({
        projectId: 'p-edge', keyId: env.KEY_ID, keySecret: env.KEY_SECRET, auth,
        baseUrl: env.API, authUrl: env.API + '/oauth2/token', maxRetries: 0,
      });
      const found = await client.webhooks.get('w-1').then((w) => w.target, (e) => 'failed: ' + e.name + ' ' + e.message + ' cause: ' + e.cause);
      const missing = await client.webhooks.get('w-404').then(
        () => 'resolved',
        (e) => [e.name, e.status, e.errorCode, e instanceof NotFoundError],
      );
      out[auth] = { found, missing };
    }
    return Response.json(out);
  },
};
`;

let dir: string;
let api: Server;
let apiUrl: string;
let mf: Miniflare;
const seen: { method: string; path: string; authorization: string | undefined; body: string }[] = [];

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => done(body));
  });
}

beforeAll(async () => {
  api = createServer(async (req, res) => {
    const body = await readBody(req);
    seen.push({ method: req.method!, path: req.url!, authorization: req.headers.authorization, body });
    const send = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (req.url === '/oauth2/token') {
      if (req.headers.authorization !== BASIC) return send(401, { error: 'invalid_client' });
      return send(200, { access_token: 'edge-token-1', token_type: 'bearer', expires_in: 3600 });
    }
    const authorised = req.headers.authorization === BASIC || req.headers.authorization === 'Bearer edge-token-1';
    if (!authorised) return send(401, { errorCode: 'unauthorized', message: 'bad credentials' });
    if (req.url === '/v1/projects/p-edge/webhooks/w-1') return send(200, { id: 'w-1', target: 'https://example.test/edge', triggers: ['ALL'] });
    return send(404, { errorCode: 'webhook_not_found', message: 'No such webhook' });
  });
  await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;

  dir = await realpath(await consumerProject('sinch-provisioning-edge-', { type: 'module' }));
  await npmInstall(dir, [tarball]);
  await writeFile(join(dir, 'worker.mjs'), WORKER);
  const bundle = await build({
    entryPoints: [join(dir, 'worker.mjs')],
    absWorkingDir: dir,
    bundle: true,
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser', 'import'],
    mainFields: ['module', 'main'],
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  mf = new Miniflare({
    modules: true,
    script: bundle.outputFiles[0]!.text,
    compatibilityDate: '2025-01-01',
    bindings: { API: apiUrl, KEY_ID, KEY_SECRET, WEBHOOK_SECRET },
    // The worker's fetch() may reach loopback only (workerd's default allows public networks).
    outboundService: { network: { allow: ['local'], deny: [] } },
  });
  await mf.ready;
}, 180_000);

afterAll(async () => {
  await mf?.dispose();
  await new Promise((r) => (api ? api.close(r) : r(undefined)));
  if (dir) await rm(dir, { recursive: true, force: true });
});

function sign(body: string, secret = WEBHOOK_SECRET, timestamp = Math.floor(Date.now() / 1000)) {
  const nonce = '01EDGE0NONCE0000000000000';
  const signature = createHmac('sha256', secret).update(`${body}.${nonce}.${timestamp}`).digest('base64');
  return {
    'content-type': 'application/json',
    'x-sinch-webhook-signature': signature,
    'x-sinch-webhook-signature-algorithm': 'HmacSHA256',
    'x-sinch-webhook-signature-nonce': nonce,
    'x-sinch-webhook-signature-timestamp': String(timestamp),
  };
}

describe('on workerd (miniflare)', () => {
  it('constructs clients without Buffer and calls a loopback API with Basic and with OAuth2', async () => {
    const response = await mf.dispatchFetch('http://edge.test/client');
    expect(await response.json()).toEqual({
      runtime: { Buffer: 'undefined', process: 'undefined' },
      basic: { found: 'https://example.test/edge', missing: ['NotFoundError', 404, 'webhook_not_found', true] },
      oauth2: { found: 'https://example.test/edge', missing: ['NotFoundError', 404, 'webhook_not_found', true] },
    });
    // Basic: two API calls with the key; OAuth2: one token request (with the key), then two with the token.
    expect(seen.map((r) => `${r.method} ${r.path} ${r.authorization === BASIC ? 'basic' : r.authorization}`)).toEqual([
      'GET /v1/projects/p-edge/webhooks/w-1 basic',
      'GET /v1/projects/p-edge/webhooks/w-404 basic',
      'POST /oauth2/token basic',
      'GET /v1/projects/p-edge/webhooks/w-1 Bearer edge-token-1',
      'GET /v1/projects/p-edge/webhooks/w-404 Bearer edge-token-1',
    ]);
  });

  it('serves createWebhookHandler: signed, forged, unsigned and oversized deliveries', async () => {
    const body = JSON.stringify({ type: 'BUNDLE_DONE', payload: { id: 'b-edge', state: 'DONE' } });
    const post = async (payload: string, headers: Record<string, string>) => {
      const response = await mf.dispatchFetch('http://edge.test/hook', { method: 'POST', body: payload, headers });
      return [response.status, await response.json(), response.headers.get('x-seen')];
    };
    expect(await post(body, sign(body))).toEqual([200, { received: true }, 'BUNDLE_DONE:b-edge']);
    expect(await post(body.replace('b-edge', 'b-evil'), sign(body))).toEqual([401, { error: 'signature_mismatch' }, '']);
    expect(await post(body, sign(body, 'whsec-someone-else'))).toEqual([401, { error: 'signature_mismatch' }, '']);
    expect(await post(body, { 'content-type': 'application/json' })).toEqual([401, { error: 'missing_header' }, '']);
    expect(await post(body, sign(body, WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 3600))).toEqual([401, { error: 'timestamp_out_of_tolerance' }, '']);
    const big = JSON.stringify({ type: 'BUNDLE_DONE', payload: { id: 'b-big', pad: 'x'.repeat(8000) } });
    expect(await post(big, sign(big))).toEqual([413, { error: 'body_too_large' }, '']);
  });
});
