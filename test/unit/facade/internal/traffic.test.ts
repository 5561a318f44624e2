import { describe, expect, it } from 'vitest';
import { AbortError } from '../../../../src/facade/core/errors.js';
import { BearerAuth } from '../../../../src/facade/internal/auth.js';
import { type Slot, type Traffic, INITIAL_WINDOW, createTraffic } from '../../../../src/facade/internal/traffic.js';
import { createTransport } from '../../../../src/facade/internal/transport.js';

/**
 * Traffic shaping against fake clocks: every time below is fake milliseconds, advanced by the
 * test (no test waits on the wall clock). Counts are exact; rates and concurrency are measured
 * by the fake server, independently of the gate's own bookkeeping.
 */

/** A manual clock with timers; `run` advances it from timer to timer until `done`. */
class FakeClock {
  t = 0;
  #timers: { at: number; seq: number; fn: () => void }[] = [];
  #seq = 0;
  now = (): number => this.t;
  setTimer = (fn: () => void, ms: number): (() => void) => {
    const timer = { at: this.t + Math.max(0, ms), seq: this.#seq++, fn };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((x) => x !== timer);
    };
  };
  sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      this.setTimer(resolve, ms);
    });
  get pending(): number {
    return this.#timers.length;
  }
  /** Lets every promise chain settle (setImmediate runs after the microtask queue drains). */
  static async settle(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise<void>((r) => setImmediate(r));
  }
  async run(until: () => boolean, limitMs = 600_000): Promise<void> {
    await FakeClock.settle();
    while (!until()) {
      this.#timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.#timers.shift();
      if (!next) throw new Error('FakeClock: nothing scheduled but not done (deadlock)');
      if (next.at > limitMs) throw new Error(`FakeClock: past ${limitMs} ms`);
      this.t = Math.max(this.t, next.at);
      next.fn();
      await FakeClock.settle();
    }
  }
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    await this.run(() => !this.#timers.some((x) => x.at <= end));
    this.t = end;
    await FakeClock.settle();
  }
}

