// docs/testing.md, followed to the letter in a fresh project: install the tarball with
// Prism and vitest, write the documented files, run the documented CI command. The slowest
// package test (Prism brings about 230 packages), so it runs beside consumer.test.ts.
import { mkdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, consumerProject, npmInstall, run } from './helpers.js';

const DOC = join(ROOT, 'docs/testing.md');
const tarball = inject('tarball');
let dir: string;

/** The ```ts blocks of the doc whose first line names the file they belong in (`// path`). */
function tsFiles(markdown: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const [, code] of markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    const path = /^\/\/ (\S+\.ts)\n/.exec(code!)?.[1];
    if (path) files.set(path, code!);
  }
  return files;
}

/** The `run:` steps of the doc's GitHub Actions job. */
function ciSteps(markdown: string): string[] {
  const yaml = /^```yaml\n([\s\S]*?)^```$/m.exec(markdown)?.[1];
  const workflow = parse(yaml ?? '') as { jobs: Record<string, { steps: { run?: string }[] }> };
  return Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));
}

beforeAll(async () => {
  dir = await realpath(await consumerProject('sinch-provisioning-mock-', { type: 'module' }));
  await npmInstall(dir, [tarball, '@stoplight/prism-cli@5.14.2', 'vitest@4.1.12']);
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('documents the files and the CI command that the test runs', async () => {
  const markdown = await readFile(DOC, 'utf8');
  expect([...tsFiles(markdown).keys()]).toEqual(['test/contract/mock-api.setup.ts', 'vitest.contract.config.ts', 'test/contract/webhooks.test.ts']);
  expect(ciSteps(markdown)).toEqual(['npm ci', 'npx vitest run --config vitest.contract.config.ts']);
});

it('runs the documented contract tests against the bundled spec', async () => {
  const markdown = await readFile(DOC, 'utf8');
  for (const [path, code] of tsFiles(markdown)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), code);
  }
  const [command, ...args] = ciSteps(markdown).at(-1)!.split(' ');
  const result = await run(command!, [...args, '--reporter=json', '--outputFile=report.json'], dir, { CI: 'true' }, 150_000);
  const report = await readFile(join(dir, 'report.json'), 'utf8').then(JSON.parse, () => {
    throw new Error(`vitest wrote no report (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  });
  const outcomes = report.testResults.flatMap((file: { assertionResults: { title: string; status: string }[] }) =>
    file.assertionResults.map((test) => `${test.status}: ${test.title}`),
  );
  expect(outcomes, result.stdout + result.stderr).toEqual(['passed: registers a webhook for every sender event', 'passed: lists the webhooks of the project']);
  expect(result.code).toBe(0);
}, 150_000);
