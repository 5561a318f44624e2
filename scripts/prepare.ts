#!/usr/bin/env -S npx tsx
// The `prepare` script: builds dist/ unless it is newer than everything the build reads.
// npm runs `prepare` on `npm install` in a clone, after `prepack` on `npm pack` / `npm publish`,
// and twice for a git dependency (in npm's own install of the clone, then before packing it):
// the check makes the second run, and the one right after `prepack`, a no-op instead of a
// second full build. `prepack` always builds, so a packed or published tarball is never stale.
import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCli, runScript } from './lib/cli.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INPUTS = ['src', 'tsup.config.ts', 'tsconfig.json', 'package.json'];

const HELP = 'Usage: tsx scripts/prepare.ts\nRuns `npm run build` unless dist/ is newer than src/, tsup.config.ts, tsconfig.json and package.json.';

/** Modification times (ms) of every file under `path`, or [] when it does not exist. */
async function mtimes(path: string): Promise<number[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) return [info.mtimeMs];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (file) => (await stat(file)).mtimeMs));
}

async function main(argv: string[]): Promise<number> {
  if (parseCli(argv, {}).help) {
    console.log(HELP);
    return 0;
  }
  const built = await mtimes(join(root, 'dist'));
  const inputs = (await Promise.all(INPUTS.map((p) => mtimes(join(root, p))))).flat();
  if (built.length > 0 && Math.min(...built) > Math.max(...inputs)) {
    console.log('prepare: dist/ is up to date');
    return 0;
  }
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

runScript(import.meta.url, 'prepare', main);
