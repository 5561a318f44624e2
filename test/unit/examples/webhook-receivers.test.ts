// The webhook receivers in examples/ run as users run them (tsx, a real port on 127.0.0.1):
// a signed delivery is accepted, a forged one gets 401 (not 500, which would make Sinch
// retry it), and a missing secret stops the process with a message instead of an empty secret.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../src/testing/index.js';
import { signWebhookPayload } from '../../../src/index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SECRET = 'whsec-example-0123456789';
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill();
      await once(child, 'exit');
    }
  }
});

/** Starts an example and resolves once it says it listens (or rejects with its output if it exits). */
async function start(example: string, env: Record<string, string>): Promise<{ output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', example], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', () => output.includes('Listening on') && resolve());
    child.on('exit', (code) => reject(new Error(`${example} exited with ${code}:\n${output}`)));
  });
  return { output: () => output };
}

async function deliver(port: number, forged: boolean) {
  const { body, headers } = await signWebhookPayload({ payload: { type: 'BUNDLE_DONE', payload: { id: 'b-1', state: 'DONE' } }, secret: SECRET });
  const response = await fetch(`http://127.0.0.1:${port}/webhooks/sinch`, {
    method: 'POST',
    body: forged ? body.replace('b-1', 'b-2') : body,
    headers: { ...headers, 'content-type': 'application/json' },
  });
  return [response.status, await response.text()];
}

describe.each(['examples/webhooks-express.ts', 'examples/webhooks-node-http.ts'])('%s', (example) => {
  it('accepts a signed delivery and answers 401 to a forged one', async () => {
    const port = await freePort();
    const app = await start(example, { SINCH_WEBHOOK_SECRET: SECRET, PORT: String(port) });
    expect(await deliver(port, false)).toEqual([200, '{"received":true}']);
    expect(await deliver(port, true)).toEqual([401, '{"error":"signature_mismatch"}']);
    expect(app.output()).toContain('Bundle b-1');
    expect(app.output()).toContain('Webhook not accepted');
  });

  it('refuses to start without SINCH_WEBHOOK_SECRET', async () => {
    await expect(start(example, { PORT: String(await freePort()) })).rejects.toThrow(/Set SINCH_WEBHOOK_SECRET/);
  });
});
