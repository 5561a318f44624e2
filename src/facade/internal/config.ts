import { ConfigurationError } from '../core/errors.js';
import { DEFAULT_MAX_RETRIES } from '../core/retry.js';
import { type AuthProvider, BasicAuth, BearerAuth } from './auth.js';
import { OAuth2ClientCredentials } from './auth-oauth2.js';
import { isDotSegment } from '../core/dot-segment.js';
import { firstHeaderProblem, headerProblem } from './header-check.js';
import { type LogLevelSetting, LOG_LEVEL_ENV, withLogLevel } from '../logging/level.js';
import { type Hooks, checkHooks } from './hooks.js';
import type { Logger } from './logger.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './read-body.js';
import type { TracingOption } from './tracing.js';

export const DEFAULT_BASE_URL = 'https://provisioning.api.sinch.com';
export const DEFAULT_AUTH_URL = 'https://auth.sinch.com/oauth2/token';
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Options of `new Provisioning()`. Unset ones fall back to environment variables, then defaults. */
export interface ProvisioningOptions {
  /** Project used when a call does not name one. Env: SINCH_PROJECT_ID. */
  projectId?: string;
  /** Access key ID from the Sinch dashboard. Env: SINCH_KEY_ID. */
  keyId?: string;
  /** Access key secret. Env: SINCH_KEY_SECRET. */
  keySecret?: string;
  /** How the access key is used: exchanged for OAuth2 tokens (default) or sent as HTTP Basic. */
  auth?: 'oauth2' | 'basic';
  /** A bearer token, or a callback asked before each request; replaces keyId/keySecret. */
  accessToken?: string | (() => Promise<string>);
  /** API root. Env: SINCH_PROVISIONING_URL. Default https://provisioning.api.sinch.com. */
  baseUrl?: string;
  /** OAuth2 token endpoint. Env: SINCH_AUTH_URL. Default https://auth.sinch.com/oauth2/token. */
  authUrl?: string;
  /** Milliseconds per attempt (credentials, request and whole response) before a TimeoutError. Default 60 000. */
  timeout?: number;
  /** Largest response body the client reads into memory, in bytes; more is a ResponseTooLargeError. Default 16 MiB. */
  maxResponseBytes?: number;
  /** Retries after a retryable failure (see the README). Default 2; 0 disables. */
  maxRetries?: number;
  /** A fetch implementation, called as `fetch(url, init)`, e.g. for proxies or tests. Default globalThis.fetch. */
  fetch?: typeof globalThis.fetch;
  /** Receives one line per request, response and retry, with credentials redacted. For pino, wrap it: `pinoLogger(pino())`. */
  logger?: Logger;
  /** Least severe level written (`debug`, `info`, `warn`, `error`) or `off`; set without a logger, lines go to console. Env: SINCH_PROVISIONING_LOG. */
  logLevel?: LogLevelSetting;
  /** Headers added to every API request. */
  defaultHeaders?: Record<string, string>;
  /**
   * At most this many requests in flight at once, for bulk jobs. Default: no fixed cap (the
   * client starts with 16 and widens while calls wait, see the README's traffic shaping).
   */
  maxConcurrency?: number;
  /** At most this many requests started in any one-second window. Default: no limit. */
  maxRequestsPerSecond?: number;
  /** Observers of every call, facade and `client.raw` alike (see the README, "Hooks"). */
  hooks?: Hooks;
  /**
   * OpenTelemetry spans for every call: `true` loads the optional peer `@opentelemetry/api` on
   * the first call; or pass that module (`import * as api from '@opentelemetry/api'`), as
   * bundled and edge code must. Default off: nothing is loaded.
   */
  tracing?: TracingOption;
}

