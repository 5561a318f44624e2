import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
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
});
