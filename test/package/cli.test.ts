// The `sinch-provisioning` bin as users get it: the packed tarball installed into a fresh project
// (without Prism, with openapi-fetch as the only dependency), run through npx against a local
// fake of the API.
import { readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { type FakeApi, startFakeApi } from '../cli/fake-api.js';
import { consumerProject, npmInstall, run } from './helpers.js';

const tarball = inject('tarball');
let dir: string;
let fake: FakeApi;

beforeAll(async () => {
  dir = await realpath(await consumerProject('sinch-provisioning-cli-', { type: 'module' }));
  await npmInstall(dir, [tarball]);
  fake = await startFakeApi();
}, 240_000);

afterAll(async () => {
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const npx = (args: string[], env: Record<string, string> = {}) => run('npx', ['--no-install', 'sinch-provisioning', ...args], dir, env, 60_000);

it('declares the bin, ships it with a shebang, and keeps openapi-fetch the only dependency', async () => {
  const pkg = JSON.parse(await readFile(join(dir, 'node_modules/sinch-provisioning/package.json'), 'utf8'));
  expect(pkg.bin).toEqual({ 'sinch-provisioning': './dist/cli.js' });
  expect(pkg.dependencies).toEqual({ 'openapi-fetch': '0.17.0' });
  expect((await readFile(join(dir, 'node_modules/sinch-provisioning/dist/cli.js'), 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
  const help = await npx(['--help']);
  expect(help.code, help.stderr).toBe(0);
  expect(help.stdout).toContain('Usage: sinch-provisioning');
  expect((await npx(['--version'])).stdout.trim()).toBe(JSON.parse(await readFile(join(dir, 'node_modules/sinch-provisioning/package.json'), 'utf8')).version);
});

it('plans and applies a manifest, reading the spec shipped in the package', async () => {
  await writeFile(
    join(dir, 'sinch-provisioning.yaml'),
    'webhooks:\n  - target: https://example.com/hook\n    triggers: [BUNDLE_DONE]\n    secret: ${env:SINCH_WEBHOOK_SECRET}\n',
  );
  const env = {
    SINCH_PROVISIONING_URL: fake.url,
    SINCH_ACCESS_TOKEN: 'fake-token',
    SINCH_PROJECT_ID: fake.projectId,
    SINCH_WEBHOOK_SECRET: 'S3NT1NEL-pkg-secret-12',
  };
  const plan = await npx(['plan', '--detailed-exitcode'], env);
  expect(plan.code, plan.stderr).toBe(2);
  const apply = await npx(['apply', '--yes'], env);
  expect(apply.code, apply.stderr).toBe(0);
  expect((await npx(['plan', '--detailed-exitcode'], env)).code).toBe(0);
  expect(fake.violations).toEqual([]);
  expect(fake.webhooks.size).toBe(1);
});

it('says how to install Prism when `mock` is run without it', async () => {
  const mock = await npx(['mock', '--port', '0']);
  expect(mock.code).toBe(1);
  expect(mock.stderr.trim().split('\n')).toHaveLength(1);
  expect(mock.stderr).toMatch(/^error: ProvisioningError: .*npm install --save-dev @stoplight\/prism-cli@/);
});