export interface ResolvedConfig {
  projectId: string;
  baseUrl: string;
  timeout: number;
  maxRetries: number;
  maxResponseBytes: number;
  fetch: typeof globalThis.fetch;
  logger: Logger | undefined;
  defaultHeaders: Record<string, string>;
  auth: AuthProvider;
  maxConcurrency: number | undefined;
  maxRequestsPerSecond: number | undefined;
  hooks: readonly Hooks[] | undefined;
  tracing: TracingOption;
}

type Env = Record<string, string | undefined>;

function fail(message: string, option: string, envVar?: string): never {
  const hint = envVar ? ` (or set ${envVar})` : '';
  throw new ConfigurationError(`${message}: pass { ${option} } to new Provisioning()${hint}`, { option, envVar });
}

/**
 * One environment variable, or undefined where reading it is not allowed: Deno without
 * --allow-env throws on process.env access, and an unset option must not break construction.
 */
function readEnv(env: Env, name: string): string | undefined {
  try {
    return env[name];
  } catch {
    return undefined;
  }
}

/** A non-empty string from the option, else from the environment, else undefined. */
function pick(options: ProvisioningOptions, option: keyof ProvisioningOptions, env: Env, envVar?: string): string | undefined {
  const value: unknown = options[option];
  if (value !== undefined) {
    if (typeof value !== 'string' || value.trim() === '') fail(`Invalid ${option}: expected a non-empty string`, option, envVar);
    return value;
  }
  const fromEnv = envVar ? readEnv(env, envVar) : undefined;
  return fromEnv === undefined || fromEnv.trim() === '' ? undefined : fromEnv.trim();
}

/**
 * An absolute http(s) URL. Credentials (`user:pass@`) are refused everywhere: fetch would send
 * them and errors would show them. An API root (`root`) may not carry a query or a fragment
 * either: the SDK appends paths to it, which would land inside them.
 */
function url(value: string, option: string, envVar?: string, root = false): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    // reported below: the value itself is not echoed, it may embed credentials
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    return fail(`Invalid ${option}: expected an absolute http(s) URL`, option, envVar);
  }
  if (parsed.username || parsed.password) fail(`Invalid ${option}: credentials in the URL are not allowed (use keyId/keySecret)`, option, envVar);
  if (root && (parsed.search || value.includes('?'))) fail(`Invalid ${option}: an API root cannot have a query (?...)`, option, envVar);
  if (root && (parsed.hash || value.includes('#'))) fail(`Invalid ${option}: an API root cannot have a fragment (#...)`, option, envVar);
  return value;
}

function resolveAuth(options: ProvisioningOptions, env: Env, fetch: typeof globalThis.fetch, timeout: number, maxResponseBytes: number): AuthProvider {
  const { accessToken, auth } = options;
  if (auth !== undefined && auth !== 'oauth2' && auth !== 'basic') fail(`Invalid auth: expected 'oauth2' or 'basic'`, 'auth');
  if (accessToken !== undefined) {
    if (auth !== undefined) fail('Conflicting auth and accessToken: accessToken replaces the access key, so drop auth', 'accessToken');
    if (typeof accessToken === 'function') return new BearerAuth(accessToken);
    if (typeof accessToken !== 'string' || accessToken.trim() === '') {
      fail('Invalid accessToken: expected a non-empty string or a function returning a Promise<string>', 'accessToken');
    }
    if (headerProblem('authorization', `Bearer ${accessToken}`)) {
      fail(
        'Invalid accessToken: it contains characters the Authorization header cannot carry (CR, LF, other control characters or characters above U+00FF)',
        'accessToken',
      );
    }
    return new BearerAuth(accessToken);
  }
  const keyId = pick(options, 'keyId', env, 'SINCH_KEY_ID') ?? fail('Missing keyId (or give accessToken)', 'keyId', 'SINCH_KEY_ID');
  const keySecret = pick(options, 'keySecret', env, 'SINCH_KEY_SECRET') ?? fail('Missing keySecret (or give accessToken)', 'keySecret', 'SINCH_KEY_SECRET');
  if (auth === 'basic') return new BasicAuth(keyId, keySecret);
  const authUrl = url(pick(options, 'authUrl', env, 'SINCH_AUTH_URL') ?? DEFAULT_AUTH_URL, 'authUrl', 'SINCH_AUTH_URL');
  return new OAuth2ClientCredentials({ keyId, keySecret, authUrl, fetch, timeout, maxResponseBytes });
}

