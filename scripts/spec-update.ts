#!/usr/bin/env -S npx tsx
// `npm run spec:update`: the whole update of the spec in one command. Fetch the new description
// (scripts/fetch-spec.ts: validated, patched, regenerated and checked against the facade in a
// staging directory, then written atomically), compare it with the one it replaces
// (scripts/lib/spec-diff.ts), and write a changeset whose bump follows the comparison, so the
// release that ships the new spec is versioned for what it changes.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runFetchSpec } from './fetch-spec.js';
import { parseCli, runScript } from './lib/cli.js';
import { changesetText, formatReport } from './lib/spec-diff-report.js';
import { diffSpecs } from './lib/spec-diff.js';
import { parseSpecText } from './lib/spec-yaml.js';
import { writeFileAtomic } from './lib/write-file-atomic.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `usage: tsx scripts/spec-update.ts [--from <url|file>] [--spec <path>] [--changeset-dir <dir>] [--no-generate] [--no-typecheck] [--timeout <ms>] [--help]

Updates the spec and says what the update means for a release:
  1. fetch    scripts/fetch-spec.ts --from <url|file> --out <spec>, in process: download, validate,
              patch known defects, generate the types in a staging directory and type-check
              the facade against them; only then write the spec and src/generated/ (on any
              failure nothing changes and no changeset is written)
  2. compare  the old spec with the new one (tsx scripts/spec-diff.ts explains the rules)
  3. record   <changeset-dir>/spec-update-<new version>.md: a changeset whose bump is the
              largest the comparison found (major, minor or patch) and whose text lists the
              changes; none is written when the API did not change

  --from <url|file>      where to read the new spec (default: the official download URL of
                         scripts/fetch-spec.ts)
  --spec <path>          the spec to update (default: openapi/provisioning.yaml)
  --changeset-dir <dir>  where to write the changeset (default: .changeset)
  --no-generate          update the spec only (no codegen, so no facade check)
  --no-typecheck         run the codegen but skip the facade check (not recommended)
  --timeout <ms>         download timeout, passed to fetch-spec
  -h, --help             show this text

Environment:
  SPEC_FETCH_GENERATE_SCRIPT  codegen script to run instead of scripts/generate.ts (tests use a stub)

Exit codes: 0 done; 1 the fetch failed or the spec could not be compared; 2 bad arguments;
3 the codegen failed; 4 the facade would not compile against the new types. On 1, 3 and 4
nothing was changed.`;

class UpdateError extends Error {}

function options(argv: string[]) {
  const cli = parseCli(argv, {
    from: { type: 'string' },
    spec: { type: 'string' },
    'changeset-dir': { type: 'string' },
    'no-generate': { type: 'boolean' },
    'no-typecheck': { type: 'boolean' },
    timeout: { type: 'string' },
  });
  return {
    help: cli.help,
    from: cli.string('from'),
    spec: resolve(cli.string('spec') ?? join(root, 'openapi/provisioning.yaml')),
    changesetDir: resolve(cli.string('changeset-dir') ?? join(root, '.changeset')),
    generate: !cli.flag('no-generate'),
    typecheck: !cli.flag('no-typecheck'),
    timeout: cli.string('timeout'),
  };
}

// Paths under the working directory are shown relative to it, others in full.
function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** The spec's path in the changeset: relative to the repository, or its name when outside it. */
function specLabel(path: string): string {
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : basename(path);
}

/** `spec-update-<version>.md`, or `-2`, `-3` ... when an earlier update already used the name. */
function changesetPath(dir: string, version: string | null): string {
  const safe = String(version ?? 'unversioned').replace(/[^0-9A-Za-z.-]+/g, '-');
  let path = join(dir, `spec-update-${safe}.md`);
  for (let n = 2; existsSync(path); n++) path = join(dir, `spec-update-${safe}-${n}.md`);
  return path;
}

async function main(argv: string[]): Promise<number> {
  const opts = options(argv);
  if (opts.help) {
    console.log(HELP);
    return 0;
  }
  const oldText = await readFile(opts.spec, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new UpdateError(`cannot read the current spec ${display(opts.spec)}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  });

  const fetchArgs = ['--out', opts.spec];
  if (!opts.generate) fetchArgs.push('--no-generate');
  if (!opts.typecheck) fetchArgs.push('--no-typecheck');
  if (opts.from) fetchArgs.push('--from', opts.from);
  if (opts.timeout) fetchArgs.push('--timeout', opts.timeout);
  const fetched = await runFetchSpec(fetchArgs);
  if (fetched !== 0) {
    const why = ({ 3: 'the codegen failed', 4: 'the facade would not compile against the new types' } as Record<number, string>)[fetched] ?? 'the fetch failed';
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
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { name: string };
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

runScript(import.meta.url, 'spec:update', main, (err) => (err instanceof UpdateError ? err.message : String((err as Error).stack)));
