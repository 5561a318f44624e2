#!/usr/bin/env -S npx tsx
// `npm run spec:diff -- <old> <new>`: what changed between two versions of the spec, in words,
// with the semver bump each change calls for (the rules are in scripts/lib/spec-diff-rules.ts).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, parseCli, runScript } from './lib/cli.js';
import { whyNotOpenApi3 } from './lib/openapi-doc.js';
import { formatReport } from './lib/spec-diff-report.js';
import { diffSpecs } from './lib/spec-diff.js';
import { SpecSourceError, readSpecSource } from './lib/spec-source.js';
import { parseSpecText } from './lib/spec-yaml.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `usage: tsx scripts/spec-diff.ts <old> <new> [--json] [--help]

Compares two OpenAPI descriptions and lists the changes a user of the SDK would notice, each
with the semver bump it calls for:
  major  removed operation, parameter, request body or field; a newly required request field or
         parameter; a response field that became optional; removed enum values; a type change;
         a stricter limit, pattern or format in a request
  minor  new operation, parameter, field, enum value, response or webhook event; a deprecation;
         anything no rule classifies (review those)
  patch  descriptions, summaries, titles, examples, x-* notes, tags; limits in responses
Requests and responses are judged apart (what breaks a sender differs from what breaks a
reader); scripts/lib/spec-diff-rules.ts lists every rule.

<old> and <new> are each a file, an http(s) URL, or <git-revision>:<path> (e.g.
HEAD:openapi/provisioning.yaml, read with git show from this repository).

  --json      print { from, to, bump, changes: [{ bump, rule, location, message, sides, operations }] }
  -h, --help  show this text

Exit codes: 0 compared (whatever the changes); 1 a spec could not be read; 2 bad arguments.`;

class InputError extends Error {}

/** Reads and parses one side of the comparison: a file, a URL, or `<git-revision>:<path>`. */
async function load(source: string): Promise<unknown> {
  let text: string;
  let label = source;
  const gitRef = /^([^:]+):(.+)$/.exec(source);
  if (gitRef && !/^(https?|file):/i.test(source) && !existsSync(source)) {
    try {
      text = execFileSync('git', ['show', source], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      const e = err as { stderr?: unknown; message: string };
      throw new InputError(`cannot read ${source} from git: ${String(e.stderr ?? e.message).trim()}`);
    }
  } else {
    try {
      ({ text, label } = await readSpecSource(source));
    } catch (err) {
      if (err instanceof SpecSourceError) throw new InputError(err.message);
      throw err;
    }
  }
  let doc: unknown;
  try {
    doc = parseSpecText(text);
  } catch (err) {
    throw new InputError(`${label} is not valid YAML or JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  const why = whyNotOpenApi3(doc);
  if (why) throw new InputError(`${label} is not an OpenAPI 3.x description: ${why}`);
  return doc;
}

async function main(argv: string[]): Promise<number> {
  const cli = parseCli(argv, { json: { type: 'boolean' } }, { positionals: true });
  if (cli.help) {
    console.log(HELP);
    return 0;
  }
  const { positionals } = cli;
  if (positionals.length !== 2) throw new UsageError(`expected two specs (<old> <new>), got ${positionals.length}`);
  const [before, after] = await Promise.all(positionals.map(load));
  const diff = diffSpecs(before, after);
  console.log(cli.flag('json') ? JSON.stringify(diff, null, 2) : formatReport(diff));
  return 0;
}

runScript(import.meta.url, 'spec-diff', main, (err) => (err instanceof InputError ? err.message : String((err as Error).stack)));
