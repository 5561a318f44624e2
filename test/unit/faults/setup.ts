import { afterEach, beforeEach, expect } from 'vitest';
import { FaultServer } from './fault-server.js';
import { settledSockets, trackTimers } from './leaks.js';

/**
 * Starts a fresh {@link FaultServer} before each test of the file and, after it, closes the
 * server and asserts that nothing is left behind: no armed timer created during the test, no
 * open TCP socket or server.
 */
export function useFaultServer(): { readonly server: FaultServer; restart(): Promise<void> } {
  let server: FaultServer;
  let timers: ReturnType<typeof trackTimers>;

  beforeEach(async () => {
    timers = trackTimers();
    server = await FaultServer.start();
  });

  afterEach(async () => {
    await server.close();
    timers.restore();
    expect(timers.pending, 'timers left armed').toBe(0);
    expect(await settledSockets(), 'sockets left open').toEqual({});
  });

  return {
    get server() {
      return server;
    },
    /** Replaces the server (after a test closed it on purpose). */
    async restart() {
      server = await FaultServer.start();
    },
  };
}

export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}
