// plan/apply against the ajv-validated in-memory fake: convergence, interruption, prune, blocked
// templates, secrets. Runs the CLI in-process; test/cli/e2e.test.ts runs the built bin.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeApi, startFakeApi } from './fake-api.js';
import { runCli } from './run.js';

const SECRET = 'S3NT1NEL-cli-webhook-secret-77';
const ROTATED = 'S3NT1NEL-cli-rotated-secret-88';
const FRIEND = '5WY5zKfY3pB56EmDVUPQ';

const MANIFEST = `# managed by CI
webhooks:
  - target: https://example.com/sinch/events
    triggers: [WHATSAPP_TEMPLATE_REJECTED, WHATSAPP_TEMPLATE_APPROVED]
    secret: \${env:SINCH_WEBHOOK_SECRET}
  - target: https://example.com/sinch/bundles
    triggers: [BUNDLE_DONE]
    secret: \${env:SINCH_WEBHOOK_SECRET}
whatsapp:
  templates:
    - name: order_shipped
      language: EN_US
      category: UTILITY
      details:
        components:
          - type: BODY
            text: "Hi {{1}}, order {{2}} has shipped."
            examples: [Ann, "1042"]
kakaotalk:
  templates:
    - sender: ${FRIEND}
      details:
        name: Delivery notice
        language: EN
        content: "Your parcel is on its way."
`;

let fake: FakeApi;
let dir: string;
let env: Record<string, string>;

const cli = (...argv: string[]) => runCli(argv, { env, cwd: dir });
const planJson = async (...flags: string[]) => {
  const result = await cli('plan', '--json', ...flags);
  expect(result.code, result.stderr).toBe(
    flags.includes('--detailed-exitcode') && JSON.parse(result.stdout).changes.some((c: { action: string }) => !['unchanged', 'unmanaged'].includes(c.action))
      ? 2
      : 0,
  );
  return JSON.parse(result.stdout) as { changes: { kind: string; key: string; action: string; diff?: unknown[]; reason?: string }[]; notes: string[] };
};
const actions = (plan: Awaited<ReturnType<typeof planJson>>) => plan.changes.map((c) => `${c.action} ${c.kind} ${c.key}`);
const writes = () => fake.requests.filter((r) => !r.startsWith('GET'));

beforeAll(async () => {
  fake = await startFakeApi();
  dir = await mkdtemp(join(tmpdir(), 'sinch-cli-'));
});

afterAll(async () => {
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  fake.webhooks.clear();
  fake.whatsapp.clear();
  fake.kakaotalk.clear();
  fake.recentlyDeleted.clear();
  fake.requests.length = 0;
  fake.violations.length = 0;
  env = { SINCH_PROVISIONING_URL: fake.url, SINCH_ACCESS_TOKEN: 'fake-token', SINCH_PROJECT_ID: fake.projectId, SINCH_WEBHOOK_SECRET: SECRET };
  await writeFile(join(dir, 'sinch-provisioning.yaml'), MANIFEST);
});

afterEach(() => {
  expect(fake.violations).toEqual([]);
});