/** A seeded random (mulberry32), so that jitter is exercised but runs are repeatable. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The largest number of `times` inside any window [t, t + ms). */
function maxInWindow(times: number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while ((sorted[hi] ?? 0) - (sorted[lo] ?? 0) >= ms) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

/**
 * A fake API on the fake clock: answers after `latencyMs`, counts what is in flight, and
 * enforces `limit` accepted requests in any sliding 1 s window with 429 (plus Retry-After
 * when `retryAfter` is set), the way a rate-limited server would.
 */
function fakeServer(clock: FakeClock, opts: { latencyMs?: number; limit?: number; retryAfter?: string } = {}) {
  const stats = { requests: 0, limited: 0, inFlight: 0, maxInFlight: 0, starts: [] as number[], accepted: [] as number[], methods: [] as string[] };
  const latency = opts.latencyMs ?? 5;
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = (input instanceof Request ? input.method : init?.method) ?? 'GET';
    stats.requests++;
    stats.methods.push(method);
    stats.starts.push(clock.t);
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    const arrived = clock.t;
    await clock.sleep(latency / 2);
    let status = 200;
    if (opts.limit !== undefined) {
      const recent = stats.accepted.filter((t) => t > arrived - 1000).length;
      if (recent >= opts.limit) status = 429;
      else stats.accepted.push(arrived);
    }
    await clock.sleep(latency / 2);
    stats.inFlight--;
    if (status === 429) {
      stats.limited++;
      return new Response('{"errorCode":"too_many_requests","message":"slow down"}', {
        status,
        headers: { 'content-type': 'application/json', ...(opts.retryAfter !== undefined && { 'retry-after': opts.retryAfter }) },
      });
    }
    return new Response('{"id":"w1"}', { status: method === 'POST' ? 201 : 200, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, stats };
}

function transportOn(clock: FakeClock, fetch: typeof globalThis.fetch, traffic: Traffic, maxRetries = 2) {
  return createTransport({
    fetch,
    auth: new BearerAuth('t'),
    timeout: 10_000_000, // a real timer, cleared when each attempt ends; never reached
    maxRetries,
    sleep: clock.sleep,
    now: clock.now,
    traffic,
  });
}

const URL_ = 'https://provisioning.test/v1/projects/p1/webhooks/w1';
const get = () => ({ method: 'GET', url: URL_, headers: new Headers() });

/** Runs `n` calls (`concurrency` at a time, or all at once) and waits for the fake clock to finish them. */
async function runCalls(clock: FakeClock, n: number, call: () => Promise<unknown>, concurrency = n) {
  const outcomes: ('ok' | Error)[] = [];
  let started = 0;
  const worker = async (): Promise<void> => {
    while (started < n) {
      started++;
      outcomes.push(
        await call().then(
          () => 'ok' as const,
          (e: Error) => e,
        ),
      );
    }
  };
  const all = Promise.all(Array.from({ length: Math.min(n, concurrency) }, worker));
  await clock.run(() => outcomes.length === n);
  await all;
  return { failures: outcomes.filter((o) => o !== 'ok'), end: clock.t };
}

describe('traffic: maxConcurrency', () => {
  it.each([1, 4, 32])('never has more than %i attempts in flight (measured by the server), and sends each call once', async (limit) => {
    const clock = new FakeClock();
    const server = fakeServer(clock, { latencyMs: 7 });
    const transport = transportOn(clock, server.fetch, createTraffic({ maxConcurrency: limit, now: clock.now, setTimer: clock.setTimer }));
    const { failures } = await runCalls(clock, 200, () => transport.send(get()));
    expect(failures).toEqual([]);
    expect(server.stats.requests).toBe(200);
    expect(server.stats.maxInFlight).toBe(limit);
    expect(clock.pending).toBe(0);
  });

  it('without a limit, starts a burst with a small window and widens it while calls wait', async () => {
    const clock = new FakeClock();
    const server = fakeServer(clock, { latencyMs: 10 });
    const traffic = createTraffic({ now: clock.now, setTimer: clock.setTimer });
    const transport = transportOn(clock, server.fetch, traffic);
    const { failures } = await runCalls(clock, 1000, () => transport.send(get()));
    expect(failures).toEqual([]);
    expect(server.stats.requests).toBe(1000);
    // The first round trip carries INITIAL_WINDOW attempts, not the whole burst.
    expect(server.stats.starts.filter((t) => t === 0)).toHaveLength(INITIAL_WINDOW);
    expect(server.stats.maxInFlight).toBeGreaterThan(INITIAL_WINDOW * 4);
  });
});

describe('traffic: maxRequestsPerSecond', () => {
  it.each([
    [10, 1],
    [10, 16],
    [50, 200],
  ])('never starts more than %i attempts in any 1 s window (%i calls in flight), and takes no longer than needed', async (rps, concurrency) => {
    const clock = new FakeClock();
    const server = fakeServer(clock, { latencyMs: 3 });
    const transport = transportOn(clock, server.fetch, createTraffic({ maxRequestsPerSecond: rps, now: clock.now, setTimer: clock.setTimer }));
    const n = rps * 5;
    const { failures, end } = await runCalls(clock, n, () => transport.send(get()), concurrency);
    expect(failures).toEqual([]);
    expect(server.stats.requests).toBe(n);
    expect(maxInWindow(server.stats.starts, 1000)).toBe(rps);
    // 5 windows' worth: the last batch starts after 4 s (never sooner), and not much later.
    expect(end).toBeGreaterThanOrEqual(4000);
    expect(end).toBeLessThan(4000 + 100);
  });
});

describe('traffic: the client pauses after a 429', () => {
  it('holds queued and new calls for the Retry-After; the call that got the 429 retries once, in turn', async () => {
    const clock = new FakeClock();
    let first = true;
    const starts: [string, number][] = [];
    const fetch = (async (input: RequestInfo | URL) => {
      const id = new URL(String(input instanceof Request ? input.url : input)).searchParams.get('id') ?? '?';
      starts.push([id, clock.t]);
      await clock.sleep(10);
      if (first) {
        first = false;
        return new Response('{}', { status: 429, headers: { 'retry-after': '2' } });
      }
      return new Response('{}', { status: 200 });
    }) as typeof globalThis.fetch;
    const traffic = createTraffic({ maxConcurrency: 1, now: clock.now, setTimer: clock.setTimer });
    const transport = createTransport({
      fetch,
      auth: new BearerAuth('t'),
      timeout: 1e7,
      maxRetries: 2,
      sleep: clock.sleep,
      now: clock.now,
      random: () => 0,
      traffic,
    });
    const call = (id: string) => transport.send({ method: 'GET', url: `${URL_}?id=${id}`, headers: new Headers() });
    const a = call('a');
    const b = call('b'); // queued behind a (maxConcurrency 1)
    await clock.advance(500);
    const c = call('c'); // new, during the pause
    let settled = 0;
    for (const p of [a, b, c]) void p.finally(() => settled++);
    await clock.run(() => settled === 3, 10_000);
    // a: 429 at 10 ms, Retry-After 2 s: nothing starts before 2010. Then in arrival order: b
    // (queued), c (new during the pause), and a, whose retry came back after its own 2 s wait.
    expect(starts).toEqual([
      ['a', 0],
      ['b', 2010],
      ['c', 2020],
      ['a', 2030],
    ]);
    expect(clock.pending).toBe(0);
  });

  it('adds jitter to the pause (up to 25 % of Retry-After, from the transport), never less than asked', async () => {
    for (const [r, expected] of [
      [0, 1010],
      [0.5, 1135],
      [0.999, 1260],
    ] as const) {
      const clock = new FakeClock();
      const starts: number[] = [];
      const fetch = (async () => {
        starts.push(clock.t);
        await clock.sleep(10);
        return new Response('{}', { status: starts.length === 1 ? 429 : 200, headers: { 'retry-after': '1' } });
      }) as typeof globalThis.fetch;
      const traffic = createTraffic({ now: clock.now, setTimer: clock.setTimer });
      const transport = createTransport({
        fetch,
        auth: new BearerAuth('t'),
        timeout: 1e7,
        maxRetries: 0,
        sleep: clock.sleep,
        now: clock.now,
        random: () => r,
        traffic,
      });
      let done = false;
      void transport.send(get()).finally(() => (done = true));
      await clock.run(() => done); // answered 429 at 10 ms, not retried (maxRetries 0)
      let at = -1;
      void transport.send(get()).then(() => (at = starts.at(-1) ?? -1));
      await clock.run(() => at >= 0);
      expect(starts).toHaveLength(2);
      expect(at).toBeGreaterThanOrEqual(10 + 1000);
      expect(at).toBe(expected);
    }
  });

  it('the slot that saw the 429 is not held again by the pause it caused; every other one is', () => {
    const clock = new FakeClock();
    const traffic = createTraffic({ now: clock.now, setTimer: clock.setTimer });
    const slot = traffic.tryAcquire() as Slot;
    slot.rateLimited(1000);
    slot.release();
    expect(traffic.tryAcquire()).toBeUndefined();
    const again = traffic.tryAcquire(slot);
    expect(again).toBeDefined();
    again?.release();
  });

  it('an abort while queued rejects with AbortError, sends nothing and leaves no timer', async () => {
    const clock = new FakeClock();
    const server = fakeServer(clock);
    const traffic = createTraffic({ now: clock.now, setTimer: clock.setTimer });
    const blocker = traffic.tryAcquire() as Slot;
    blocker.rateLimited(30_000);
    blocker.release();
    const transport = transportOn(clock, server.fetch, traffic);
    const controller = new AbortController();
    const pending = transport.send({ ...get(), signal: controller.signal }).catch((e: unknown) => e);
    await clock.advance(1000);
    controller.abort();
    expect(await pending).toBeInstanceOf(AbortError);
    expect(server.stats.requests).toBe(0);
    expect(clock.pending).toBe(0);
  });
});

describe('traffic: a write is never sent twice because of the gate', () => {
  it('a POST answered 429 is sent again exactly once (429: the server did not act), a POST answered 500 never', async () => {
    for (const [status, expected] of [
      [429, 2],
      [500, 1],
    ] as const) {
      const clock = new FakeClock();
      let n = 0;
      const fetch = (async () => {
        n++;
        await clock.sleep(5);
        return new Response('{}', { status: n === 1 ? status : 201, headers: { 'retry-after': '1' } });
      }) as typeof globalThis.fetch;
      const transport = transportOn(clock, fetch, createTraffic({ now: clock.now, setTimer: clock.setTimer }));
      let done = false;
      const res = transport.send({ method: 'POST', url: URL_, headers: new Headers(), body: '{"a":1}' }).finally(() => (done = true));
      await clock.run(() => done);
      expect((await res).response.status).toBe(status === 429 ? 201 : 500);
      expect(n).toBe(expected);
    }
  });
});

describe('traffic: 1,000 calls against a server allowing 50 requests/s', () => {
  // The scenario of issue 14 on a fake clock: ideal time 20 s (1,000 / 50).
  it('Promise.all with Retry-After: 0 failures, <= 20 % extra requests, <= 1.1 x the ideal time, rate never above 50 per 1 s', async () => {
    const clock = new FakeClock();
    const server = fakeServer(clock, { latencyMs: 4, limit: 50, retryAfter: '1' });
    const traffic = createTraffic({ now: clock.now, setTimer: clock.setTimer });
    const transport = transportOn(clock, server.fetch, traffic);
    const { failures, end } = await runCalls(clock, 1000, () => transport.send(get()));
    expect(failures).toEqual([]);
    expect(server.stats.requests).toBe(1000 + server.stats.limited);
    expect(server.stats.limited).toBeLessThanOrEqual(200);
    expect(end).toBeLessThanOrEqual(22_000);
    expect(maxInWindow(server.stats.accepted, 1000)).toBe(50);
  });

  it('without Retry-After at concurrency 32: 0 failures, <= 20 % extra requests', async () => {
    const clock = new FakeClock();
    const server = fakeServer(clock, { latencyMs: 4, limit: 50 });
    const traffic = createTraffic({ now: clock.now, setTimer: clock.setTimer });
    const transport = createTransport({
      fetch: server.fetch,
      auth: new BearerAuth('t'),
      timeout: 1e7,
      maxRetries: 2,
      sleep: clock.sleep,
      now: clock.now,
      random: seeded(3),
      traffic,
    });
    const { failures, end } = await runCalls(clock, 1000, () => transport.send(get()), 32);
    expect(failures).toEqual([]);
    expect(server.stats.requests).toBe(1000 + server.stats.limited);
    expect(server.stats.limited).toBeLessThanOrEqual(200);
    expect(end).toBeLessThanOrEqual(22_000);
  });

  it('with a 150 ms round trip: 0 failures, extra requests only from the first burst, never more than 50 accepted in any 1 s window', async () => {
    const clock = new FakeClock();
    const server = fakeServer(clock, { latencyMs: 150, limit: 50, retryAfter: '1' });
    const transport = transportOn(clock, server.fetch, createTraffic({ now: clock.now, setTimer: clock.setTimer }));
    const { failures, end } = await runCalls(clock, 1000, () => transport.send(get()));
    expect(failures).toEqual([]);
    expect(server.stats.requests).toBe(1000 + server.stats.limited);
    // The slow-start overshoot: what was in flight when the first 429 came back.
    expect(server.stats.limited).toBeLessThanOrEqual(INITIAL_WINDOW + 50);
    expect(maxInWindow(server.stats.accepted, 1000)).toBe(50);
    // Counting answers by arrival costs a round trip per window: 20 windows of 1.02 s + 0.15 s at most.
    expect(end).toBeLessThanOrEqual(20 * 1170 + 1500);
  });

  it('a lone call against a server that always answers 429 gets the 429 after exactly 1 + maxRetries requests', async () => {
    const clock = new FakeClock();
    const server = fakeServer(clock, { latencyMs: 4, limit: 0 });
    const transport = transportOn(clock, server.fetch, createTraffic({ now: clock.now, setTimer: clock.setTimer }));
    let status = 0;
    await runCalls(clock, 1, () => transport.send(get()).then((r) => (status = r.response.status)));
    expect(status).toBe(429);
    expect(server.stats.requests).toBe(3);
    expect(clock.pending).toBe(0);
  });
});

describe('traffic: client options', () => {
  it('new Provisioning({ maxConcurrency: 2 }) keeps at most 2 requests in flight across resources', async () => {
    const { Provisioning } = await import('../../../../src/index.js');
    let inFlight = 0;
    let max = 0;
    let requests = 0;
    const held: (() => void)[] = [];
    const fetch = (async () => {
      requests++;
      max = Math.max(max, ++inFlight);
      await new Promise<void>((r) => held.push(r));
      inFlight--;
      return new Response('{"id":"w1","target":"https://e.com","projectId":"p1","triggers":["ALL"]}', { headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const client = new Provisioning({ projectId: 'p1', accessToken: 't', fetch, maxConcurrency: 2 });
    const calls = Array.from({ length: 7 }, (_, i) => (i % 2 ? client.webhooks.get(`w${i}`) : client.sms.apps.get(`a${i}`)));
    let settled = 0;
    for (const c of calls) void c.finally(() => settled++).catch(() => undefined);
    while (settled < 7) {
      await FakeClock.settle();
      held.shift()?.();
    }
    await Promise.allSettled(calls);
    expect(requests).toBe(7);
    expect(max).toBe(2);
  });
});

describe('traffic: window reset and the lazy loader', () => {
  it('after a second of idleness a new burst starts again with the small window', async () => {
    const clock = new FakeClock();
    const server = fakeServer(clock, { latencyMs: 10 });
    const transport = transportOn(clock, server.fetch, createTraffic({ now: clock.now, setTimer: clock.setTimer }));
    await runCalls(clock, 500, () => transport.send(get()));
    expect(server.stats.maxInFlight).toBeGreaterThan(INITIAL_WINDOW * 4);
    await clock.advance(1500);
    const second = clock.t;
    await runCalls(clock, 500, () => transport.send(get()));
    expect(server.stats.starts.filter((t) => t === second)).toHaveLength(INITIAL_WINDOW);
    expect(server.stats.requests).toBe(1000);
  });

  it('lazyTraffic rejects a call whose signal aborted while the gate was loading, and sends nothing', async () => {
    const { lazyTraffic } = await import('../../../../src/facade/internal/traffic-lazy.js');
    const gate = lazyTraffic({});
    expect(gate.tryAcquire()).toBeUndefined(); // not loaded yet
    const controller = new AbortController();
    const pending = gate.acquire(controller.signal).then(
      () => 'acquired',
      (e: unknown) => e,
    );
    controller.abort(new Error('stop'));
    expect(await pending).toEqual(new Error('stop'));
    const slot = await gate.acquire();
    const next = gate.tryAcquire(); // loaded: synchronous from now on
    expect(next).toBeDefined();
    next?.release();
    slot.release();
  });
});
