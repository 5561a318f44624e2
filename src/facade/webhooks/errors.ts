import { ProvisioningError } from '../core/errors.js';

/**
 * Why a webhook delivery was rejected. `invalid_payload` means the request was authentic
 * (or could not be checked yet) but its body is not a provisioning event; `body_too_large`
 * (from `createWebhookHandler` only) that the body was over its `maxBodyBytes`; every
 * other reason means the request cannot be trusted.
 */
export type WebhookVerificationReason =
  | 'invalid_raw_body'
  | 'missing_header'
  | 'unsupported_algorithm'
  | 'invalid_timestamp'
  | 'timestamp_out_of_tolerance'
  | 'signature_mismatch'
  | 'invalid_payload'
  | 'body_too_large';

/**
 * Thrown when a webhook request fails verification or parsing. Narrow on `reason`;
 * `header` names the offending header where there is one. Messages say how to fix the
 * problem and never contain the secret or the expected signature.
 */
export class WebhookVerificationError extends ProvisioningError {
  override readonly name = 'WebhookVerificationError';
  readonly reason: WebhookVerificationReason;
  readonly header: string | undefined;

  constructor(reason: WebhookVerificationReason, message: string, options?: { header?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.header = options?.header;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason, header: this.header };
  }
}
