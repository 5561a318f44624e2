#!/usr/bin/env node
// `npm run spec:fetch`: the update path for the spec. Download (or read) the official OpenAPI
// description, refuse anything that is not a valid OpenAPI 3.x document, fix its known defects,
// write it in one stable YAML format and regenerate src/generated/. Any failure before the write
// leaves the old spec byte-for-byte as it was.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { countOperations, whyNotOpenApi3 } from './lib/openapi-doc.mjs';
import { applyPatches } from './lib/spec-patches.mjs';
import { SpecSourceError, readSpecSource } from './lib/spec-source.mjs';
import { parseSpecText, stringifySpec } from './lib/spec-yaml.mjs';
import { writeFileAtomic } from './lib/write-file-atomic.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_URL =
  'https://developers.sinch.com/_bundle/docs/provisioning-api/api-reference/provisioning-api.yaml?download';
const DEFAULT_OUT = resolve(root, 'openapi/provisioning.yaml');
const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_LISTED_ERRORS = 20;

const HELP = `usage: node scripts/fetch-spec.mjs [--from <url|file>] [--out <path>] [--timeout <ms>] [--no-generate] [--help]

Downloads the official Sinch Provisioning OpenAPI description, checks that it is a valid
OpenAPI 3.x document, fixes its known defects (scripts/lib/spec-patches.mjs), writes it in the
project's stable YAML format and regenerates src/generated/ from it. On any failure nothing is
written: the old spec stays byte-for-byte as it was.

  --from <url|file>  where to read the spec (default: ${DEFAULT_URL})
  --out <path>       where to write it (default: openapi/provisioning.yaml)
  --timeout <ms>     download timeout in milliseconds (default: ${DEFAULT_TIMEOUT_MS})
  --no-generate      do not run the codegen (node scripts/generate.mjs --spec <out>) afterwards
  -h, --help         show this text

Environment:
  SPEC_FETCH_GENERATE_SCRIPT  codegen script to run instead of scripts/generate.mjs (tests use a stub)

Exit codes: 0 done; 1 download, parse or validation failed (nothing written); 2 bad arguments;
3 the spec was written but the codegen failed.`;

class UsageError extends Error {}
class FetchSpecError extends Error {}

function parseCli(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        out: { type: 'string' },
        timeout: { type: 'string' },
        'no-generate': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new UsageError(err.message);
  }
  const timeoutText = values.timeout ?? String(DEFAULT_TIMEOUT_MS);
  if (!/^[1-9]\d*$/.test(timeoutText)) throw new UsageError(`--timeout must be a positive number of milliseconds, got "${timeoutText}"`);
  return {
    help: Boolean(values.help),
    from: values.from ?? DEFAULT_URL,
    out: values.out ? resolve(values.out) : DEFAULT_OUT,
    timeoutMs: Number(timeoutText),
    generate: !values['no-generate'],
  };
}

// Turns the downloaded text into a spec object, or says in plain words what was received instead.
function parseSource({ text, label }) {
  if (!text.trim()) throw new FetchSpecError(`${label} is empty, not an OpenAPI description`);
  // A docs site may answer a moved download link with a web page (status 200), a CDN with an XML
  // error. Judged by the content, not the Content-Type, which download endpoints often get wrong.
  const markup = /^\s*<(\?xml|!doctype|html|head|body)\b/i.exec(text);
  if (markup) {
    const what = markup[1] === '?xml' ? 'an XML document' : 'an HTML page';
    throw new FetchSpecError(`${label} is ${what}, not an OpenAPI description (is the URL still right?)`);
  }
  let doc;
  try {
    doc = parseSpecText(text);
  } catch (err) {
    throw new FetchSpecError(`${label} is not valid YAML or JSON: ${err.message.split('\n')[0].replace(/:$/, '')}`);
  }
  const why = whyNotOpenApi3(doc);
  if (why) throw new FetchSpecError(`${label} is not an OpenAPI 3.x description: ${why}`);
  return doc;
}

