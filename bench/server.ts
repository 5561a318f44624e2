import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The local API the benchmarks call: one keep-alive HTTP server in this process. It answers
 * GET /v1/projects/{p}/webhooks/{id} with a fixed webhook, and the webhook list with chained
 * pages whose tokens (`bench:<total>:<offset>`) tell it how many items remain, so one server
 * serves listings of any length.
 */
export const WEBHOOK = {
  id: '01HXYZBENCHWEBHOOK000000000',
  target: 'https://example.com/sinch/provisioning/callback',
  projectId: 'p1',
  triggers: ['WHATSAPP_TEMPLATE_APPROVED', 'WHATSAPP_TEMPLATE_REJECTED', 'BUNDLE_DONE'],
};

const ONE = Buffer.from(JSON.stringify(WEBHOOK));
const JSON_HEADERS = { 'content-type': 'application/json' };

export const PAGE_SIZE = 15;

function page(total: number, offset: number): Buffer {
  const count = Math.min(PAGE_SIZE, total - offset);
  const webhooks = Array.from({ length: count }, (_, i) => ({ ...WEBHOOK, id: `wh-${offset + i}` }));
  const next = offset + count < total ? `bench:${total}:${offset + count}` : undefined;
  return Buffer.from(JSON.stringify({ totalSize: total, pageSize: PAGE_SIZE, webhooks, ...(next && { nextPageToken: next }) }));
}

/** Starts the server; `latencyMs` delays every answer, like a network round trip would. */
export async function startServer(latencyMs = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer({ keepAlive: true }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let body: Buffer = ONE;
    if (url.pathname.endsWith('/webhooks')) {
      const [, total, offset] = (url.searchParams.get('pageToken') ?? 'bench:0:0').split(':');
      body = page(Number(total), Number(offset));
    }
    const send = (): void => void res.writeHead(200, { ...JSON_HEADERS, 'content-length': body.length }).end(body);
    if (latencyMs > 0) setTimeout(send, latencyMs);
    else send();
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
