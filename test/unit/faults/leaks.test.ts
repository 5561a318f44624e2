import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { FaultServer, hang } from './fault-server.js';
import { settledSockets, trackTimers } from './leaks.js';

// The leak checks of the fault suite must be able to fail: each one is shown a leak here.
describe('leak checks', () => {
  it('trackTimers counts an armed timer until it is cleared, and ignores unref-ed ones', () => {
    const timers = trackTimers();
    try {
      const armed = setTimeout(() => undefined, 10_000);
      setTimeout(() => undefined, 10_000).unref();
      expect(timers.pending).toBe(1);
      clearTimeout(armed);
      expect(timers.pending).toBe(0);
    } finally {
      timers.restore();
    }
  });

  it('settledSockets reports a server left listening, and nothing once it is closed', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    expect(await settledSockets(50)).toEqual({ TCPServerWrap: 1 });
    await new Promise<void>((r) => server.close(() => r()));
    expect(await settledSockets()).toEqual({});
  });

  it('FaultServer.waiting counts a request a client still waits on, until the client gives up', async () => {
    const server = await FaultServer.start();
    try {
      server.scriptApi(hang);
      const controller = new AbortController();
      const call = fetch(`${server.url}/v1/x`, { signal: controller.signal }).catch(() => 'aborted');
      for (let i = 0; i < 200 && server.api.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
      expect(server.waiting).toBe(1);
      controller.abort();
      expect(await call).toBe('aborted');
      for (let i = 0; i < 200 && server.waiting > 0; i++) await new Promise((r) => setTimeout(r, 5));
      expect(server.waiting).toBe(0);
    } finally {
      await server.close();
    }
  });
});