describe('plan -> apply -> plan', () => {
  it('creates everything, then a second plan and apply change nothing', async () => {
    const first = await planJson();
    expect(actions(first)).toEqual([
      'create webhook https://example.com/sinch/events',
      'create webhook https://example.com/sinch/bundles',
      'create whatsapp-template order_shipped/EN_US',
      `create kakaotalk-template ${FRIEND}/Delivery notice`,
    ]);
    expect(first.notes.join(' ')).toMatch(/secrets are not compared/);
    expect(writes()).toEqual([]);

    const applied = await cli('apply', '--yes');
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/submitted\s+create whatsapp-template order_shipped\/EN_US: submitted, awaiting review/);
    expect(applied.stdout).toContain('Apply: 2 done, 2 submitted (awaiting review), 0 blocked, 0 failed.');
    expect(applied.stderr).toContain('[4/4] create kakaotalk-template');
    expect(writes()).toHaveLength(4);
    expect([...fake.webhooks.values()].map((w) => [w.target, w.triggers, w.secret])).toEqual([
      ['https://example.com/sinch/events', ['WHATSAPP_TEMPLATE_APPROVED', 'WHATSAPP_TEMPLATE_REJECTED'], SECRET],
      ['https://example.com/sinch/bundles', ['BUNDLE_DONE'], SECRET],
    ]);

    const second = await planJson('--detailed-exitcode');
    expect(second.changes.map((c) => c.action)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    const exit = await cli('plan', '--detailed-exitcode');
    expect(exit.code).toBe(0);
    expect(exit.stdout).toContain('= unchanged whatsapp-template order_shipped/EN_US (submitted, awaiting review)');

    fake.requests.length = 0;
    const again = await cli('apply', '--yes');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes to apply.');
    expect(writes()).toEqual([]);
  });

  it('shows an update with its field diff and applies only the change', async () => {
    await cli('apply', '--yes');
    fake.approveAll();
    await writeFile(
      join(dir, 'sinch-provisioning.yaml'),
      MANIFEST.replace('[BUNDLE_DONE]', '[BUNDLE_DONE, WHATSAPP_SENDER_ACTIVE]').replace('has shipped.', 'is on its way.'),
    );
    const plan = await planJson();
    expect(plan.changes.filter((c) => c.action !== 'unchanged')).toEqual([
      {
        kind: 'webhook',
        key: 'https://example.com/sinch/bundles',
        action: 'update',
        diff: [{ field: 'triggers', from: ['BUNDLE_DONE'], to: ['BUNDLE_DONE', 'WHATSAPP_SENDER_ACTIVE'] }],
      },
      {
        kind: 'whatsapp-template',
        key: 'order_shipped/EN_US',
        action: 'update',
        diff: [{ field: 'details.components[0].text', from: 'Hi {{1}}, order {{2}} has shipped.', to: 'Hi {{1}}, order {{2}} is on its way.' }],
      },
    ]);
    const code = await cli('plan', '--detailed-exitcode');
    expect(code.code).toBe(2);
    expect(code.stdout).toContain('details.components[0].text: "Hi {{1}}, order {{2}} has shipped." -> "Hi {{1}}, order {{2}} is on its way."');
    fake.requests.length = 0;
    expect((await cli('apply', '--yes')).code).toBe(0);
    expect(writes().map((w) => w.replace(/[0-9a-f]{32}/, 'ID'))).toEqual([
      `PATCH /v1/projects/${fake.projectId}/webhooks/ID`,
      `PATCH /v1/projects/${fake.projectId}/whatsapp/templates/order_shipped/languages/EN_US`,
    ]);
    expect((await planJson()).changes.every((c) => c.action === 'unchanged')).toBe(true);
  });
});

describe('interrupted apply', () => {
  it('fails when the connection drops after the server acted, and the next apply completes without repeating it', async () => {
    fake.cutAfterWrites = 1; // the second write is carried out, but its answer never arrives
    const broken = await cli('apply', '--yes');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/failed\s+create webhook https:\/\/example.com\/sinch\/bundles: ConnectionError/);
    expect(broken.stdout).toContain('2 not run (re-run apply to complete)');
    expect(writes()).toHaveLength(2); // a POST is never repeated once the server may have acted
    expect(fake.webhooks.size).toBe(2);

    fake.requests.length = 0;
    const resumed = await cli('apply', '--yes');
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain('= unchanged webhook https://example.com/sinch/bundles');
    expect(writes().map((w) => w.split('/').slice(-2).join('/'))).toEqual(['whatsapp/templates', `${FRIEND}/templates`]);
    expect((await planJson()).changes.every((c) => c.action === 'unchanged')).toBe(true);
  });
});

