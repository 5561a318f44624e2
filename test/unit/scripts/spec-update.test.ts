// scripts/spec-update.ts as a child process on temp copies (--spec, --changeset-dir): the real
// openapi/ and .changeset/ are never touched. The codegen is a stub (SPEC_FETCH_GENERATE_SCRIPT).
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSpecText, stringifySpec } from '../../../scripts/lib/spec-yaml.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => join(ROOT, 'test/fixtures/spec-diff', `${name}.yaml`);

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}
function run(file: string, args: string[], cwd = ROOT, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((done) => {
    execFile(file, args, { cwd, env: { ...process.env, ...env }, timeout: 30_000 }, (err, stdout, stderr) =>
      done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
}
const update = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/spec-update.ts'), ...args], ROOT, env);

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A temp dir with provisioning.yaml = base.yaml, and where its changesets would go. */
async function workspace() {
  const dir = await mkdtemp(join(tmpdir(), 'spec-update-'));
  temps.push(dir);
  const spec = join(dir, 'provisioning.yaml');
  await copyFile(fixture('base'), spec);
  return { dir, spec, changesets: join(dir, '.changeset') };
}

const COMBINED_CHANGESET = `---
"sinch-provisioning": major
---

Spec update: the Widget API description 1.0.0 → 1.1.0 (\`provisioning.yaml\` and the types generated from it).

Breaking changes:

- Request field \`WidgetInput.note\` was removed. Affects \`createWidget\`.

Additions:

- New operation \`updateWidget\` (PATCH /v1/projects/{projectId}/widgets/{widgetId}).
- New optional response field \`Widget.createdAt\`. Affects \`WIDGET_CREATED event\`, \`createWidget\`, \`getWidget\`, \`listWidgets\`.
- Request and response \`Color\` has the new value \`YELLOW\`. Affects \`WIDGET_CREATED event\`, \`createWidget\`, \`getWidget\`, \`listWidgets\`.

Documentation:

- The description of \`listWidgets\` changed.
`;

describe('scripts/spec-update.ts', () => {
  it.concurrent('fetches, compares, regenerates and writes a changeset whose bump follows the diff', async () => {
    const { dir, spec, changesets } = await workspace();
    const stub = join(dir, 'generate-stub.mjs');
    const marker = join(dir, 'codegen-args.json');
    await writeFile(stub, `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, JSON.stringify(process.argv.slice(2)));\n`);
    // The Widget fixture has none of the facade's operations: the facade check is skipped here
    // (test/unit/scripts/official-shape.test.ts runs it on a full-size spec).
    const result = await update(['--from', fixture('combined'), '--spec', spec, '--changeset-dir', changesets, '--no-typecheck'], {
      SPEC_FETCH_GENERATE_SCRIPT: stub,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await readdir(changesets)).toEqual(['spec-update-1.1.0.md']);
    expect(await readFile(join(changesets, 'spec-update-1.1.0.md'), 'utf8')).toBe(COMBINED_CHANGESET);
    // The spec is what fetch-spec writes: the new one, in the project's stable format.
    expect(await readFile(spec, 'utf8')).toBe(stringifySpec(parseSpecText(await readFile(fixture('combined'), 'utf8'))));
    expect(JSON.parse(await readFile(marker, 'utf8'))).toEqual([
      '--spec',
      expect.stringMatching(/spec-fetch-staging-.*provisioning\.yaml$/),
      '--out',
      expect.stringMatching(/spec-fetch-staging-.*generated$/),
    ]);
    expect(result.stdout).toContain('\nspec-diff: Widget API 1.0.0 -> 1.1.0: 5 changes, release bump: major\n');
    expect(result.stdout.endsWith(`spec:update: wrote ${join(changesets, 'spec-update-1.1.0.md')} (major)\n`)).toBe(true);
  });

  it.concurrent('writes a patch changeset for description-only changes', async () => {
    const { spec, changesets } = await workspace();
    const result = await update(['--from', fixture('description-only'), '--spec', spec, '--changeset-dir', changesets, '--no-generate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\nspec:update: codegen skipped (--no-generate)\n');
    expect(await readFile(join(changesets, 'spec-update-1.0.1.md'), 'utf8')).toBe(`---
"sinch-provisioning": patch
---

Spec update: the Widget API description 1.0.0 → 1.0.1 (\`provisioning.yaml\` and the types generated from it).

Documentation:

- The API description (info) changed.
- The description of \`listWidgets\` changed.
- The description of \`Widget.name\` changed. Affects \`WIDGET_CREATED event\`, \`createWidget\`, \`getWidget\`, \`listWidgets\`.
`);
  });

  it.concurrent('writes a minor changeset for additions, next to an earlier one of the same version', async () => {
    const { spec, changesets } = await workspace();
    await mkdir(changesets);
    await writeFile(join(changesets, 'spec-update-1.0.0.md'), 'an earlier update\n');
    const result = await update(['--from', fixture('enum-value-added'), '--spec', spec, '--changeset-dir', changesets, '--no-generate']);
    expect(result.code).toBe(0);
    expect((await readdir(changesets)).sort()).toEqual(['spec-update-1.0.0-2.md', 'spec-update-1.0.0.md']);
    expect(await readFile(join(changesets, 'spec-update-1.0.0.md'), 'utf8')).toBe('an earlier update\n');
    const text = await readFile(join(changesets, 'spec-update-1.0.0-2.md'), 'utf8');
    expect(text.split('\n').slice(0, 3)).toEqual(['---', '"sinch-provisioning": minor', '---']);
  });

  it.concurrent('writes no changeset when the API did not change', async () => {
    const { spec, changesets } = await workspace();
    const result = await update(['--from', fixture('base'), '--spec', spec, '--changeset-dir', changesets, '--no-generate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\nspec-diff: Widget API 1.0.0 -> 1.0.0: no changes\n');
    expect(result.stdout.endsWith('spec:update: the API did not change; no changeset written\n')).toBe(true);
    await expect(readdir(changesets)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.concurrent('changes nothing when the fetch fails', async () => {
    const { spec, changesets } = await workspace();
    const result = await update(['--from', join(ROOT, 'test/fixtures/specs/page.html'), '--spec', spec, '--changeset-dir', changesets]);
    expect(result.code).toBe(1);
    expect(result.stderr.endsWith('spec:update: the fetch failed (exit 1); nothing was changed.\n')).toBe(true);
    expect(await readFile(spec, 'utf8')).toBe(await readFile(fixture('base'), 'utf8'));
    await expect(readdir(changesets)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.concurrent('changes nothing and exits 3 when the codegen fails', async () => {
    const { dir, spec, changesets } = await workspace();
    const stub = join(dir, 'generate-fails.mjs');
    await writeFile(stub, 'process.exit(7);\n');
    const result = await update(['--from', fixture('request-field-removed'), '--spec', spec, '--changeset-dir', changesets], {
      SPEC_FETCH_GENERATE_SCRIPT: stub,
    });
    expect(result.code).toBe(3);
    expect(result.stderr.endsWith('spec:update: the codegen failed (exit 3); nothing was changed.\n')).toBe(true);
    expect(await readFile(spec, 'utf8')).toBe(await readFile(fixture('base'), 'utf8'));
    await expect(readdir(changesets)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.concurrent('changes nothing and exits 4 when the facade would not compile against the new spec', async () => {
    // None of the facade's operations exist in the Widget description, and the stub's schema.ts
    // has none of the types the facade imports.
    const { dir, spec, changesets } = await workspace();
    const stub = join(dir, 'generate-empty.mjs');
    await writeFile(
      stub,
      "import { mkdirSync, writeFileSync } from 'node:fs';\nmkdirSync(process.argv[5], { recursive: true });\nwriteFileSync(process.argv[5] + '/schema.ts', 'export {};\\n');\n",
    );
    const result = await update(['--from', fixture('combined'), '--spec', spec, '--changeset-dir', changesets], { SPEC_FETCH_GENERATE_SCRIPT: stub });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('spec:fetch: the facade would not compile against the types generated from ');
    expect(result.stderr).toContain('\n  91 operation(s) the facade calls are missing from the new description:\n');
    expect(result.stderr).toContain('\n    - BundlesBundlesController_list_v1, used by Bundles.list (src/facade/resources/bundles/bundles.ts)\n');
    expect(result.stderr).toContain('\n    ... and 71 more\n');
    expect(result.stderr).toMatch(/\n {2}\d+ TypeScript error\(s\) in \d+ file\(s\): .*src\/facade\/resources\/webhooks\/webhooks\.ts/);
    expect(result.stderr).toContain(
      `\n    - src/facade/resources/bundles/types.ts:1 Module '"../../../generated/schema.js"' has no exported member 'components'.\n`,
    );
    expect(result.stderr.endsWith('spec:update: the facade would not compile against the new types (exit 4); nothing was changed.\n')).toBe(true);
    expect(await readFile(spec, 'utf8')).toBe(await readFile(fixture('base'), 'utf8'));
    await expect(readdir(changesets)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.concurrent('prints --help and rejects unknown options', async () => {
    const help = await update(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n')[0]).toBe(
      'usage: tsx scripts/spec-update.ts [--from <url|file>] [--spec <path>] [--changeset-dir <dir>] [--no-generate] [--no-typecheck] [--timeout <ms>] [--help]',
    );
    expect(await update(['--form', 'x'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "spec:update: Unknown option '--form'\nRun tsx scripts/spec-update.ts --help for usage.\n",
    });
  });

  it.concurrent('writes a changeset that `changeset version` turns into a release', async () => {
    const { spec, changesets, dir } = await workspace();
    const result = await update(['--from', fixture('combined'), '--spec', spec, '--changeset-dir', changesets, '--no-generate']);
    expect(result.code).toBe(0);
    // A stand-in package with the repo's changesets config and CHANGELOG stub, versioned as
    // `npm run version` does it.
    await copyFile(join(ROOT, '.changeset/config.json'), join(changesets, 'config.json'));
    await copyFile(join(ROOT, 'CHANGELOG.md'), join(dir, 'CHANGELOG.md'));
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'sinch-provisioning', version: '0.4.2' }));
    const version = await run(join(ROOT, 'node_modules/.bin/changeset'), ['version'], dir);
    expect(version.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')).version).toBe('1.0.0');
    expect(await readdir(changesets)).toEqual(['config.json']);
    const changelog = await readFile(join(dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog.startsWith('# sinch-provisioning\n\n## 1.0.0\n\n### Major Changes\n\n- Spec update: the Widget API description 1.0.0 → 1.1.0')).toBe(true);
    expect(changelog).toContain('\n  - Request field `WidgetInput.note` was removed. Affects `createWidget`.\n');
  });
});
