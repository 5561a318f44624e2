// Every command once, end to end: the built bin (test/cli/setup.ts builds it with the package's
// tsup config) as a child process against Prism on the bundled spec, which validates every
// request it receives (an invalid one gets a 4xx, so exit code 0 means Prism accepted it).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { freePort } from '../../src/testing/index.js';
import { operations } from '../helpers/spec.js';
import { runCli } from './run.js';

const BIN = inject('cliBin');
const PRISM = inject('cliPrismUrl');
const PROJECT = 'ea026751-3edf-40a9-ad93-1b382bd60a78';
const SECRET = 'S3NT1NEL-e2e-webhook-secret-42';
const KEY_SECRET = 'S3NT1NEL-e2e-key-secret-24';
const ENV = { SINCH_PROVISIONING_URL: PRISM, SINCH_ACCESS_TOKEN: 'mock-token', SINCH_PROJECT_ID: PROJECT, SINCH_WEBHOOK_SECRET: SECRET, NO_COLOR: '1' };

let dir: string;
const children = new Set<ChildProcess>();

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], env: Record<string, string> = ENV): { child: ChildProcess; done: Promise<Ran>; output: () => Ran } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const ran: Ran = { code: null, signal: null, stdout: '', stderr: '' };
  child.stdout!.on('data', (c: Buffer) => (ran.stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (ran.stderr += c.toString()));
  const done = new Promise<Ran>((resolve) =>
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve({ ...ran, code, signal });
    }),
  );
  return { child, done, output: () => ran };
}

