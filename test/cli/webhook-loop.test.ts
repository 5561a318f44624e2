// trigger -> listen round trip for every trigger the spec declares an event for, a wrong secret
// rejected, and --forward-to passing the delivery on unchanged. In-process, on loopback.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Triggers, verifyWebhookSignature } from '../../src/index.js';
import { exampleEvent } from '../../src/cli/events.js';
import { loadSpec, specAjv } from '../helpers/spec.js';
import { type CliResult, runCli } from './run.js';

const SECRET = 'S3NT1NEL-listen-secret-31';
const env = { SINCH_WEBHOOK_SECRET: SECRET };

interface Listener {
  url: string;
  stop(): Promise<CliResult>;
}

async function listen(...flags: string[]): Promise<Listener> {
  let stop: (signal: string) => void = () => {};
  let ready: (url: string) => void = () => {};
  const url = new Promise<string>((resolve) => (ready = resolve));
  const done = runCli(['listen', '--port', '0', ...flags], {
    env,
    stop: new Promise((resolve) => (stop = resolve)),
    onStderr: (text) => {
      const match = /listening on (http:\/\/\S+)/.exec(text);
      if (match) ready(match[1]!);
    },
  });
  const first = await Promise.race([
    url,
    done.then((r) => {
      throw new Error(`listen ended early: ${r.stderr}`);
    }),
  ]);
  return { url: first, stop: () => (stop('SIGINT'), done) };
}

let listener: Listener;
let validator: ReturnType<typeof specAjv> | undefined;
let result: CliResult;
const triggers = Triggers.values.filter((t) => t !== 'ALL');
const outcomes = new Map<string, CliResult>();

beforeAll(async () => {
  listener = await listen();
  for (const trigger of triggers) outcomes.set(trigger, await runCli(['trigger', trigger, '--to', listener.url], { env }));
  outcomes.set('wrong-secret', await runCli(['trigger', 'BUNDLE_DONE', '--to', listener.url, '--secret', 'not-the-secret'], { env }));
  result = await listener.stop();
});

describe('trigger -> listen', () => {
  it('covers every trigger of the spec (the oracle: its webhooks section and the trigger enum agree)', () => {
    expect(Object.keys(loadSpec().webhooks).sort()).toEqual([...triggers].sort());
  });

  it.each(triggers)('%s: the example event is valid against the spec (ajv)', (trigger) => {
    const spec = loadSpec();
    const schema = spec.webhooks[trigger].post.requestBody.content['application/json'].schema;
    validator ??= specAjv(spec);
    expect(validator.validate(schema, exampleEvent(trigger))).toEqual([]);
  });

  it.each(triggers)('%s is delivered, verified and printed', (trigger) => {
    const sent = outcomes.get(trigger)!;
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toBe(`${trigger} -> ${listener.url}: HTTP 200\n`);
    expect(result.stdout.split('\n').filter((line) => line.split(' ')[1] === trigger)).toHaveLength(1);
  });

  it('rejects a delivery signed with another secret: listen answers 401 and trigger exits 1', () => {
    const wrong = outcomes.get('wrong-secret')!;
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('the receiver answered HTTP 401');
    expect(result.stderr).toMatch(/rejected delivery \(signature_mismatch\)/);
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(triggers.length);
  });

  it('stops cleanly on Ctrl-C and never prints the secret', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('SIGINT: stopping');
    expect(result.stdout + result.stderr + [...outcomes.values()].map((o) => o.stdout + o.stderr).join('')).not.toContain(SECRET);
  });
});

describe('listen --json --forward-to', () => {
  const received: { body: string; headers: Record<string, string | string[] | undefined> }[] = [];
  const target = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      res.writeHead(202).end();
    });
  });
  beforeAll(() => new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve)));
  afterAll(() => new Promise<void>((resolve) => target.close(() => resolve())));

  it('prints the whole event as JSON and forwards the exact signed body, answering with the target status', async () => {
    const forwardTo = `http://127.0.0.1:${(target.address() as AddressInfo).port}/hook`;
    const l = await listen('--json', '--forward-to', forwardTo);
    const sent = await runCli(['trigger', 'WHATSAPP_TEMPLATE_STATUS_UPDATED', '--to', l.url, '--json'], { env });
    const sender = await runCli(['trigger', 'WHATSAPP_SENDER_ACTIVE', '--to', l.url, '--json'], { env });
    const out = await l.stop();
    // A sender's bearerToken is a credential: listen --json prints it redacted, the forward keeps it.
    const [, senderLine] = out.stdout.trim().split('\n');
    expect(JSON.parse(senderLine!).payload.bearerToken).toBe('[redacted]');
    expect(JSON.parse(received[1]!.body).payload.bearerToken).not.toBe('[redacted]');
    expect(sender.code, sender.stderr).toBe(0);
    expect(sent.code, sent.stderr).toBe(0);
    const { status, event } = JSON.parse(sent.stdout) as { status: number; event: Record<string, unknown> };
    expect(status).toBe(202);
    expect(event['type']).toBe('WHATSAPP_TEMPLATE_STATUS_UPDATED');
    expect(typeof event['newState']).toBe('string');
    expect(JSON.parse(out.stdout.trim().split('\n')[0]!)).toEqual(event);
    expect(received).toHaveLength(2);
    expect(JSON.parse(received[0]!.body)).toEqual(event);
    await expect(verifyWebhookSignature({ rawBody: received[0]!.body, headers: received[0]!.headers, secret: SECRET })).resolves.toBeUndefined();
    expect(out.stderr).toContain(`forwarded to ${forwardTo}: HTTP 202`);
  });
});
