// A logger whose methods are async and reject must not crash the process (an unhandled
// rejection ends Node by default) nor change a call's outcome.
import { afterEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../../src/facade/core/errors.js';
import { Provisioning } from '../../../../src/facade/client.js';
import type { Logger } from '../../../../src/facade/internal/logger.js';
import { json, papiError, scriptedFetch } from '../helpers.js';

describe('logger', () => {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => void seen.push(reason);
  afterEach(() => {
    process.off('unhandledRejection', listener);
    seen.length = 0;
  });

  it('contains async logger methods that reject, on success and on failure', async () => {
    process.on('unhandledRejection', listener);
    const calls: string[] = [];
    const rejecting = (level: string) => async () => {
      calls.push(level);
      throw new Error(`log sink down (${level})`);
    };
    const logger: Logger = { debug: rejecting('debug'), info: rejecting('info'), warn: rejecting('warn'), error: rejecting('error') };
    const fetch = scriptedFetch(
      json(200, { id: 'w-1', target: 'https://example.test/hook', triggers: ['ALL'] }),
      papiError(404, 'webhook_not_found', 'No such webhook'),
    );
    const client = new Provisioning({ projectId: 'p', accessToken: 't', maxRetries: 0, fetch, logger });
    await expect(client.webhooks.get('w-1')).resolves.toMatchObject({ id: 'w-1' });
    await expect(client.webhooks.get('w-2')).rejects.toBeInstanceOf(NotFoundError);
    expect(fetch.calls).toHaveLength(2);
    expect(calls).toEqual(['debug', 'info', 'debug', 'warn']);
    // Unhandled rejections are reported once the microtask queue drains: give it two turns.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual([]);
  });
});
