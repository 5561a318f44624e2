export { WebhookVerificationError, type WebhookVerificationReason } from './errors.js';
export type { WebhookRawBody } from './encoding.js';
export {
  WEBHOOK_ALGORITHM_HEADER,
  WEBHOOK_NONCE_HEADER,
  WEBHOOK_SIGNATURE_ALGORITHM,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  type WebhookHeaders,
} from './headers.js';
export { DEFAULT_WEBHOOK_TOLERANCE_SECONDS, type WebhookSecret } from './options.js';
export { verifyWebhookSignature, type VerifyWebhookSignatureOptions } from './verify.js';
export { signWebhookPayload, type SignWebhookPayloadOptions, type SignedWebhook } from './sign.js';
export type {
  ProvisioningWebhookEvent,
  UnknownWebhookEvent,
  WebhookEvent,
  WebhookEventMap,
  WebhookEventType,
} from './events.js';
export { constructWebhookEvent, isKnownWebhookEvent, parseWebhookEvent } from './parse.js';
export {
  DEFAULT_WEBHOOK_MAX_BODY_BYTES,
  createWebhookHandler,
  type CreateWebhookHandlerOptions,
  type WebhookEventHandlers,
} from './handler.js';
export {
  createWebhookMiddleware,
  type CreateWebhookMiddlewareOptions,
  type NodeWebhookRequest,
  type NodeWebhookResponse,
  type WebhookMiddleware,
} from './node-middleware.js';
