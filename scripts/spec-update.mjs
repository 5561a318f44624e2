#!/usr/bin/env node
// `npm run spec:update`: the whole update of the spec in one command. Fetch the new description
// (scripts/fetch-spec.mjs: validated, patched, regenerated and checked against the facade in a
// staging directory, then written atomically), compare it with the one it replaces
// (scripts/lib/spec-diff.mjs), and write a changeset whose bump follows the comparison, so the
// release that ships the new spec is versioned for what it changes.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { changesetText, formatReport } from './lib/spec-diff-report.mjs';
import { diffSpecs } from './lib/spec-diff.mjs';
import { parseSpecText } from './lib/spec-yaml.mjs';
import { writeFileAtomic } from './lib/write-file-atomic.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `usage: node scripts/spec-update.mjs [--from <url|file>] [--spec <path>] [--changeset-dir <dir>] [--no-generate] [--no-typecheck] [--timeout <ms>] [--help]

Updates the spec and says what the update means for a release:
  1. fetch    node scripts/fetch-spec.mjs --from <url|file> --out <spec>: download, validate,
              patch known defects, generate the types in a staging directory and type-check
              the facade against them; only then write the spec and src/generated/ (on any
              failure nothing changes and no changeset is written)
  2. compare  the old spec with the new one (node scripts/spec-diff.mjs explains the rules)
  3. record   <changeset-dir>/spec-update-<new version>.md: a changeset whose bump is the
              largest the comparison found (major, minor or patch) and whose text lists the
              changes; none is written when the API did not change

  --from <url|file>      where to read the new spec (default: the official download URL of
                         scripts/fetch-spec.mjs)
  --spec <path>          the spec to update (default: openapi/provisioning.yaml)
  --changeset-dir <dir>  where to write the changeset (default: .changeset)
  --no-generate          update the spec only (no codegen, so no facade check)
  --no-typecheck         run the codegen but skip the facade check (not recommended)
  --timeout <ms>         download timeout, passed to fetch-spec
  -h, --help             show this text

Environment:
  SPEC_FETCH_GENERATE_SCRIPT  codegen script to run instead of scripts/generate.mjs (tests use a stub)

Exit codes: 0 done; 1 the fetch failed or the spec could not be compared; 2 bad arguments;
3 the codegen failed; 4 the facade would not compile against the new types. On 1, 3 and 4
nothing was changed.`;

class UsageError extends Error {}
class UpdateError extends Error {}

function parseCli(argv) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        spec: { type: 'string' },
        'changeset-dir': { type: 'string' },
        'no-generate': { type: 'boolean' },
        'no-typecheck': { type: 'boolean' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    return {
      help: Boolean(values.help),
      from: values.from,
      spec: resolve(values.spec ?? join(root, 'openapi/provisioning.yaml')),
      changesetDir: resolve(values['changeset-dir'] ?? join(root, '.changeset')),
      generate: !values['no-generate'],
      typecheck: !values['no-typecheck'],
      timeout: values.timeout,
    };
  } catch (err) {
    throw new UsageError(err.message);
  }
}

/** Runs a Node script with this process's output; resolves with its exit code. */
function node(script, args) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

// Paths under the working directory are shown relative to it, others in full.
function display(path) {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** The spec's path in the changeset: relative to the repository, or its name when outside it. */
function specLabel(path) {
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : basename(path);
}

/** `spec-update-<version>.md`, or `-2`, `-3` ... when an earlier update already used the name. */
function changesetPath(dir, version) {
  const safe = String(version ?? 'unversioned').replace(/[^0-9A-Za-z.-]+/g, '-');
  let path = join(dir, `spec-update-${safe}.md`);
  for (let n = 2; existsSync(path); n++) path = join(dir, `spec-update-${safe}-${n}.md`);
  return path;
}

async function main(argv) {
  const opts = parseCli(argv);
  if (opts.help) {
    console.log(HELP);
    return 0;
  }
  const oldText = await readFile(opts.spec, 'utf8').catch((err) => {
    throw new UpdateError(`cannot read the current spec ${display(opts.spec)}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  });

  const fetchArgs = ['--out', opts.spec];
  if (!opts.generate) fetchArgs.push('--no-generate');
  if (!opts.typecheck) fetchArgs.push('--no-typecheck');
  if (opts.from) fetchArgs.push('--from', opts.from);
  if (opts.timeout) fetchArgs.push('--timeout', opts.timeout);
  const fetched = await node(join(root, 'scripts/fetch-spec.mjs'), fetchArgs);
  if (fetched !== 0) {
    const why = { 3: 'the codegen failed', 4: 'the facade would not compile against the new types' }[fetched] ?? 'the fetch failed';
    console.error(`spec:update: ${why} (exit ${fetched}); nothing was changed.`);
    return [2, 3, 4].includes(fetched) ? fetched : 1;
  }

  const newText = await readFile(opts.spec, 'utf8');
  const diff = diffSpecs(parseSpecText(oldText), parseSpecText(newText));
  console.log('');
  console.log(formatReport(diff));

  if (!opts.generate) console.log('spec:update: codegen skipped (--no-generate)');

  // Written right after the spec: the next run would compare the new spec with itself and find
  // nothing, so this is the one moment the changes can be recorded.
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const text = changesetText(diff, { packageName: pkg.name, specPath: specLabel(opts.spec) });
  if (text === null) {
    console.log('spec:update: the API did not change; no changeset written');
  } else {
    const path = changesetPath(opts.changesetDir, diff.to);
    await writeFileAtomic(path, text);
    console.log(`spec:update: wrote ${display(path)} (${diff.bump})`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (err instanceof UsageError) {
      console.error(`spec:update: ${err.message}\nRun node scripts/spec-update.mjs --help for usage.`);
      process.exitCode = 2;
      return;
    }
    console.error(`spec:update: ${err instanceof UpdateError ? err.message : err.stack}`);
    process.exitCode = 1;
  },
);