function runCodegen(out, log) {
  const script = resolve(process.env.SPEC_FETCH_GENERATE_SCRIPT || resolve(root, 'scripts/generate.mjs'));
  log(`  codegen     node ${display(script)} --spec ${display(out)}`);
  if (!existsSync(script)) return `codegen script not found: ${script}`;
  const run = spawnSync(process.execPath, [script, '--spec', out], { cwd: root, stdio: 'inherit' });
  if (run.error) return `codegen could not start: ${run.error.message}`;
  if (run.status !== 0) return `codegen failed (exit ${run.status ?? run.signal})`;
  return null;
}

async function main(argv) {
  const opts = parseCli(argv);
  if (opts.help) {
    console.log(HELP);
    return 0;
  }
  const log = (line) => console.log(line);
  const source = await readSpecSource(opts.from, { timeoutMs: opts.timeoutMs });
  const doc = parseSource(source);

  const patches = applyPatches(doc);
  // Loaded only now: Redocly takes a good part of a second to import, which a failed download,
  // --help or a bad argument should not pay for.
  const { formatProblem, validateSpec } = await import('./lib/validate-spec.mjs');
  const { errors, warnings } = await validateSpec(doc);
  if (errors.length > 0) {
    const listed = errors.slice(0, MAX_LISTED_ERRORS).map((e) => `  - ${formatProblem(e)}`);
    if (errors.length > MAX_LISTED_ERRORS) listed.push(`  ... and ${errors.length - MAX_LISTED_ERRORS} more`);
    throw new FetchSpecError(
      `${source.label} is not a valid OpenAPI description: ${errors.length} error(s) after patching\n${listed.join('\n')}`,
    );
  }

  const text = stringifySpec(doc);
  const previous = await readFile(opts.out, 'utf8').catch(() => null);
  await writeFileAtomic(opts.out, text);

  log('spec:fetch');
  log(`  source      ${source.label} (${formatSize(Buffer.byteLength(source.text))})`);
  log(`  spec        ${doc.info?.title ?? '(no title)'} ${doc.info?.version ?? '(no version)'}, OpenAPI ${doc.openapi}, ${countOperations(doc)} operations`);
  const appliedCount = patches.filter((p) => p.status === 'applied').length;
  log(`  patches     ${appliedCount} applied, ${patches.length - appliedCount} skipped`);
  for (const p of patches) {
    const status = p.status === 'applied' ? 'applied' : p.failed ? 'skipped (patch failed)' : 'skipped (no longer needed)';
    log(`    ${status}  ${p.id}: ${p.detail}`);
  }
  log(`  validation  0 errors, ${warnings.length} warnings${summariseRules(warnings)}`);
  log(`  written     ${display(opts.out)} (${formatSize(Buffer.byteLength(text))}, ${previous === text ? 'unchanged' : 'updated'})`);

  if (!opts.generate) {
    log('  codegen     skipped (--no-generate)');
    return 0;
  }
  const codegenError = runCodegen(opts.out, log);
  if (codegenError) {
    console.error(`spec:fetch: ${codegenError}. The new spec is in ${display(opts.out)}; fix the codegen and run \`npm run generate\`.`);
    return 3;
  }
  return 0;
}

// " (no-unused-components 8, operation-summary 4)": which rules the warnings come from.
function summariseRules(problems) {
  if (problems.length === 0) return '';
  const counts = new Map();
  for (const p of problems) counts.set(p.rule, (counts.get(p.rule) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r, n]) => `${r} ${n}`);
  return ` (${parts.join(', ')})`;
}

function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

// Paths under the working directory are shown relative to it, others in full.
function display(path) {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (err instanceof UsageError) {
      console.error(`spec:fetch: ${err.message}\nRun node scripts/fetch-spec.mjs --help for usage.`);
      process.exitCode = 2;
      return;
    }
    const known = err instanceof FetchSpecError || err instanceof SpecSourceError;
    console.error(`spec:fetch: ${known ? err.message : err.stack}`);
    console.error('spec:fetch: nothing was written; the existing spec is unchanged.');
    process.exitCode = 1;
  },
);
