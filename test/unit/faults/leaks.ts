/**
 * Leak checks for tests on real sockets. Two views: open TCP handles from
 * process.getActiveResourcesInfo() (client sockets, servers), and the timers created through
 * the global setTimeout during a test that neither fired nor were cleared (the SDK's timeouts,
 * retry waits and token timers all go through it; the test runner's own timers do not).
 */
export type Resources = Record<string, number>;

export function activeResources(): Resources {
  const counts: Resources = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

/** Open TCP sockets and servers; none may remain once a test has closed its server. */
export function openSockets(): Resources {
  const all = activeResources();
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('TCP')));
}

/**
 * Open TCP handles once there are none, or whatever is left after `withinMs`: closed sockets
 * leave the list a few event-loop turns after close(), so the check waits a little.
 */
export async function settledSockets(withinMs = 1000): Promise<Resources> {
  const deadline = Date.now() + withinMs;
  let open = openSockets();
  while (Object.keys(open).length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 10));
    open = openSockets();
  }
  return open;
}

/**
 * Wraps the global setTimeout/clearTimeout to count timers still pending. Install it before
 * the code under test runs and call `restore()` afterwards.
 */
export function trackTimers() {
  const pending = new Set<ReturnType<typeof setTimeout>>();
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  const set = (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = realSet(() => {
      pending.delete(timer);
      fn(...args);
    }, ms);
    pending.add(timer);
    return timer;
  };
  const clear = (timer: ReturnType<typeof setTimeout> | undefined) => {
    if (timer !== undefined) pending.delete(timer);
    realClear(timer);
  };
  globalThis.setTimeout = set as unknown as typeof setTimeout;
  globalThis.clearTimeout = clear as typeof clearTimeout;
  return {
    /** Timers still armed that keep the process alive (unref'd ones, e.g. undici's clock, do not). */
    get pending(): number {
      return [...pending].filter((t) => t.hasRef()).length;
    },
    restore(): void {
      globalThis.setTimeout = realSet;
      globalThis.clearTimeout = realClear;
    },
  };
}
