#!/usr/bin/env -S npx tsx
// Writes src/version.ts from the `version` in package.json, so that the SDK knows its version
// without reading package.json at run time (no file system on edge runtimes, and bundlers would
// otherwise inline the whole manifest). `npm run version` runs it right after `changeset version`;
// test/unit/version.test.ts fails when the two disagree. `--check` writes nothing and exits 1 then.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCli, runScript } from './lib/cli.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, 'src/version.ts');

const HELP = 'Usage: tsx scripts/sync-version.ts [--check]\nWrites src/version.ts from package.json (--check: exit 1 if it is out of date).';

/** The contents of src/version.ts for a version string. */
export function versionSource(version: string): string {
  return (
    '// Written by scripts/sync-version.ts from package.json (`npm run version` runs it); do not edit.\n' +
    '/** The version of this SDK, as published on npm. */\n' +
    `export const VERSION = '${version}';\n`
  );
}

async function main(argv: string[]): Promise<number> {
  const cli = parseCli(argv, { check: { type: 'boolean' } });
  if (cli.help) {
    console.log(HELP);
    return 0;
  }
  const { version } = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8')) as { version: string };
  const wanted = versionSource(version);
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current === wanted) return 0;
  if (cli.flag('check')) {
    console.error(`src/version.ts is out of date (package.json says ${version}): run tsx scripts/sync-version.ts`);
    return 1;
  }
  await writeFile(target, wanted);
  console.log(`src/version.ts: ${version}`);
  return 0;
}

runScript(import.meta.url, 'sync-version', main);