describe('resources not in the manifest', () => {
  it('are unmanaged without --prune (never deleted) and deleted with it', async () => {
    await cli('apply', '--yes');
    fake.approveAll();
    await writeFile(
      join(dir, 'sinch-provisioning.yaml'),
      MANIFEST.replace(/ {2}- target: https:\/\/example.com\/sinch\/bundles[\s\S]*?(?=whatsapp:)/, '').replace(
        /kakaotalk:[\s\S]*$/,
        `kakaotalk:\n  senders: [${FRIEND}]\n  templates: []\n`,
      ),
    );
    const plan = await planJson();
    expect(actions(plan).filter((a) => a.startsWith('unmanaged'))).toEqual([
      'unmanaged webhook https://example.com/sinch/bundles',
      expect.stringMatching(new RegExp(`^unmanaged kakaotalk-template ${FRIEND}/\\w+$`)),
    ]);
    fake.requests.length = 0;
    expect((await cli('apply', '--yes')).stdout).toContain('No changes to apply.');
    expect(writes()).toEqual([]);

    const pruning = await planJson('--prune');
    expect(pruning.changes.filter((c) => c.action === 'delete').map((c) => c.kind)).toEqual(['webhook', 'kakaotalk-template']);
    const pruned = await cli('apply', '--yes', '--prune');
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(writes().map((w) => w.split(' ')[0])).toEqual(['DELETE', 'DELETE']);
    expect([...fake.webhooks.values()].map((w) => w.target)).toEqual(['https://example.com/sinch/events']);
    expect(fake.kakaotalk.get(FRIEND)?.size).toBe(0);
    expect(fake.whatsapp.size).toBe(1);
  });

  it('leaves a section the manifest does not mention alone, even with --prune', async () => {
    await cli('apply', '--yes');
    await writeFile(join(dir, 'sinch-provisioning.yaml'), 'webhooks: []\n');
    fake.requests.length = 0;
    const plan = await planJson('--prune');
    expect(plan.changes.map((c) => `${c.action} ${c.kind}`)).toEqual(['delete webhook', 'delete webhook']);
    expect(fake.requests.filter((r) => r.includes('templates'))).toEqual([]);
  });
});

describe('templates under review', () => {
  it('are blocked with the reason, not edited, and updated once the review has ended', async () => {
    await cli('apply', '--yes');
    await writeFile(
      join(dir, 'sinch-provisioning.yaml'),
      MANIFEST.replace('has shipped.', 'is on its way.').replace('Your parcel is on its way.', 'Your parcel is coming.'),
    );
    const plan = await planJson('--detailed-exitcode');
    const blocked = plan.changes.filter((c) => c.action === 'blocked');
    expect(blocked.map((c) => c.key)).toEqual(['order_shipped/EN_US', `${FRIEND}/${[...fake.kakaotalk.get(FRIEND)!.keys()][0]}`]);
    expect(blocked[0]!.reason).toMatch(/under review by Meta/);
    expect(blocked[1]!.reason).toMatch(/under review by KakaoTalk/);
    expect((await cli('plan', '--detailed-exitcode')).code).toBe(2);
    fake.requests.length = 0;
    const applied = await cli('apply', '--yes');
    expect(applied.stdout).toContain('No changes to apply.');
    expect(writes()).toEqual([]);

    fake.approveAll();
    const submitted = await cli('apply', '--yes');
    expect(submitted.code, submitted.stderr).toBe(0);
    expect(submitted.stdout).toContain('Apply: 0 done, 2 submitted (awaiting review), 0 blocked, 0 failed.');
    fake.approveAll();
    expect((await planJson()).changes.every((c) => c.action === 'unchanged')).toBe(true);
  });

  it('--wait polls the submitted templates until the review ends', async () => {
    const approver = setInterval(() => fake.approveAll(), 20);
    try {
      const applied = await cli('apply', '--yes', '--wait', '--wait-interval', '0.01', '--wait-timeout', '10');
      expect(applied.code, applied.stderr).toBe(0);
      expect(applied.stdout).toContain('done      create whatsapp-template order_shipped/EN_US: review finished: state APPROVED');
      expect(applied.stderr).toContain(`waiting for the review of KakaoTalk sender ${FRIEND}`);
      expect(applied.stderr).toContain('  order_shipped/EN_US: state APPROVED, changes none');
    } finally {
      clearInterval(approver);
    }
  });
});

