// Receiving Sinch provisioning webhooks with plain node:http.
//
//   SINCH_WEBHOOK_SECRET=... npx tsx examples/webhooks-node-http.ts
//
// Collect the body as Buffers and verify those bytes: do not decode, parse and re-encode the
// JSON before verifying, the signature covers the exact bytes Sinch sent.
import { createServer, type IncomingMessage } from 'node:http';
import { WebhookVerificationError, constructWebhookEvent, isKnownWebhookEvent } from '../src/index.js';

const secret = process.env.SINCH_WEBHOOK_SECRET;
if (!secret) throw new Error('Set SINCH_WEBHOOK_SECRET to the secret of your provisioning webhook.');

const MAX_BODY_BYTES = 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const server = createServer(async (req, res) => {
  if (req.method !== 'POST' || req.url !== '/webhooks/sinch') {
    res.writeHead(404).end();
    return;
  }
  try {
    // req.headers (IncomingHttpHeaders) is accepted as is.
    const event = await constructWebhookEvent({ rawBody: await readBody(req), headers: req.headers, secret });
    if (isKnownWebhookEvent(event) && event.type === 'KAKAOTALK_TEMPLATE_APPROVED') {
      console.log(`KakaoTalk template ${event.payload.code} approved`);
    } else {
      console.log(`Received ${event.type}`);
    }
    res.writeHead(200).end();
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      console.warn(`Rejected webhook: ${error.reason}: ${error.message}`);
      res.writeHead(error.reason === 'invalid_payload' ? 400 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: error.reason }));
      return;
    }
    console.error(error);
    res.writeHead(500).end();
  }
});

const port = Number(process.env.PORT ?? 3000);
server.listen(port, () => console.log(`Listening on http://localhost:${port}/webhooks/sinch`));
