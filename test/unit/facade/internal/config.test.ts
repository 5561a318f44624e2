import { describe, expect, it } from 'vitest';
import { ConfigurationError, ProvisioningError } from '../../../../src/facade/core/errors.js';
import { BasicAuth, BearerAuth } from '../../../../src/facade/internal/auth.js';
import { OAuth2ClientCredentials } from '../../../../src/facade/internal/auth-oauth2.js';
import { type ProvisioningOptions, resolveConfig } from '../../../../src/facade/internal/config.js';
import { SENTINEL_SECRET } from '../helpers.js';

const full = { projectId: 'p1', keyId: 'kid', keySecret: SENTINEL_SECRET };

function configError(options: ProvisioningOptions, env: Record<string, string> = {}): ConfigurationError {
  try {
    resolveConfig(options, env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e).toBeInstanceOf(ProvisioningError);
    const err = e as ConfigurationError;
    expect(`${err.message}${String(err)}${JSON.stringify(err)}`).not.toContain(SENTINEL_SECRET);
    return err;
  }
  throw new Error('expected a ConfigurationError');
}

describe('resolveConfig', () => {
  it('applies defaults', () => {
    const c = resolveConfig(full, {});
    expect([c.projectId, c.baseUrl, c.timeout, c.maxRetries]).toEqual(['p1', 'https://provisioning.api.sinch.com', 60_000, 2]);
    expect(c.auth).toBeInstanceOf(OAuth2ClientCredentials);
  });

  it('falls back to the environment', () => {
    const c = resolveConfig(
      {},
      { SINCH_PROJECT_ID: 'env-p', SINCH_KEY_ID: 'env-k', SINCH_KEY_SECRET: 'env-s', SINCH_PROVISIONING_URL: 'http://localhost:4010' },
    );
    expect([c.projectId, c.baseUrl]).toEqual(['env-p', 'http://localhost:4010']);
    expect(c.auth.secrets()).toContain('env-s');
  });

  it('prefers options over the environment', () => {
    const c = resolveConfig({ ...full, baseUrl: 'https://x.test' }, { SINCH_PROJECT_ID: 'env-p', SINCH_PROVISIONING_URL: 'http://y.test' });
    expect([c.projectId, c.baseUrl]).toEqual(['p1', 'https://x.test']);
  });

  it.each([
    ['projectId', 'SINCH_PROJECT_ID', { keyId: 'k', keySecret: SENTINEL_SECRET }],
    ['keyId', 'SINCH_KEY_ID', { projectId: 'p', keySecret: SENTINEL_SECRET }],
    ['keySecret', 'SINCH_KEY_SECRET', { projectId: 'p', keyId: 'k' }],
  ] as const)('names %s and %s when missing', (option, envVar, options) => {
    const err = configError(options);
    expect([err.option, err.envVar]).toEqual([option, envVar]);
    expect(err.message).toContain(option);
    expect(err.message).toContain(envVar);
  });

  it('treats empty environment variables as missing', () => {
    expect(configError({ keyId: 'k', keySecret: 's' }, { SINCH_PROJECT_ID: '  ' }).option).toBe('projectId');
  });

  it('rejects an empty keySecret option without echoing anything', () => {
    const err = configError({ projectId: 'p', keyId: 'k', keySecret: '' });
    expect([err.option, err.envVar]).toEqual(['keySecret', 'SINCH_KEY_SECRET']);
  });

  it('rejects a malformed baseUrl, naming SINCH_PROVISIONING_URL but not echoing the value', () => {
    const err = configError({}, { SINCH_PROJECT_ID: 'p', SINCH_KEY_ID: 'k', SINCH_KEY_SECRET: 's', SINCH_PROVISIONING_URL: `not-a-url-${SENTINEL_SECRET}` });
    expect([err.option, err.envVar]).toEqual(['baseUrl', 'SINCH_PROVISIONING_URL']);
  });

  it.each([
    [{ timeout: 0 }, 'timeout'],
    [{ timeout: Number.NaN }, 'timeout'],
    [{ maxRetries: -1 }, 'maxRetries'],
    [{ maxRetries: 1.5 }, 'maxRetries'],
    [{ auth: 'digest' as never }, 'auth'],
    [{ authUrl: 'ftp://auth' }, 'authUrl'],
    [{ fetch: 'nope' as never }, 'fetch'],
    [{ logger: { debug: () => undefined } as never }, 'logger'],
    [{ defaultHeaders: { 'x-n': 1 } as never }, 'defaultHeaders'],
  ] as const)('rejects %o naming %s', (bad, option) => {
    expect(configError({ ...full, ...bad }).option).toBe(option);
  });

  it('uses HTTP Basic when auth is basic', () => {
    expect(resolveConfig({ ...full, auth: 'basic' }, {}).auth).toBeInstanceOf(BasicAuth);
  });

  it('uses a bearer token without needing an access key', () => {
    expect(resolveConfig({ projectId: 'p', accessToken: 'tok' }, {}).auth).toBeInstanceOf(BearerAuth);
    expect(resolveConfig({ projectId: 'p', accessToken: async () => 'tok' }, {}).auth).toBeInstanceOf(BearerAuth);
  });

  it('rejects accessToken together with auth, and an empty accessToken', () => {
    expect(configError({ projectId: 'p', accessToken: 't', auth: 'basic' }).option).toBe('accessToken');
    expect(configError({ projectId: 'p', accessToken: '' }).option).toBe('accessToken');
  });
});

describe('resolveConfig where the environment cannot be read (Deno without --allow-env)', () => {
  const forbidden = new Proxy(
    {},
    {
      get: () => {
        throw new Error('NotCapable: Requires env access');
      },
    },
  ) as Record<string, string | undefined>;

  it('treats the variables as unset: explicit options work', () => {
    const config = resolveConfig({ projectId: 'p1', accessToken: 't' }, forbidden);
    expect([config.projectId, config.baseUrl]).toEqual(['p1', 'https://provisioning.api.sinch.com']);
  });

  it('still names the option and its variable when one is missing', () => {
    expect(() => resolveConfig({ accessToken: 't' }, forbidden)).toThrow(
      'Missing projectId: pass { projectId } to new Provisioning() (or set SINCH_PROJECT_ID)',
    );
  });
});

describe('resolveConfig: traffic limits', () => {
  it('accepts positive integers and leaves both unset by default', () => {
    const c = resolveConfig({ ...full, maxConcurrency: 8, maxRequestsPerSecond: 50 }, {});
    expect([c.maxConcurrency, c.maxRequestsPerSecond]).toEqual([8, 50]);
    const d = resolveConfig(full, {});
    expect([d.maxConcurrency, d.maxRequestsPerSecond]).toEqual([undefined, undefined]);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '4'])('rejects maxConcurrency %s with a ConfigurationError naming the option', (bad) => {
    const err = configError({ ...full, maxConcurrency: bad as number });
    expect(err.option).toBe('maxConcurrency');
    expect(err.message).toContain('maxConcurrency');
  });

  it.each([0, -5, 0.5, Number.NaN, Number.POSITIVE_INFINITY, '10'])('rejects maxRequestsPerSecond %s with a ConfigurationError naming the option', (bad) => {
    const err = configError({ ...full, maxRequestsPerSecond: bad as number });
    expect(err.option).toBe('maxRequestsPerSecond');
  });
});
