// `npm install git+file://...` of this repository, as a user installs a branch or a fork before
// (or instead of) the registry: npm clones it, installs its dev dependencies, runs `prepare`
// (the build) and packs it. The repository is the working tree as it is now (tracked and new
// files, what .gitignore leaves out stays out), committed into a bare repo in the temp dir, so
// nothing leaves the machine but what npm fetches from the registry for the dev dependencies
// (from the warm cache with --prefer-offline). Then the same probe as the tarball, from ESM and
// CommonJS, and the same files as the tarball.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, type RunResult, consumerProject, mustRun, run } from './helpers.js';
import { CJS_PROBE, ESM_PROBE, expectedProbe, runProbe } from './probe.js';

const tarball = inject('tarball');
const GIT = ['-c', 'user.name=package-test', '-c', 'user.email=package-test@localhost', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'];
let work: string;
let dir: string;
let install: RunResult;

/** Every file below `root`, relative and sorted. */
async function files(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

beforeAll(async () => {
  work = await realpath(await mkdtemp(join(tmpdir(), 'sinch-provisioning-git-')));
  const source = join(work, 'source');
  await mkdir(source);
  const listed = await mustRun('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT);
  for (const file of listed.split('\0').filter(Boolean)) {
    // A tracked file deleted in the working tree is not part of it any more.
    await cp(join(ROOT, file), join(source, file), { recursive: true }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }
  await mustRun('git', [...GIT, 'init', '--quiet'], source);
  await mustRun('git', [...GIT, 'add', '--all'], source);
  await mustRun('git', [...GIT, 'commit', '--quiet', '--no-verify', '-m', 'package under test'], source);
  await mustRun('git', [...GIT, 'clone', '--quiet', '--bare', source, join(work, 'sinch-provisioning.git')], work);
  // npm 11.16+ warns about the `prepare` of a git dependency that allowScripts does not list;
  // npm 12 skips it, and the package would come without dist/. The README says to list it,
  // under its URL (for git dependencies npm matches the URL, not the package name).
  const url = `git+file://${join(work, 'sinch-provisioning.git')}`;
  dir = await realpath(await consumerProject('sinch-provisioning-git-consumer-', { allowScripts: { [url]: true } }));
  install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', url], dir, {}, 240_000);
  if (install.code !== 0) throw new Error(`npm install ${url} failed:\n${install.stdout}\n${install.stderr}`);
}, 240_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  if (work) await rm(work, { recursive: true, force: true });
});

describe('installed from a git URL', () => {
  it('works when imported from ESM', async () => {
    expect(await runProbe(dir, 'probe.mjs', ESM_PROBE)).toEqual(await expectedProbe(dir));
  });

  it('works when required from CommonJS', async () => {
    expect(await runProbe(dir, 'probe.cjs', CJS_PROBE)).toEqual(await expectedProbe(dir));
  });

  it('runs the build without an allowScripts warning when the URL is listed, as the README says', () => {
    expect(install.stderr).not.toMatch(/allowScripts|install-scripts/);
  });

  it('holds the same files as the packed tarball, dist/ included', async () => {
    const unpacked = join(work, 'tarball');
    await mkdir(unpacked);
    await promisify(execFile)('tar', ['-xzf', tarball, '-C', unpacked]);
    const fromGit = await files(join(dir, 'node_modules/sinch-provisioning'));
    expect(fromGit).toContain('dist/index.js');
    expect(fromGit).toContain('dist/index.cjs');
    expect(fromGit).toEqual(await files(join(unpacked, 'package')));
  });
});
