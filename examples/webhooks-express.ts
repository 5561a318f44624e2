// Receiving Sinch provisioning webhooks with Express 5.
//
//   SINCH_WEBHOOK_SECRET=... npx tsx examples/webhooks-express.ts
//
// createWebhookMiddleware reads the raw body itself, verifies the signature and answers Sinch:
// 200 once your callback has finished, 401 for a bad signature or a stale timestamp, 400 for a
// body that is not an event, 500 if your callback throws (so Sinch retries).
//
// THE PITFALL it guards against: the signature covers the body bytes exactly as Sinch sent
// them. If express.json() runs first, req.body is a parsed object and the bytes are gone
// (JSON.stringify does not give them back). Mount the webhook route before any global
// express.json(), as below; express.raw() in front of it works too. If the bytes are gone
// anyway, the middleware passes a ConfigurationError to Express (500) that says how to fix it.
import express from 'express';
import { createWebhookMiddleware } from '../src/index.js';

const secret = process.env.SINCH_WEBHOOK_SECRET;
if (!secret) throw new Error('Set SINCH_WEBHOOK_SECRET to the secret of your provisioning webhook.');

const app = express();

app.post(
  '/webhooks/sinch',
  createWebhookMiddleware({
    secret,
    on: {
      WHATSAPP_TEMPLATE_APPROVED: (event) => console.log(`Template ${event.payload.name} (${event.payload.language}) approved`),
      BUNDLE_DONE: (event) => console.log(`Bundle ${event.payload.id} finished: ${event.payload.state}`),
      RCS_SENDER_OPERATOR_STATUS_UPDATED: (event) =>
        console.log(`${event.operator} (${event.operatorCountry}): ${event.operatorPreviousStatus} -> ${event.operatorCurrentStatus}`),
    },
    onUnknown: (event) => console.log(`Event type this SDK version does not know yet: ${event.type}`),
    // Rejected deliveries (bad signature ...) and errors of your callbacks; the answer to Sinch never carries them.
    onError: (error) => console.warn('Webhook not accepted:', error instanceof Error ? error.message : error),
  }),
);

// JSON parsing for the rest of the app goes after the webhook route.
app.use(express.json());

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`Listening on http://localhost:${port}/webhooks/sinch`));
