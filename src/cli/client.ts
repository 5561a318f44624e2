// The client the commands use, from flags or the client's own environment variables.
import { Provisioning, type ProvisioningOptions } from '../index.js';
import { CliError } from './exit.js';
import type { Io } from './io.js';

/** Options every command accepts (see `sinch-provisioning --help`). */
export interface GlobalOptions {
  projectId?: string;
  keyId?: string;
  keySecret?: string;
  accessToken?: string;
  auth?: string;
  url?: string;
  authUrl?: string;
  timeout?: string;
  json?: boolean;
  debug?: boolean;
  color?: boolean;
}

/**
 * Flags win over environment variables. The client reads SINCH_PROJECT_ID, SINCH_KEY_ID,
 * SINCH_KEY_SECRET and SINCH_PROVISIONING_URL itself; SINCH_AUTH_URL and SINCH_ACCESS_TOKEN are
 * read here (the client has no environment variable for them) and passed as options.
 */
export function createClient(io: Io, options: GlobalOptions): Provisioning {
  const env = io.process.env;
  const accessToken = options.accessToken ?? nonEmpty(env['SINCH_ACCESS_TOKEN']);
  const authUrl = options.authUrl ?? nonEmpty(env['SINCH_AUTH_URL']);
  const keySecret = options.keySecret ?? env['SINCH_KEY_SECRET'];
  io.addSecret(keySecret);
  io.addSecret(accessToken);
  const settings: ProvisioningOptions = {
    projectId: options.projectId ?? env['SINCH_PROJECT_ID'],
    baseUrl: options.url ?? nonEmpty(env['SINCH_PROVISIONING_URL']),
  };
  if (accessToken !== undefined) settings.accessToken = accessToken;
  else {
    settings.keyId = options.keyId ?? env['SINCH_KEY_ID'];
    settings.keySecret = keySecret;
    if (options.auth !== undefined) {
      if (options.auth !== 'oauth2' && options.auth !== 'basic') throw new CliError(`--auth must be oauth2 or basic (got ${options.auth})`);
      settings.auth = options.auth;
    }
    if (authUrl !== undefined) settings.authUrl = authUrl;
  }
  if (options.timeout !== undefined) settings.timeout = positiveNumber(options.timeout, '--timeout');
  // Undefined options fall back to the environment inside the client; drop them so they do.
  for (const key of Object.keys(settings) as (keyof ProvisioningOptions)[]) if (settings[key] === undefined) delete settings[key];
  return new Provisioning(settings);
}

export function positiveNumber(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CliError(`${flag} must be a positive number (got ${value})`);
  return n;
}

const nonEmpty = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim());