/**
 * Checks the options, fills them from the environment and defaults, and builds the auth
 * provider. Throws a {@link ConfigurationError} naming the option and its variable; the
 * message never contains a secret.
 */
export function resolveConfig(options: ProvisioningOptions = {}, env: Env = typeof process === 'undefined' ? {} : process.env): ResolvedConfig {
  if (options === null || typeof options !== 'object') fail('Invalid options: expected an object', 'options');
  const projectId = pick(options, 'projectId', env, 'SINCH_PROJECT_ID') ?? fail('Missing projectId', 'projectId', 'SINCH_PROJECT_ID');
  if (isDotSegment(projectId)) fail("Invalid projectId: '.' and '..' (in any encoding) would address another route", 'projectId', 'SINCH_PROJECT_ID');
  const baseUrl = url(pick(options, 'baseUrl', env, 'SINCH_PROVISIONING_URL') ?? DEFAULT_BASE_URL, 'baseUrl', 'SINCH_PROVISIONING_URL', true);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0) fail('Invalid timeout: expected a positive number of milliseconds', 'timeout');
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (!Number.isInteger(maxRetries) || maxRetries < 0) fail('Invalid maxRetries: expected an integer >= 0', 'maxRetries');
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 1) fail('Invalid maxResponseBytes: expected a positive integer', 'maxResponseBytes');
  const fetch = options.fetch ?? globalThis.fetch;
  if (typeof fetch !== 'function') fail('Invalid fetch: expected a function (no global fetch found)', 'fetch');
  const { logger } = options;
  if (logger !== undefined && !(['debug', 'info', 'warn', 'error'] as const).every((m) => typeof logger?.[m] === 'function')) {
    fail('Invalid logger: expected an object with debug, info, warn and error methods', 'logger');
  }
  const defaultHeaders = options.defaultHeaders ?? {};
  if (defaultHeaders === null || typeof defaultHeaders !== 'object' || Object.values(defaultHeaders).some((v) => typeof v !== 'string')) {
    fail('Invalid defaultHeaders: expected a record of strings', 'defaultHeaders');
  }
  const bad = firstHeaderProblem(defaultHeaders);
  // The header is named, never its value (it may be a credential).
  if (bad) fail(`Invalid defaultHeaders: header ${JSON.stringify(bad[0]).slice(0, 80)} ${bad[1]}`, 'defaultHeaders');
  const [maxConcurrency, maxRequestsPerSecond] = (['maxConcurrency', 'maxRequestsPerSecond'] as const).map((name) => {
    const value = options[name];
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) fail(`Invalid ${name}: expected an integer >= 1`, name);
    return value;
  });
  const auth = resolveAuth(options, env, fetch, timeout, maxResponseBytes);
  const leveled = withLogLevel(logger, options.logLevel, readEnv(env, LOG_LEVEL_ENV));
  const hooks = checkHooks(options.hooks);
  const tracing = options.tracing ?? false;
  if (typeof tracing !== 'boolean' && (tracing === null || typeof tracing !== 'object' || typeof tracing.trace?.getTracer !== 'function')) {
    fail('Invalid tracing: expected true, false or the @opentelemetry/api module', 'tracing');
  }
  return {
    projectId,
    baseUrl,
    timeout,
    maxRetries,
    maxResponseBytes,
    fetch,
    logger: leveled,
    defaultHeaders,
    auth,
    maxConcurrency,
    maxRequestsPerSecond,
    hooks: hooks ? [hooks] : undefined,
    tracing,
  };
}
