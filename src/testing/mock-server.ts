import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProvisioningError } from '../facade/core/errors.js';

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Port to listen on; a free one is picked when omitted. */
  port?: number;
  /** Spec to mock; defaults to the `openapi/provisioning.yaml` bundled with this package. */
  spec?: string;
  /** How long to wait for Prism to answer, in milliseconds (default 60 000). */
  startTimeout?: number;
  /** Receives Prism's own output lines (quiet when omitted). */
  onOutput?: (line: string) => void;
}

/** A running Prism mock of the Provisioning API. */
export interface MockServer {
  /** Base URL to give the client, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Prism's process id (it runs in its own process group), e.g. for diagnostics. */
  pid: number | undefined;
  /** Stops Prism and waits until its process has exited. */
  close(): Promise<void>;
}

/** Thrown by {@link startMockServer} when the requested port is taken by another server. */
export class PortInUseError extends ProvisioningError {
  override readonly name = 'PortInUseError';
  readonly port: number;

  constructor(port: number) {
    super(`Port ${port} on 127.0.0.1 is already in use, so Prism cannot listen there. Stop the other server, or omit \`port\` to get a free one.`);
    this.port = port;
  }
}

const here = dirname(fileURLToPath(import.meta.url));

/** The spec shipped with the package (found from both `src/` and `dist/`). */
export function bundledSpecPath(): string {
  // `here` is src/testing or dist/testing, except in the CommonJS build, where tsup's
  // import.meta.url shim lives in the shared chunk and so names dist/ itself.
  const candidates = ['../openapi/provisioning.yaml', '../../openapi/provisioning.yaml', '../../../openapi/provisioning.yaml'];
  for (const candidate of candidates.map((relativePath) => resolve(here, relativePath))) {
    if (existsSync(candidate)) return candidate;
  }
  throw new ProvisioningError('The bundled openapi/provisioning.yaml was not found next to the package.');
}

function prismEntry(): string {
  const require = createRequire(import.meta.url);
  try {
    const pkgPath = require.resolve('@stoplight/prism-cli/package.json');
    const bin = (require(pkgPath) as { bin: string | Record<string, string> }).bin;
    return resolve(dirname(pkgPath), typeof bin === 'string' ? bin : (bin['prism'] ?? 'dist/index.js'));
  } catch {
    throw new ProvisioningError(
      'startMockServer needs the optional peer dependency @stoplight/prism-cli. Install it with: npm install --save-dev @stoplight/prism-cli@5.14.2',
    );
  }
}

/** Asks the OS for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Fails with a {@link PortInUseError} when something already listens on the port. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolveFree, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree()));
  });
}

// Prism runs detached (its own process group, so a terminal's Ctrl-C does not reach it): it must be
// stopped when this process ends, by exit or by a signal. On a signal the default action is then
// restored and the signal raised again, unless the application listens for it itself.
const running = new Set<ChildProcess>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function killAll(): void {
  for (const child of running) kill(child, 'SIGKILL');
  running.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  killAll();
  untrackAll();
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function untrackAll(): void {
  process.off('exit', killAll);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

function track(child: ChildProcess): void {
  if (running.size === 0) {
    process.on('exit', killAll);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  running.add(child);
}

function untrack(child: ChildProcess): void {
  if (running.delete(child) && running.size === 0) untrackAll();
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => kill(child, 'SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    kill(child, 'SIGTERM');
  });
}

function kill(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    // Prism runs in its own process group: signal the whole group so nothing is orphaned.
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

// Prism's own line once it listens: an answer on the port alone could come from another server.
const LISTENING = /listening on/i;

async function waitUntilAnswering(url: string, port: number, child: ChildProcess, timeoutMs: number, output: string[]): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      if (output.some((line) => line.includes('EADDRINUSE'))) throw new PortInUseError(port);
      throw new ProvisioningError(`Prism exited with code ${child.exitCode} before answering:\n${output.slice(-20).join('\n')}`);
    }
    try {
      if (output.some((line) => LISTENING.test(line))) {
        await fetch(`${url}/`, { signal: AbortSignal.timeout(1_000) });
        return;
      }
    } catch {
      // Not answering yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new ProvisioningError(`Prism did not answer on ${url} within ${timeoutMs} ms:\n${output.slice(-20).join('\n')}`);
}

/**
 * Starts a Prism mock server on loopback from the bundled spec (or `spec`) and resolves once it answers.
 * Always `close()` it (for example in a vitest global setup's teardown); Prism is also stopped when
 * this process exits or is ended by SIGINT, SIGTERM or SIGHUP. A requested `port` that another
 * server holds fails with a {@link PortInUseError}.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const entry = prismEntry();
  const spec = options.spec ?? bundledSpecPath();
  const port = options.port ?? (await freePort());
  if (options.port !== undefined) await assertPortFree(port);
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child = spawn(process.execPath, [entry, 'mock', '--host', '127.0.0.1', '--port', String(port), '--errors', 'false', spec], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      output.push(line);
      if (output.length > 200) output.shift();
      options.onOutput?.(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  track(child);
  try {
    await waitUntilAnswering(url, port, child, options.startTimeout ?? 60_000, output);
  } catch (error) {
    await stop(child);
    untrack(child);
    throw error;
  }
  return {
    url,
    pid: child.pid,
    async close() {
      await stop(child);
      untrack(child);
    },
  };
}