describe('refusals', () => {
  it('reports a name deleted in the last 30 days as blocked with the API reason, and goes on with the rest', async () => {
    fake.recentlyDeleted.add('order_shipped');
    const applied = await cli('apply', '--yes');
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(
      /blocked\s+create whatsapp-template order_shipped\/EN_US: ConflictError: POST \/v1\/projects\/\{projectId\}\/whatsapp\/templates -> HTTP 409 template_name_recently_used: This name was deleted less than 30 days ago\. \(resolution: See the API reference\.\)/,
    );
    expect(applied.stdout).toContain('Apply: 2 done, 1 submitted (awaiting review), 1 blocked, 0 failed.');
    expect(fake.webhooks.size).toBe(2);
  });

  it('prints an API error of a resource command as one line with errorCode and resolution', async () => {
    const result = await cli('webhooks', 'get', 'nope');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'error: NotFoundError: GET /v1/projects/{projectId}/webhooks/{webhookId} -> HTTP 404 webhook_not_found: No such webhook. (resolution: See the API reference.)\n',
    );
    expect(result.stdout).toBe('');
  });
});

describe('secrets', () => {
  it('are never printed, not compared, and sent again with --rotate-secrets', async () => {
    await cli('apply', '--yes');
    env['SINCH_WEBHOOK_SECRET'] = ROTATED;
    const unchanged = await planJson();
    expect(unchanged.changes.filter((c) => c.kind === 'webhook').map((c) => c.action)).toEqual(['unchanged', 'unchanged']);
    const rotating = await cli('plan', '--rotate-secrets');
    expect(rotating.stdout).toContain('secret: "(not readable)" -> "(new secret)"');
    const rotated = await cli('apply', '--yes', '--rotate-secrets', '--json');
    expect(rotated.code).toBe(0);
    expect([...fake.webhooks.values()].map((w) => w.secret)).toEqual([ROTATED, ROTATED]);
    for (const out of [unchanged, rotating, rotated].map((r) => JSON.stringify(r))) {
      expect(out).not.toContain(SECRET);
      expect(out).not.toContain(ROTATED);
    }
    expect(JSON.parse(rotated.stdout).results.map((r: { result: string }) => r.result)).toEqual(['done', 'done']);
  });
});

describe('import', () => {
  it('writes a manifest that plans as unchanged, with secrets as placeholders', async () => {
    await cli('apply', '--yes');
    fake.approveAll();
    const imported = await cli('import', '-f', 'imported.yaml');
    expect(imported.code, imported.stderr).toBe(0);
    const text = await readFile(join(dir, 'imported.yaml'), 'utf8');
    expect(text).toContain('secret: ${env:SINCH_WEBHOOK_SECRET}');
    expect(text).not.toContain(SECRET);
    const plan = await cli('plan', '-f', 'imported.yaml', '--json');
    expect(plan.code, plan.stderr).toBe(0);
    expect(JSON.parse(plan.stdout).changes.map((c: { action: string }) => c.action)).toEqual(Array(4).fill('unchanged'));
    expect((await cli('import', '-f', 'imported.yaml')).code).toBe(1); // exists: needs --force
  });
});

describe('confirmation', () => {
  it('asks on a terminal: only "yes" applies, anything else cancels without a write', async () => {
    const no = await runCli(['apply'], { env, cwd: dir, stdinIsTTY: true, input: 'y\n' });
    expect(no.code).toBe(1);
    expect(no.stderr).toContain('Apply 4 changes? Only "yes" goes on: ');
    expect(no.stderr).toContain('apply cancelled: nothing was changed');
    expect(writes()).toEqual([]);
    const yes = await runCli(['apply'], { env, cwd: dir, stdinIsTTY: true, input: 'yes\n' });
    expect(yes.code, yes.stderr).toBe(0);
    expect(writes()).toHaveLength(4);
  });

  it('refuses to apply without --yes when stdin is not a terminal, and changes nothing', async () => {
    const result = await cli('apply');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pass --yes');
    expect(writes()).toEqual([]);
  });
});
