import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../../../src/facade/core/errors.js';
import { resolveConfig } from '../../../../src/facade/internal/config.js';
import type { Logger } from '../../../../src/facade/internal/logger.js';
import { Provisioning } from '../../../../src/index.js';

const base = { projectId: 'p1', accessToken: 't' };

function recorder(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  return { lines, logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

/** Writes one line at every level through the resolved logger. */
function writeAll(logger: Logger | undefined): void {
  for (const level of ['debug', 'info', 'warn', 'error'] as const) logger?.[level](level, {});
}

afterEach(() => vi.restoreAllMocks());

describe('log level', () => {
  it.each([
    ['debug', ['debug debug', 'info info', 'warn warn', 'error error']],
    ['info', ['info info', 'warn warn', 'error error']],
    ['warn', ['warn warn', 'error error']],
    ['error', ['error error']],
    ['off', []],
  ] as const)('logLevel %s writes only that level and above', (logLevel, expected) => {
    const { logger, lines } = recorder();
    writeAll(resolveConfig({ ...base, logger, logLevel }, {}).logger);
    expect(lines).toEqual(expected);
  });

  it('without a level the logger gets every line (its own level filters)', () => {
    const { logger, lines } = recorder();
    writeAll(resolveConfig({ ...base, logger }, {}).logger);
    expect(lines).toHaveLength(4);
  });

  it('takes SINCH_PROVISIONING_LOG when the option is not set; the option wins', () => {
    const a = recorder();
    writeAll(resolveConfig({ ...base, logger: a.logger }, { SINCH_PROVISIONING_LOG: ' WARN ' }).logger);
    expect(a.lines).toEqual(['warn warn', 'error error']);
    const b = recorder();
    writeAll(resolveConfig({ ...base, logger: b.logger, logLevel: 'error' }, { SINCH_PROVISIONING_LOG: 'debug' }).logger);
    expect(b.lines).toEqual(['error error']);
    expect(resolveConfig({ ...base, logger: b.logger }, { SINCH_PROVISIONING_LOG: 'off' }).logger).toBeUndefined();
  });

  it('with a level and no logger, writes to console; with neither, writes nothing', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const fetch = async () => new Response('{"webhooks":[]}', { status: 200, headers: { 'content-type': 'application/json' } });
    await new Provisioning({ ...base, fetch, logLevel: 'info' }).webhooks.list();
    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0]?.[0]).toMatch(/^sinch-provisioning GET \/v1\/projects\/\{projectId\}\/webhooks -> 200 in \d+ ms \(attempt 1\)$/);
    expect(debug).not.toHaveBeenCalled();
    expect(resolveConfig(base, {}).logger).toBeUndefined();
  });

  it('rejects an unknown level, naming the option or the variable', () => {
    const error = (() => {
      try {
        resolveConfig({ ...base, logLevel: 'verbose' as never }, {});
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({
      message: 'Invalid logLevel: expected one of debug, info, warn, error, off',
      option: 'logLevel',
      envVar: 'SINCH_PROVISIONING_LOG',
    });
    expect(() => resolveConfig(base, { SINCH_PROVISIONING_LOG: 'loud' })).toThrow(
      'Invalid SINCH_PROVISIONING_LOG: expected one of debug, info, warn, error, off',
    );
  });
});
