import { afterEach, beforeEach, expect } from 'vitest';
import { Provisioning, type ProvisioningOptions } from '../../../src/index.js';
import { FaultServer } from './fault-server.js';
import { settledSockets, trackTimers } from './leaks.js';

/** A few turns of the event loop: lets settled work (a cleared timer, a destroyed socket) finish, far shorter than any SDK timer. */
export async function turns(n = 5): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise<void>((r) => setImmediate(r));
}

/**
 * Starts a fresh {@link FaultServer} before each test of the file and, after it, asserts that
 * nothing is left behind. The client-side checks run BEFORE the server closes its connections
 * (closing them would end a request the SDK never gave up on, and clear its timers with it):
 * no armed timer created during the test, no request a client still waits on. Then the server
 * closes and no TCP socket or server may remain.
 */
export function useFaultServer(): { readonly server: FaultServer; restart(): Promise<void> } {
  let server: FaultServer;
  let timers: ReturnType<typeof trackTimers>;

  beforeEach(async () => {
    timers = trackTimers();
    server = await FaultServer.start();
  });

  afterEach(async () => {
    try {
      await turns();
      expect(timers.pending, 'timers left armed (before the server closed)').toBe(0);
      expect(server.waiting, 'requests a client still waits on (before the server closed)').toBe(0);
    } finally {
      timers.restore();
      await server.close();
    }
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

/**
 * A client of project p1 on `server` with an access key: OAuth2 against the server's token
 * endpoint, or Basic with `auth: 'basic'`. `options` override every default.
 */
export function keyClient(server: FaultServer, options: ProvisioningOptions = {}): Provisioning {
  return new Provisioning({ projectId: 'p1', keyId: 'key-id', keySecret: 'key-secret', authUrl: server.authUrl, baseUrl: server.url, ...options });
}
