#!/usr/bin/env node
// `npm run spec:diff -- <old> <new>`: what changed between two versions of the spec, in words,
// with the semver bump each change calls for (the rules are in scripts/lib/spec-diff-rules.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { whyNotOpenApi3 } from './lib/openapi-doc.mjs';
import { formatReport } from './lib/spec-diff-report.mjs';
import { diffSpecs } from './lib/spec-diff.mjs';
import { SpecSourceError, readSpecSource } from './lib/spec-source.mjs';
import { parseSpecText } from './lib/spec-yaml.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `usage: node scripts/spec-diff.mjs <old> <new> [--json] [--help]

Compares two OpenAPI descriptions and lists the changes a user of the SDK would notice, each
with the semver bump it calls for:
  major  removed operation, parameter, request body or field; a newly required request field or
         parameter; a response field that became optional; removed enum values; a type change;
         a stricter limit, pattern or format in a request
  minor  new operation, parameter, field, enum value, response or webhook event; a deprecation;
         anything no rule classifies (review those)
  patch  descriptions, summaries, titles, examples, x-* notes, tags; limits in responses
Requests and responses are judged apart (what breaks a sender differs from what breaks a
reader); scripts/lib/spec-diff-rules.mjs lists every rule.

<old> and <new> are each a file, an http(s) URL, or <git-revision>:<path> (e.g.
HEAD:openapi/provisioning.yaml, read with git show from this repository).

  --json      print { from, to, bump, changes: [{ bump, rule, location, message, sides, operations }] }
  -h, --help  show this text

Exit codes: 0 compared (whatever the changes); 1 a spec could not be read; 2 bad arguments.`;

class UsageError extends Error {}
class InputError extends Error {}

async function load(source) {
  let text = null;
  let label = source;
  const gitRef = /^([^:]+):(.+)$/.exec(source);
  if (gitRef && !/^(https?|file):/i.test(source) && !existsSync(source)) {
    try {
      text = execFileSync('git', ['show', source], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      throw new InputError(`cannot read ${source} from git: ${String(err.stderr ?? err.message).trim()}`);
    }
  } else {
    try {
      ({ text, label } = await readSpecSource(source));
    } catch (err) {
      if (err instanceof SpecSourceError) throw new InputError(err.message);
      throw err;
    }
  }
  let doc;
  try {
    doc = parseSpecText(text);
  } catch (err) {
    throw new InputError(`${label} is not valid YAML or JSON: ${err.message.split('\n')[0]}`);
  }
  const why = whyNotOpenApi3(doc);
  if (why) throw new InputError(`${label} is not an OpenAPI 3.x description: ${why}`);
  return doc;
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    throw new UsageError(err.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(`expected two specs (<old> <new>), got ${positionals.length}`);
  const [before, after] = await Promise.all(positionals.map(load));
  const diff = diffSpecs(before, after);
  console.log(values.json ? JSON.stringify(diff, null, 2) : formatReport(diff));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (err instanceof UsageError) {
      console.error(`spec-diff: ${err.message}\nRun node scripts/spec-diff.mjs --help for usage.`);
      process.exitCode = 2;
      return;
    }
    console.error(`spec-diff: ${err instanceof InputError ? err.message : err.stack}`);
    process.exitCode = 1;
  },
);
