#!/usr/bin/env node
// Writes src/version.ts from the `version` in package.json, so that the SDK knows its version
// without reading package.json at run time (no file system on edge runtimes, and bundlers would
// otherwise inline the whole manifest). `npm run version` runs it right after `changeset version`;
// test/unit/version.test.ts fails when the two disagree. `--check` writes nothing and exits 1 then.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, 'src/version.ts');

if (process.argv.includes('--help')) {
  console.log('Usage: node scripts/sync-version.mjs [--check]\nWrites src/version.ts from package.json (--check: exit 1 if it is out of date).');
  process.exit(0);
}

/** The contents of src/version.ts for a version string. */
export function versionSource(version) {
  return (
    '// Written by scripts/sync-version.mjs from package.json (`npm run version` runs it); do not edit.\n' +
    '/** The version of this SDK, as published on npm. */\n' +
    `export const VERSION = '${version}';\n`
  );
}

const { version } = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));
const wanted = versionSource(version);
const current = await readFile(target, 'utf8').catch(() => '');
if (current === wanted) process.exit(0);
if (process.argv.includes('--check')) {
  console.error(`src/version.ts is out of date (package.json says ${version}): run node scripts/sync-version.mjs`);
  process.exit(1);
}
await writeFile(target, wanted);
console.log(`src/version.ts: ${version}`);
