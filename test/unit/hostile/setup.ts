import { afterEach, beforeEach, expect } from 'vitest';
import { settledSockets, trackTimers } from '../faults/leaks.js';
import { turns } from '../faults/setup.js';
import { RawServer } from './raw-server.js';

/**
 * A fresh {@link RawServer} per test, and the fault suite's leak check in the same order: the
 * SDK's timers are counted BEFORE the server drops its connections, then no socket may remain.
 */
export function useRawServer(): { readonly server: RawServer; extra(s: { close(): Promise<void> }): void } {
  let server: RawServer;
  let timers: ReturnType<typeof trackTimers>;
  let extras: { close(): Promise<void> }[] = [];

  beforeEach(async () => {
    timers = trackTimers();
    server = await RawServer.start();
    extras = [];
  });

  afterEach(async () => {
    try {
      await turns();
      expect(timers.pending, 'timers left armed (before the server closed)').toBe(0);
    } finally {
      timers.restore();
      await server.close();
      for (const e of extras) await e.close();
    }
    expect(await settledSockets(), 'sockets left open').toEqual({});
  });

  return {
    get server() {
      return server;
    },
    /** Another server the test started, closed after it like the main one. */
    extra(s) {
      extras.push(s);
    },
  };
}
