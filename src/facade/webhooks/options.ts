import { ConfigurationError } from '../core/errors.js';

/** Default window, in seconds, in which a delivery's timestamp is accepted. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

/** A webhook secret, or several while you rotate it (a delivery is valid if any matches). */
export type WebhookSecret = string | readonly string[];

/** Checks the caller's own settings; these are programming errors, not bad deliveries. */
export function normalizeSecrets(secret: WebhookSecret): readonly string[] {
  const secrets = typeof secret === 'string' ? [secret] : secret;
  if (!Array.isArray(secrets) || secrets.length === 0 || secrets.some((s) => typeof s !== 'string' || s === '')) {
    throw new ConfigurationError(
      'Webhook secret must be a non-empty string (or a non-empty array of them while rotating): ' +
        'use the `secret` you registered on the provisioning webhook.',
      { option: 'secret' },
    );
  }
  return secrets;
}

export function normalizeTolerance(tolerance: number | undefined): number {
  const value = tolerance ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  if (!Number.isFinite(value) || value < 0) {
    throw new ConfigurationError(
      `Webhook tolerance must be a finite number of seconds >= 0 (got ${String(tolerance)}); ` +
        `the default is ${DEFAULT_WEBHOOK_TOLERANCE_SECONDS}. To test against fixed fixtures, inject \`now\` instead.`,
      { option: 'tolerance' },
    );
  }
  return value;
}

/** The current time in whole Unix seconds, from an injected clock if given. */
export function nowSeconds(now: Date | (() => Date) | undefined): number {
  const date = typeof now === 'function' ? now() : (now ?? new Date());
  return Math.floor(date.getTime() / 1000);
}