const bin = (args: string[], env?: Record<string, string>) => start(args, env).done;

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sinch-cli-e2e-'));
  await writeFile(
    join(dir, 'sinch-provisioning.yaml'),
    [
      'webhooks:',
      '  - target: https://example.com/sinch/events',
      '    triggers: [WHATSAPP_TEMPLATE_APPROVED, WHATSAPP_TEMPLATE_REJECTED]',
      '    secret: ${env:SINCH_WEBHOOK_SECRET}',
      'whatsapp:',
      '  templates:',
      '    - name: order_shipped',
      '      language: EN_US',
      '      category: UTILITY',
      '      details:',
      '        components:',
      '          - { type: BODY, text: "Hi {{1}}, order {{2}} has shipped.", examples: [Ann, "1042"] }',
      'kakaotalk:',
      '  templates:',
      '    - sender: 5WY5zKfY3pB56EmDVUPQ',
      '      details: { name: Delivery notice, language: EN, content: "Your parcel is on its way." }',
      '',
    ].join('\n'),
  );
  await writeFile(join(dir, 'webhook.json'), JSON.stringify({ target: 'https://example.com/from-file', secret: SECRET, triggers: ['BUNDLE_DONE'] }));
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the built bin against Prism', () => {
  it('plan, plan --json --detailed-exitcode, apply --yes and import --stdout', async () => {
    const [plan, json, apply, imported] = await Promise.all([
      bin(['plan']),
      bin(['plan', '--json', '--detailed-exitcode']),
      bin(['apply', '--yes']),
      bin(['import', '--stdout']),
    ]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('+ create    webhook https://example.com/sinch/events');
    expect(plan.stdout).toContain('Note: Webhook secrets are not compared');
    expect(json.code, json.stderr).toBe(2);
    expect(JSON.parse(json.stdout).changes.map((c: { action: string }) => c.action)).toContain('create');
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout).toMatch(/Apply: 1 done, 2 submitted \(awaiting review\), 0 blocked, 0 failed\./);
    expect(imported.code, imported.stderr).toBe(0);
    expect(parse(imported.stdout).webhooks[0].secret).toBe('${env:SINCH_WEBHOOK_SECRET}');
    for (const r of [plan, json, apply, imported]) expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('resource commands: tables by default, JSON with --json', async () => {
    const runs = await Promise.all([
      bin(['webhooks', 'list']),
      bin(['webhooks', 'get', '7c60ce550f1d40198d5ffb113d58591b', '--json']),
      bin(['webhooks', 'create', '--target', 'https://example.com/new', '--triggers', 'BUNDLE_DONE,WHATSAPP_SENDER_ACTIVE']),
      bin(['webhooks', 'update', '7c60ce550f1d40198d5ffb113d58591b', '--triggers', 'ALL', '--json']),
      bin(['webhooks', 'delete', '7c60ce550f1d40198d5ffb113d58591b']),
      bin(['whatsapp', 'templates', 'list']),
      bin(['whatsapp', 'templates', 'get', 'my_template', 'EN_US', '--json']),
      bin(['whatsapp', 'senders', 'list']),
      bin(['whatsapp', 'senders', 'get', 'cf11794a-6a5e-4a12-b103-da79bd378bf1', '--json']),
      bin(['kakaotalk', 'templates', 'list', '5WY5zKfY3pB56EmDVUPQ']),
      bin(['kakaotalk', 'templates', 'get', '5WY5zKfY3pB56EmDVUPQ', 'S7yFqaKqJ8tsnBZH2CEd', '--json']),
      bin(['rcs', 'senders', 'list']),
      bin(['rcs', 'senders', 'get', '01HN0MHRPHBFBH8ZTRFMSE7QB9', '--json']),
      bin(['bundles', 'get', '62a02dd40000000000000000']),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const [list, get, , update, del, waList, waGet, , senderGet] = runs;
    expect(list!.stdout.split('\n')[0]).toMatch(/^id\s+target\s+triggers$/);
    expect(JSON.parse(get!.stdout).id).toBe('7c60ce550f1d40198d5ffb113d58591b');
    expect(JSON.parse(update!.stdout).triggers).toBeInstanceOf(Array);
    expect(del!.stderr).toContain('deleted webhook 7c60ce550f1d40198d5ffb113d58591b');
    expect(waList!.stdout.split('\n')[0]).toMatch(/^name\s+language\s+category\s+state/);
    expect(JSON.parse(waGet!.stdout).name).toBeTypeOf('string');
    // Credentials in answers (a WhatsApp sender's bearerToken) are never printed.
    const sender = JSON.parse(senderGet!.stdout) as { bearerToken?: string };
    if (sender.bearerToken !== undefined) expect(sender.bearerToken).toBe('[redacted]');
    for (const r of runs) expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('call: path and query as flags, the body from --data @file, and checks before sending', async () => {
    const [list, create, unknown, missing, refused, all] = await Promise.all([
      bin(['call', 'WebhookWebhookController_listWebhooks_v1', '--pageSize', '5']),
      bin(['call', 'WebhookWebhookController_createWebhook_v1', '--data', '@webhook.json']),
      bin(['call', 'WebhookWebhookController_getWebhook_v1', '--webhookid', 'x']),
      bin(['call', 'WebhookWebhookController_getWebhook_v1']),
      bin(['call', 'WebhookWebhookController_createWebhook_v1', '--data', '{"target":"not a url","triggers":["BUNDLE_DONE"]}']),
      bin(['call', '--list', '--json']),
    ]);
    // Prism validates what call sends: a body the spec forbids is answered 400.
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: BadRequestError: POST \/v1\/projects\/\{projectId\}\/webhooks -> HTTP 400 /);
    // Every operation of the spec can be called (the oracle: the spec's own paths).
    const ids = (JSON.parse(all.stdout) as { operationId: string }[]).map((o) => o.operationId).sort();
    expect(ids).toEqual(
      operations()
        .map((o) => o.operationId)
        .sort(),
    );
    expect(ids).toHaveLength(91);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).webhooks).toBeInstanceOf(Array);
    expect(create.code, create.stderr).toBe(0);
    expect(JSON.parse(create.stdout).id).toBeTypeOf('string');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('error: WebhookWebhookController_getWebhook_v1 has no parameter --webhookid (parameters: --webhookId)\n');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('needs --webhookId');
  });

  it('prints an SDK error as one line without a stack or a secret (SINCH_AUTH_URL is honoured), the stack only with --debug', async () => {
    const port = await freePort(); // nothing listens there: the token request cannot connect
    const env = {
      SINCH_PROVISIONING_URL: PRISM,
      SINCH_PROJECT_ID: PROJECT,
      SINCH_KEY_ID: 'key-id',
      SINCH_KEY_SECRET: KEY_SECRET,
      SINCH_AUTH_URL: `http://127.0.0.1:${port}/oauth2/token`,
    };
    const [plain, debug, basic] = await Promise.all([
      bin(['webhooks', 'list', '--timeout', '2000'], env),
      bin(['webhooks', 'list', '--debug', '--timeout', '2000'], env),
      bin(['webhooks', 'list', '--auth', 'basic', '--json'], env),
    ]);
    expect(plain.code).toBe(1);
    expect(plain.stderr.trim().split('\n')).toHaveLength(1);
    expect(plain.stderr).toMatch(/^error: ConnectionError: /);
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(basic.code, basic.stderr).toBe(0);
    for (const r of [plain, debug, basic]) expect(r.stdout + r.stderr).not.toContain(KEY_SECRET);
  });

  it('mock: serves the bundled spec on --port and stops cleanly on Ctrl-C', async () => {
    const port = await freePort();
    const mock = start(['mock', '--port', String(port)]);
    await until(() => mock.output().stdout.includes(`http://127.0.0.1:${port}`), 'the mock URL');
    const listed = await bin(['webhooks', 'list', '--json'], { ...ENV, SINCH_PROVISIONING_URL: `http://127.0.0.1:${port}` });
    expect(listed.code, listed.stderr).toBe(0);
    mock.child.kill('SIGINT');
    const stopped = await mock.done;
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stopped.stderr).toContain('mock stopped');
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  }, 60_000);

  it('listen and trigger: a signed delivery is verified, a wrong secret fails with exit 1', async () => {
    const listen = start(['listen', '--port', '0']);
    await until(() => /listening on http:\/\/\S+/.test(listen.output().stderr), 'listen');
    const url = /listening on (http:\/\/\S+)/.exec(listen.output().stderr)![1]!;
    const good = await bin(['trigger', 'WHATSAPP_TEMPLATE_APPROVED', '--to', url]);
    const bad = await bin(['trigger', 'BUNDLE_DONE', '--to', url, '--secret', 'wrong-secret']);
    listen.child.kill('SIGINT');
    const heard = await listen.done;
    expect(good.code, good.stderr).toBe(0);
    expect(bad.code).toBe(1);
    expect(heard.code).toBe(0);
    expect(heard.stdout).toMatch(/ WHATSAPP_TEMPLATE_APPROVED /);
    expect(heard.stdout).not.toContain('BUNDLE_DONE');
    expect(heard.stderr).toContain('rejected delivery (signature_mismatch)');
  });

  it('--help works for the bin (and every command in-process), with exit 0', async () => {
    const help = await bin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: sinch-provisioning');
    const version = await bin(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const commands = [
      ['plan'],
      ['apply'],
      ['import'],
      ['call'],
      ['mock'],
      ['listen'],
      ['trigger'],
      ['webhooks'],
      ['webhooks', 'list'],
      ['webhooks', 'get'],
      ['webhooks', 'create'],
      ['webhooks', 'update'],
      ['webhooks', 'delete'],
      ['whatsapp'],
      ['whatsapp', 'templates', 'list'],
      ['whatsapp', 'templates', 'get'],
      ['whatsapp', 'senders', 'list'],
      ['whatsapp', 'senders', 'get'],
      ['kakaotalk', 'templates', 'list'],
      ['kakaotalk', 'templates', 'get'],
      ['rcs', 'senders', 'list'],
      ['rcs', 'senders', 'get'],
      ['bundles', 'get'],
    ];
    for (const command of commands) {
      const r = await runCli([...command, '--help']);
      expect(r.code, command.join(' ')).toBe(0);
      expect(r.stdout, command.join(' ')).toContain(`Usage: sinch-provisioning ${command.join(' ')}`);
    }
  });
});
