import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbortError, Provisioning, type ProvisioningOptions, ProvisioningError, TimeoutError, WaitTimeoutError } from '../../../src/index.js';
import { after, hang, reply, tokenReply } from '../faults/fault-server.js';
import { turns, useFaultServer, keyClient } from '../faults/setup.js';
import { rejection } from '../../helpers/rejection.js';

/**
 * Issue 10 item 8: timeouts bound the whole call (the wait for an OAuth2 token too), a
 * `waitUntil...({ timeout })` bounds every poll, and a token request nobody waits for is
 * aborted so it cannot keep the process alive. Item 7 (waiter part): an onPoll callback that
 * throws or rejects fails the wait with a ProvisioningError, never an unhandled rejection.
 * The leak check (armed timers, requests a client still waits on) runs before the server closes.
 */

const ctx = useFaultServer();
const bundle = (state: string) => ({ id: 'b1', projectId: 'p1', state });

const oauthClient = (options: ProvisioningOptions = {}): Provisioning => keyClient(ctx.server, { timeout: 20_000, ...options });

/** Polls `check` every few event-loop turns for up to ~2 s (no fixed sleep: it returns as soon as `check` holds). */
async function eventually(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  return check();
}

describe('the OAuth2 token wait', () => {
  it('a per-call timeout of 150 ms covers a token endpoint that hangs (client timeout 20 s): TimeoutError, 1 token request, 0 API requests', async () => {
    ctx.server.scriptToken(hang);
    const err = await rejection(oauthClient().webhooks.get('w1', { timeout: 150, maxRetries: 0 }));
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as Error).message).toBe('GET /v1/projects/{projectId}/webhooks/{webhookId} timed out after 150 ms waiting for credentials');
    expect(err).toMatchObject({ requestSent: false });
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([1, 0]);
    // The abandoned token request was aborted: its connection is closed (checked again by the leak check).
    expect(await eventually(() => ctx.server.waiting === 0)).toBe(true);
  });

  it('a token request nobody waits for any more is aborted: no open request, no armed timer, before the server closes', async () => {
    ctx.server.scriptToken(hang);
    const controller = new AbortController();
    const call = rejection(oauthClient().webhooks.get('w1', { signal: controller.signal }));
    expect(await eventually(() => ctx.server.token.length === 1)).toBe(true);
    controller.abort();
    expect(await call).toBeInstanceOf(AbortError);
    expect(await eventually(() => ctx.server.waiting === 0)).toBe(true);
    expect(ctx.server.api).toHaveLength(0);
  });

  it('one caller giving up does not abort the token request the others wait for: 1 token request, 2 API requests', async () => {
    ctx.server.scriptToken(after(150, tokenReply('tok-1')));
    ctx.server.scriptApi(reply(200, { id: 'w1' }), reply(200, { id: 'w1' }));
    const c = oauthClient();
    const controller = new AbortController();
    const quitter = rejection(c.webhooks.get('w1', { signal: controller.signal }));
    const stayers = [c.webhooks.get('w1'), c.webhooks.get('w1')];
    expect(await eventually(() => ctx.server.token.length === 1)).toBe(true);
    controller.abort();
    expect(await quitter).toBeInstanceOf(AbortError);
    expect(await Promise.all(stayers)).toEqual([{ id: 'w1' }, { id: 'w1' }]);
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([1, 2]);
  });
});

describe('waitUntil...({ timeout })', () => {
  it('a poll that hangs is bounded by the wait: WaitTimeoutError of the wait after 1 request (client timeout 20 s, 2 retries)', async () => {
    ctx.server.scriptApi(hang, hang, hang);
    const c = new Provisioning({ projectId: 'p1', accessToken: 'tok-1234', baseUrl: ctx.server.url, timeout: 20_000, maxRetries: 2 });
    const err = await rejection(c.bundles.waitUntilDone('b1', { timeout: 200, interval: 50 }));
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect((err as Error).message).toBe('bundle b1 did not finish within 200 ms (last seen: no answer yet)');
    expect(ctx.server.api).toHaveLength(1);
    expect(await eventually(() => ctx.server.waiting === 0)).toBe(true);
  });

  it('every poll gets at most the time left: a per-call timeout larger than the wait is cut', async () => {
    ctx.server.scriptApi(reply(200, bundle('IN_PROGRESS')), hang);
    const c = new Provisioning({ projectId: 'p1', accessToken: 'tok-1234', baseUrl: ctx.server.url, maxRetries: 0 });
    const err = await rejection(c.bundles.waitUntilDone('b1', { timeout: 250, interval: 20 }, { timeout: 60_000 }));
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect((err as Error).message).toBe('bundle b1 did not finish within 250 ms (last seen: state IN_PROGRESS)');
    expect(ctx.server.api).toHaveLength(2);
  });
});

describe('onPoll callbacks that fail', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  const c = () => new Provisioning({ projectId: 'p1', accessToken: 'tok-1234', baseUrl: ctx.server.url, maxRetries: 0 });

  it.each([
    [
      'throws',
      () => {
        throw new Error('progress bar broke');
      },
    ],
    ['returns a rejecting promise', async () => Promise.reject(new Error('progress bar broke'))],
  ])('onPoll that %s fails the wait with a ProvisioningError (cause kept), 1 request, no unhandled rejection', async (_what, onPoll) => {
    ctx.server.scriptApi(reply(200, bundle('IN_PROGRESS')), reply(200, bundle('DONE')));
    const err = await rejection(c().bundles.waitUntilDone('b1', { interval: 10, onPoll }));
    expect(err).toBeInstanceOf(ProvisioningError);
    expect((err as Error).message).toBe('Stopped waiting for bundle b1: the onPoll callback failed');
    expect(((err as Error).cause as Error).message).toBe('progress bar broke');
    expect(ctx.server.api).toHaveLength(1);
    await turns(20);
    expect(unhandled).toEqual([]);
  });

  it('an async onPoll is awaited before the next poll', async () => {
    ctx.server.scriptApi(reply(200, bundle('IN_PROGRESS')), reply(200, bundle('DONE')));
    const order: string[] = [];
    const done = await c().bundles.waitUntilDone('b1', {
      interval: 10,
      onPoll: async (s) => {
        order.push(`start ${(s as { state: string }).state} after ${ctx.server.api.length}`);
        await turns(3);
        order.push('end');
      },
    });
    expect(done).toMatchObject({ state: 'DONE' });
    expect(order).toEqual(['start IN_PROGRESS after 1', 'end', 'start DONE after 2', 'end']);
  });
});
