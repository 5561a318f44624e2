// Receiving Sinch provisioning webhooks with plain node:http.
//
//   SINCH_WEBHOOK_SECRET=... npx tsx examples/webhooks-node-http.ts
//
// createWebhookMiddleware reads the body bytes from the request stream (up to maxBodyBytes,
// 1 MiB by default: a larger body gets 413), verifies the signature over those exact bytes and
// answers 200 / 401 / 400 / 405 / 500 like the Fetch-style createWebhookHandler.
import { createServer } from 'node:http';
import { createWebhookMiddleware } from '../src/index.js';

const secret = process.env.SINCH_WEBHOOK_SECRET;
if (!secret) throw new Error('Set SINCH_WEBHOOK_SECRET to the secret of your provisioning webhook.');

const webhook = createWebhookMiddleware({
  secret,
  on: {
    KAKAOTALK_TEMPLATE_APPROVED: (event) => console.log(`KakaoTalk template ${event.payload.code} approved`),
    BUNDLE_DONE: (event) => console.log(`Bundle ${event.payload.id}: ${event.payload.state}`),
  },
  onError: (error) => console.warn('Webhook not accepted:', error instanceof Error ? error.message : error),
});

const server = createServer((req, res) => {
  if (req.url !== '/webhooks/sinch') {
    res.writeHead(404).end();
    return;
  }
  void webhook(req, res);
});

const port = Number(process.env.PORT ?? 3000);
server.listen(port, () => console.log(`Listening on http://localhost:${port}/webhooks/sinch`));
