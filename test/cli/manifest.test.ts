// Manifest checks: every problem located by file, line, column and field, found with the SDK's
// request validation (so the limits are the spec's), before any request is sent.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../helpers/spec.js';
import { type FakeApi, startFakeApi } from './fake-api.js';
import { runCli } from './run.js';

const SECRET = 'S3NT1NEL-manifest-secret-55';
let fake: FakeApi;
let dir: string;

beforeAll(async () => {
  fake = await startFakeApi();
  dir = await mkdtemp(join(tmpdir(), 'sinch-cli-manifest-'));
});
afterAll(async () => {
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function plan(manifest: string, env: Record<string, string> = { SINCH_WEBHOOK_SECRET: SECRET }) {
  await writeFile(join(dir, 'm.yaml'), manifest);
  fake.requests.length = 0;
  const result = await runCli(['plan', '-f', 'm.yaml'], {
    cwd: dir,
    env: { SINCH_PROVISIONING_URL: fake.url, SINCH_ACCESS_TOKEN: 'fake-token', SINCH_PROJECT_ID: fake.projectId, ...env },
  });
  return {
    ...result,
    problems: result.stderr
      .split('\n')
      .filter((l) => l.startsWith('  m.yaml:'))
      .map((l) => l.trim()),
  };
}

/** `m.yaml:line:col field: message` -> [location, field]. */
const located = (problems: string[]) => problems.map((p) => p.split(': ')[0]);

describe('manifest problems', () => {
  it('give file, line, column and field for every broken rule, and send nothing', async () => {
    const result = await plan(
      [
        'webhooks:',
        '  - target: not-a-url',
        '    triggers: [BUNDLE_DONE, NOT_A_TRIGGER]',
        '    secret: ${env:SINCH_WEBHOOK_SECRET}',
        '  - target: https://example.com/a',
        '    trigers: [BUNDLE_DONE]',
        '    secret: ${env:MISSING_SECRET}',
        'whatsapp:',
        '  templates:',
        '    - name: Bad-Name',
        '      language: EN_US',
        '      category: UTILITY',
        '      details:',
        '        components:',
        '          - type: BODY',
        '            text: "Hi {{1}}"',
        'kakaotalk:',
        '  templates:',
        '    - details: { name: n, language: EN, content: c }',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: m\.yaml is not valid \(\d+ problems\)/);
    expect(located(result.problems)).toEqual(
      expect.arrayContaining([
        'm.yaml:2:13 webhooks[0].target',
        'm.yaml:3:29 webhooks[0].triggers[1]',
        'm.yaml:7:13 webhooks[1].secret',
        'm.yaml:6:14 webhooks[1].trigers',
        'm.yaml:5:5 webhooks[1].triggers',
        'm.yaml:10:13 whatsapp.templates[0].name',
        'm.yaml:19:7 kakaotalk.templates[0].sender',
      ]),
    );
    expect(result.problems.filter((p) => p.includes('webhooks[1].secret'))).toEqual([
      'm.yaml:7:13 webhooks[1].secret: environment variable MISSING_SECRET is not set',
    ]);
    // The facade's cross-field check (a sample for every variable) is located too.
    expect(located(result.problems)).toContain('m.yaml:15:13 whatsapp.templates[0].details.components[0].examples');
    expect(fake.requests).toEqual([]);
  });

  it("takes its limits from the spec: a secret of the spec's maxLength passes, one more character fails, and neither is printed", async () => {
    const max = loadSpec().components.schemas.WebhookWebhookInputDto.properties.secret.maxLength as number;
    const manifest = 'webhooks:\n  - target: https://example.com/a\n    triggers: [ALL]\n    secret: ${env:S}\n';
    const long = `${'x'.repeat(max)}Z`;
    const tooLong = await plan(manifest, { S: long });
    expect(located(tooLong.problems)).toEqual(['m.yaml:4:13 webhooks[0].secret']);
    expect(tooLong.stderr + tooLong.stdout).not.toContain(long);
    const fits = await plan(manifest, { S: long.slice(1) });
    expect(fits.code, fits.stderr).toBe(0);
    expect(fits.stdout + fits.stderr).not.toContain(long.slice(1));
  });

  it('rejects duplicates, unknown sections and YAML syntax errors with their lines', async () => {
    const dup = await plan(
      'webhooks:\n  - { target: "https://e.com/a", triggers: [ALL], secret: "${env:SINCH_WEBHOOK_SECRET}" }\n  - { target: "https://e.com/a", triggers: [ALL], secret: "${env:SINCH_WEBHOOK_SECRET}" }\nsms: {}\n',
    );
    expect(dup.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^m\.yaml:3:5 webhooks\[1\]: duplicate webhook target https:\/\/e\.com\/a \(first at m\.yaml:2:5\)$/),
        expect.stringMatching(/^m\.yaml:4:6 sms: unknown key/),
      ]),
    );
    const syntax = await plan('webhooks:\n  - target: [unclosed\n');
    expect(syntax.code).toBe(1);
    expect(syntax.problems[0]).toMatch(/^m\.yaml:\d+:\d+ yaml: /);
    const missing = await runCli(['plan', '-f', 'nope.yaml'], { cwd: dir, env: {} });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read the manifest nope.yaml');
  });
});
