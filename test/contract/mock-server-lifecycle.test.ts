// startMockServer's lifecycle: Prism does not outlive a parent ended by SIGINT, SIGTERM or
// SIGHUP (each parent is a child process of this test that starts a mock, then gets the
// signal), and a requested port held by another server fails with a PortInUseError instead
// of resolving against that server. A tiny spec keeps Prism's start short.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it } from 'vitest';
import { PortInUseError, freePort, startMockServer } from '../../src/testing/index.js';
import { ProvisioningError } from '../../src/facade/core/errors.js';

const MOCK_SERVER = fileURLToPath(new URL('../../src/testing/index.ts', import.meta.url));
const SPEC = fileURLToPath(new URL('../fixtures/specs/defective.patched.yaml', import.meta.url));
const started: ChildProcess[] = [];
const prisms: number[] = [];

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(() => {
  // Whatever a failed test left behind.
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const pid of prisms) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
});

/** A parent process that starts a mock server, reports Prism's pid and then idles. */
async function parentWithMock(ownHandler: boolean): Promise<{ child: ChildProcess; pid: number; url: string }> {
  const source = `
    import { startMockServer } from ${JSON.stringify(MOCK_SERVER)};
    ${ownHandler ? "process.on('SIGINT', () => console.log('own handler'));" : ''}
    const server = await startMockServer({ spec: ${JSON.stringify(SPEC)} });
    console.log(JSON.stringify({ pid: server.pid, url: server.url }));
    setInterval(() => {}, 60_000);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], { stdio: ['ignore', 'pipe', 'inherit'] });
  started.push(child);
  const first = await new Promise<string>((resolveLine, reject) => {
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('\n')) resolveLine(text.split('\n')[0]!);
    });
    child.once('exit', (code, signal) => reject(new Error(`parent exited early (${code ?? signal})`)));
  });
  const { pid, url } = JSON.parse(first) as { pid: number; url: string };
  prisms.push(pid);
  return { child, pid, url };
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.signalCode ?? child.exitCode);
  return new Promise((done) => child.once('exit', (code, signal) => done(signal ?? code)));
}

/** Waits until the process is gone, for at most `ms`; true when it is. */
async function gone(pid: number, ms = 15_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !alive(pid);
}

// Side by side: each test mostly waits on its own Prism.
describe.concurrent('startMockServer', () => {
  it.for<NodeJS.Signals>(['SIGINT', 'SIGTERM', 'SIGHUP'])(
    'stops Prism when the parent is ended by %s, and the parent still dies of that signal',
    { timeout: 60_000 },
    async (signal, { expect }) => {
      const { child, pid, url } = await parentWithMock(false);
      expect((await fetch(`${url}/v1/projects/p/webhooks`)).status).toBeGreaterThan(0);
      expect(alive(pid)).toBe(true);
      child.kill(signal);
      expect(await exited(child)).toBe(signal);
      expect(await gone(pid)).toBe(true);
    },
  );

  it("stops Prism on SIGINT but leaves the exit to a parent's own SIGINT handler", async ({ expect }) => {
    const { child, pid } = await parentWithMock(true);
    child.kill('SIGINT');
    expect(await gone(pid)).toBe(true);
    expect(child.exitCode).toBe(null);
    expect(child.signalCode).toBe(null);
    child.kill('SIGKILL');
    expect(await exited(child)).toBe('SIGKILL');
  }, 60_000);

  it('fails with a PortInUseError naming the port when another server holds it', async ({ expect }) => {
    const port = await freePort();
    let requests = 0;
    const other: Server = createServer((_req, res) => {
      requests++;
      res.end('not prism');
    });
    await new Promise<void>((r) => other.listen(port, '127.0.0.1', r));
    try {
      const error = await startMockServer({ port, spec: SPEC }).then(
        async (server) => {
          await server.close();
          return 'resolved';
        },
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PortInUseError);
      expect(error).toBeInstanceOf(ProvisioningError);
      expect((error as PortInUseError).port).toBe(port);
      expect((error as Error).message).toContain(`Port ${port} `);
      expect(requests).toBe(0);
    } finally {
      await new Promise((r) => other.close(r));
    }
  });
});
