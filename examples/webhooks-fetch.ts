// Receiving Sinch provisioning webhooks on a Fetch-API runtime: Cloudflare Workers, Deno,
// Bun, or a route in Hono / Next.js. createWebhookHandler reads the raw body itself, checks
// the signature and timestamp, and calls the callback for the event's trigger:
// 200 when done, 401 bad signature, 400 not an event, 500 when a callback throws (Sinch
// then retries). It only uses Web Crypto, so no Node APIs are needed.
//
//   Bun:  SINCH_WEBHOOK_SECRET=... bun examples/webhooks-fetch.ts
//   Hono: app.post('/webhooks/sinch', (c) => handleWebhook(c.req.raw));
//   Cloudflare Workers keep secrets on `env`: create the handler on the first request,
//         e.g. fetch: (request, env) => (handler ??= createWebhookHandler({ secret: env.SINCH_WEBHOOK_SECRET, on })) (request)
import { createWebhookHandler, type WebhookEventHandlers } from '../src/index.js';

const on: WebhookEventHandlers = {
  WHATSAPP_TEMPLATE_APPROVED: (event) => {
    console.log(`Template ${event.payload.name} (${event.payload.language}) approved`);
  },
  WHATSAPP_TEMPLATE_REJECTED: async (event) => {
    console.log(`Template ${event.payload.name} rejected`, event.payload.state);
  },
  WHATSAPP_SENDER_ACTIVE: (event) => {
    console.log(`Sender ${event.payload.id} is active`);
  },
  RCS_SENDER_STATUS_UPDATED: (event) => {
    console.log(`RCS sender ${event.payload.id}: ${event.previousState} -> ${event.currentState}`);
  },
  BUNDLE_DONE: (event) => {
    console.log(`Bundle ${event.payload.id} finished: ${event.payload.state}`);
  },
};

export const handleWebhook = createWebhookHandler({
  // Pass an array while rotating: [newSecret, oldSecret].
  secret: process.env.SINCH_WEBHOOK_SECRET ?? '', // unset -> ConfigurationError at start-up
  on,
  onUnknown: (event) => console.log(`Event type this SDK version does not know yet: ${event.type}`),
  onError: (error) => console.warn('Webhook rejected or callback failed:', error),
});

export default { fetch: handleWebhook };
