// The local API the benchmarks call, run as a SEPARATE process (bench/remote.ts starts it), so
// that its CPU time is not counted in the client's and does not compete with it on the same
// event loop. Plain JavaScript: the child runs on plain `node`, without a TypeScript loader.
//
//   node bench/loopback-server.mjs [--latency MS] [--limit N] [--no-retry-after]
//
// Answers GET /v1/projects/{p}/webhooks/{id} with a fixed webhook, and the webhook list with
// chained pages whose tokens (`bench:<total>:<offset>`) say how many items remain. With
// --limit N it accepts at most N requests in any sliding 1 s window and answers the rest 429
// (with `Retry-After: <seconds until a slot frees>`, rounded up, unless --no-retry-after).
// GET /__stats answers the counters; POST /__reset zeroes them. Prints {"url": ...} when ready.
import { createServer } from 'node:http';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const latencyMs = opt('--latency', 0);
const limit = opt('--limit', 0);
const retryAfter = !args.includes('--no-retry-after');

export const WEBHOOK = {
  id: '01HXYZBENCHWEBHOOK000000000',
  target: 'https://example.com/sinch/provisioning/callback',
  projectId: 'p1',
  triggers: ['WHATSAPP_TEMPLATE_APPROVED', 'WHATSAPP_TEMPLATE_REJECTED', 'BUNDLE_DONE'],
};
const ONE = Buffer.from(JSON.stringify(WEBHOOK));
const LIMITED = Buffer.from(JSON.stringify({ errorCode: 'too_many_requests', message: 'Too many requests', resolution: 'Slow down.' }));
const PAGE_SIZE = 15;

function page(total, offset) {
  const count = Math.max(0, Math.min(PAGE_SIZE, total - offset));
  const webhooks = Array.from({ length: count }, (_, i) => ({ ...WEBHOOK, id: `wh-${offset + i}` }));
  const next = offset + count < total ? `bench:${total}:${offset + count}` : undefined;
  return Buffer.from(JSON.stringify({ totalSize: total, pageSize: PAGE_SIZE, webhooks, ...(next && { nextPageToken: next }) }));
}

let stats = { requests: 0, ok: 0, limited: 0, maxInFlight: 0 };
let inFlight = 0;
/** Arrival times (ms) of accepted requests in the last second, oldest first. */
let accepted = [];

const server = createServer({ keepAlive: true }, (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/__stats') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
  if (url.pathname === '/__reset') {
    stats = { requests: 0, ok: 0, limited: 0, maxInFlight: 0 };
    accepted = [];
    return void res.writeHead(204).end();
  }
  stats.requests++;
  inFlight++;
  stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
  res.on('close', () => inFlight--);
  if (limit > 0) {
    const now = performance.now();
    while (accepted.length > 0 && accepted[0] <= now - 1000) accepted.shift();
    if (accepted.length >= limit) {
      stats.limited++;
      const headers = { 'content-type': 'application/json', 'content-length': LIMITED.length };
      if (retryAfter) headers['retry-after'] = String(Math.max(1, Math.ceil((accepted[0] + 1000 - now) / 1000)));
      return void res.writeHead(429, headers).end(LIMITED);
    }
    accepted.push(now);
  }
  stats.ok++;
  let body = ONE;
  if (url.pathname.endsWith('/webhooks')) {
    const [, total, offset] = (url.searchParams.get('pageToken') ?? 'bench:0:0').split(':');
    body = page(Number(total), Number(offset));
  }
  const send = () => void res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
  if (latencyMs > 0) setTimeout(send, latencyMs);
  else send();
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`);
});
// Ends with its parent: on stdin EOF or a signal.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
