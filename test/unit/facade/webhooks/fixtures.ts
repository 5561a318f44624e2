import { expect } from 'vitest';
import { WebhookVerificationError, signWebhookPayload, type WebhookVerificationReason } from '../../../../src/facade/webhooks/index.js';

export const SECRET = 'whsec-test-0123456789';
export const OTHER_SECRET = 'whsec-other-9876543210';
/** 2025-02-14T10:54:15Z as Unix seconds; tests pin the clock to it. */
export const NOW_SECONDS = 1_739_530_455;
export const NOW = new Date(NOW_SECONDS * 1000);
export const NONCE = '01EAW2BNWCG9DC13RS582V0ZQ3';

export const HEADER_NAMES = [
  'x-sinch-webhook-signature',
  'x-sinch-webhook-signature-algorithm',
  'x-sinch-webhook-signature-nonce',
  'x-sinch-webhook-signature-timestamp',
] as const;

export const bundleDone = {
  type: 'BUNDLE_DONE',
  payload: { id: '62a02dd40000000000000000', projectId: 'ea026751-3edf-40a9-ad93-1b382bd60a78', state: 'DONE' },
};

/** A plausible body for any trigger: comment on comment events, extras where the spec has them. */
export function sampleEvent(type: string): Record<string, unknown> {
  const event: Record<string, unknown> = { type, payload: { id: `${type.toLowerCase()}-1`, name: 'Ünïcode ☕' } };
  if (type.endsWith('_COMMENT_ADDED')) event.comment = 'Please upload a clearer logo.';
  if (type === 'WHATSAPP_TEMPLATE_STATUS_UPDATED') event.newState = 'PAUSED';
  if (type === 'WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE') event.futureCategory = 'MARKETING';
  if (type === 'RCS_SENDER_STATUS_UPDATED') Object.assign(event, { previousState: 'IN_PROGRESS', currentState: 'IN_TEST' });
  if (type === 'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED') event.status = 'COMPLETED';
  if (type === 'RCS_SENDER_OPERATOR_STATUS_UPDATED') {
    Object.assign(event, {
      operator: 'Free',
      operatorCountry: 'FR',
      operatorPreviousStatus: 'PENDING',
      operatorCurrentStatus: 'LAUNCHED',
    });
  }
  if (type === 'RCS_ACCOUNT_COMMENT_ADDED') delete event.payload;
  return event;
}

/** A delivery signed at NOW with SECRET unless told otherwise. */
export function signed(payload: unknown = bundleDone, overrides: { secret?: string; timestamp?: number } = {}) {
  return signWebhookPayload({
    payload,
    secret: overrides.secret ?? SECRET,
    timestamp: overrides.timestamp ?? NOW_SECONDS,
    nonce: NONCE,
  });
}

/** Asserts that a promise rejects with a WebhookVerificationError of exactly this reason. */
export async function expectRejection(promise: Promise<unknown>, reason: WebhookVerificationReason, header?: string): Promise<WebhookVerificationError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(WebhookVerificationError);
  const error = caught as WebhookVerificationError;
  expect(error.reason).toBe(reason);
  if (header !== undefined) expect(error.header).toBe(header);
  return error;
}
