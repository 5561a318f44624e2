// Receiving Sinch provisioning webhooks with Express 5.
//
//   SINCH_WEBHOOK_SECRET=... npx tsx examples/webhooks-express.ts
//
// THE PITFALL: the signature covers the body bytes exactly as Sinch sent them. If
// express.json() (or any body parser) runs first, req.body is a parsed object and the bytes
// are gone; re-serialising it with JSON.stringify does not give them back (key order,
// spacing, unicode escapes), so every delivery would fail with signature_mismatch. Mount
// express.raw({ type: 'application/json' }) on the webhook route, before any global
// express.json(), so that req.body is the raw Buffer.
import express from 'express';
import { WebhookVerificationError, constructWebhookEvent, isKnownWebhookEvent } from '../src/index.js';

const secret = process.env.SINCH_WEBHOOK_SECRET;
if (!secret) throw new Error('Set SINCH_WEBHOOK_SECRET to the secret of your provisioning webhook.');

const app = express();

app.post('/webhooks/sinch', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    // req.body is a Buffer here thanks to express.raw; req.headers is passed as is.
    event = await constructWebhookEvent({ rawBody: req.body, headers: req.headers, secret });
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    console.warn(`Rejected webhook: ${error.reason}: ${error.message}`);
    res.status(error.reason === 'invalid_payload' ? 400 : 401).json({ error: error.reason });
    return;
  }

  if (isKnownWebhookEvent(event)) {
    switch (event.type) {
      case 'WHATSAPP_TEMPLATE_APPROVED':
        console.log(`Template ${event.payload.name} (${event.payload.language}) approved`);
        break;
      case 'BUNDLE_DONE':
        console.log(`Bundle ${event.payload.id} finished: ${event.payload.state}`);
        break;
      case 'RCS_SENDER_OPERATOR_STATUS_UPDATED':
        console.log(
          `${event.operator} (${event.operatorCountry}): ${event.operatorPreviousStatus} -> ${event.operatorCurrentStatus}`,
        );
        break;
      default:
        console.log(`Unhandled ${event.type}`);
    }
  } else {
    console.log(`Event type this SDK version does not know yet: ${event.type}`);
  }
  // Answer 200 quickly; Sinch retries deliveries that fail.
  res.sendStatus(200);
});

// JSON parsing for the rest of the app goes after the webhook route.
app.use(express.json());

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`Listening on http://localhost:${port}/webhooks/sinch`));
