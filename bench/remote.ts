import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Counters of bench/loopback-server.mjs since its last reset. */
export interface ServerStats {
  requests: number;
  ok: number;
  /** Requests answered 429. */
  limited: number;
  maxInFlight: number;
}

export interface Remote {
  url: string;
  stats(): Promise<ServerStats>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./loopback-server.mjs', import.meta.url));

/** Starts bench/loopback-server.mjs in its own process (so its CPU is not the client's) and waits until it listens. */
export async function startRemote(args: string[] = []): Promise<Remote> {
  const child: ChildProcess = spawn(process.execPath, [SCRIPT, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`loopback server exited (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const line = buffered.split('\n')[0];
      if (buffered.includes('\n') && line) resolve((JSON.parse(line) as { url: string }).url);
    });
  });
  child.removeAllListeners('exit');
  return {
    url,
    stats: async () => (await (await fetch(`${url}/__stats`)).json()) as ServerStats,
    reset: async () => void (await fetch(`${url}/__reset`, { method: 'POST' })).body?.cancel(),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
        setTimeout(() => child.kill('SIGTERM'), 2000).unref();
      }),
  };
}
