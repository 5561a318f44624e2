#!/usr/bin/env -S npx tsx
// `npm run spec:fetch`: the update path for the spec. Download (or read) the official OpenAPI
// description, refuse anything that is not a valid OpenAPI 3.x document, fix its known defects,
// generate the types from it in a staging directory and check that the facade still compiles
// against them; only then write the spec (in one stable YAML format) and src/generated/. Any
// failure leaves the old spec and the old generated files byte-for-byte as they were.
// spec-update.ts runs it in process through runFetchSpec().
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, parseCli, runScript } from './lib/cli.js';
import { missingOperations, typecheckFacade } from './lib/facade-check.js';
import { type Json, countOperations, whyNotOpenApi3 } from './lib/openapi-doc.js';
import { applyPatches } from './lib/spec-patches.js';
import { SpecSourceError, type SpecSource, readSpecSource } from './lib/spec-source.js';
import { parseSpecText, stringifySpec } from './lib/spec-yaml.js';
import { writeFilesAtomic } from './lib/write-file-atomic.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_URL = 'https://developers.sinch.com/_bundle/docs/provisioning-api/api-reference/provisioning-api.yaml?download';
const DEFAULT_OUT = resolve(root, 'openapi/provisioning.yaml');
const DEFAULT_GENERATED = resolve(root, 'src/generated');
const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_LISTED_ERRORS = 20;

const HELP = `usage: tsx scripts/fetch-spec.ts [--from <url|file>] [--out <path>] [--generated <dir>] [--timeout <ms>] [--no-generate] [--no-typecheck] [--help]

Downloads the official Sinch Provisioning OpenAPI description, checks that it is a valid
OpenAPI 3.x document, fixes its known defects (scripts/lib/spec-patches.ts), generates the
types from it in a staging directory and type-checks the facade (src/) against them. Only when
all of that passes are the spec (in the project's stable YAML format) and the generated files
written. On any failure nothing is written: the old spec and src/generated/ stay byte-for-byte
as they were, and a facade that would no longer compile is reported file by file, with the
facade methods whose operation the new description lacks.

  --from <url|file>  where to read the spec (default: ${DEFAULT_URL})
  --out <path>       where to write it (default: openapi/provisioning.yaml)
  --generated <dir>  where the generated files go (default: src/generated)
  --timeout <ms>     download timeout in milliseconds (default: ${DEFAULT_TIMEOUT_MS})
  --no-generate      write the spec only: no codegen, so no facade check either
  --no-typecheck     run the codegen but skip the facade check (not recommended)
  -h, --help         show this text

Environment:
  SPEC_FETCH_GENERATE_SCRIPT  codegen script to run in a child process instead of scripts/generate.ts
                              in process (tests use a stub); it is called with --spec <staged spec>
                              --out <staging dir>

Exit codes: 0 done; 1 download, parse or validation failed; 2 bad arguments; 3 the codegen
failed; 4 the facade would not compile against the new types. Nothing is written unless 0.`;

class FetchSpecError extends Error {
  exitCode = 1;
}
class CodegenError extends FetchSpecError {
  override exitCode = 3;
}
class FacadeBreakError extends FetchSpecError {
  override exitCode = 4;
}

type Log = (line: string) => void;

function options(argv: string[]) {
  const cli = parseCli(argv, {
    from: { type: 'string' },
    out: { type: 'string' },
    generated: { type: 'string' },
    'no-typecheck': { type: 'boolean' },
    timeout: { type: 'string' },
    'no-generate': { type: 'boolean' },
  });
  const timeoutText = cli.string('timeout') ?? String(DEFAULT_TIMEOUT_MS);
  if (!/^[1-9]\d*$/.test(timeoutText)) throw new UsageError(`--timeout must be a positive number of milliseconds, got "${timeoutText}"`);
  const out = cli.string('out');
  const generated = cli.string('generated');
  return {
    help: cli.help,
    from: cli.string('from') ?? DEFAULT_URL,
    out: out ? resolve(out) : DEFAULT_OUT,
    generatedDir: generated ? resolve(generated) : DEFAULT_GENERATED,
    typecheck: !cli.flag('no-typecheck'),
    timeoutMs: Number(timeoutText),
    generate: !cli.flag('no-generate'),
  };
}

// Turns the downloaded text into a spec object, or says in plain words what was received instead.
function parseSource({ text, label }: SpecSource): Json {
  if (!text.trim()) throw new FetchSpecError(`${label} is empty, not an OpenAPI description`);
  // A docs site may answer a moved download link with a web page (status 200), a CDN with an XML
  // error. Judged by the content, not the Content-Type, which download endpoints often get wrong.
  const markup = /^\s*<(\?xml|!doctype|html|head|body)\b/i.exec(text);
  if (markup) {
    const what = markup[1] === '?xml' ? 'an XML document' : 'an HTML page';
    throw new FetchSpecError(`${label} is ${what}, not an OpenAPI description (is the URL still right?)`);
  }
  let doc: Json;
  try {
    doc = parseSpecText(text);
  } catch (err) {
    throw new FetchSpecError(`${label} is not valid YAML or JSON: ${((err as Error).message.split('\n')[0] ?? '').replace(/:$/, '')}`);
  }
  const why = whyNotOpenApi3(doc);
  if (why) throw new FetchSpecError(`${label} is not an OpenAPI 3.x description: ${why}`);
  return doc;
}

// The codegen: scripts/generate.ts in process, on the spec as it will be written; or, when
// SPEC_FETCH_GENERATE_SCRIPT names one, that script in a child process writing into a staging
// directory. Resolves to the files produced ({ name: text }); nothing under src/ is touched.
async function stagedCodegen(text: string, log: Log): Promise<Record<string, string>> {
  const override = process.env.SPEC_FETCH_GENERATE_SCRIPT;
  if (!override) {
    log('  codegen     scripts/generate.ts (in process, into memory)');
    try {
      // Loaded only now, like the validator: openapi-typescript is slow to import.
      const { generate } = await import('./generate.js');
      return await generate(parseSpecText(text));
    } catch (err) {
      throw new CodegenError(`codegen failed: ${(err as Error).message}`);
    }
  }
  const staging = await mkdtemp(join(tmpdir(), 'spec-fetch-staging-'));
  try {
    const script = resolve(override);
    const spec = join(staging, 'provisioning.yaml');
    const out = join(staging, 'generated');
    await writeFile(spec, text);
    log(`  codegen     node ${display(script)} --spec <staging>/provisioning.yaml --out <staging>/generated`);
    if (!existsSync(script)) throw new CodegenError(`codegen script not found: ${script}`);
    const run = spawnSync(process.execPath, [script, '--spec', spec, '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.error) throw new CodegenError(`codegen could not start: ${run.error.message}`);
    if (run.status !== 0) throw new CodegenError(`codegen failed (exit ${run.status ?? run.signal})`);
    const names = existsSync(out) ? (await readdir(out)).filter((n) => n.endsWith('.ts')).sort() : [];
    return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(out, n), 'utf8')] as const)));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

// Refuses a spec the facade cannot be built from: operations it calls that are gone, and every
// TypeScript error in src/ against the new generated types, grouped by file.
async function checkFacade(doc: Json, generated: Record<string, string>, label: string, log: Log): Promise<void> {
  const missing = await missingOperations(doc, root);
  const errors = await typecheckFacade(root, generated);
  if (missing.length === 0 && errors.length === 0) {
    log('  typecheck   the facade (src/) compiles against the new types');
    return;
  }
  const lines = [`the facade would not compile against the types generated from ${label}:`];
  if (missing.length) {
    lines.push(`  ${missing.length} operation(s) the facade calls are missing from the new description:`);
    for (const m of missing.slice(0, MAX_LISTED_ERRORS)) lines.push(`    - ${m.operationId}, used by ${m.owner}.${m.method} (${m.file})`);
    if (missing.length > MAX_LISTED_ERRORS) lines.push(`    ... and ${missing.length - MAX_LISTED_ERRORS} more`);
  }
  if (errors.length) {
    const files = [...new Set(errors.map((e) => e.file))];
    lines.push(`  ${errors.length} TypeScript error(s) in ${files.length} file(s): ${files.join(', ')}`);
    for (const e of errors.slice(0, MAX_LISTED_ERRORS)) lines.push(`    - ${e.file}:${e.line} ${clip(e.message)}`);
    if (errors.length > MAX_LISTED_ERRORS) lines.push(`    ... and ${errors.length - MAX_LISTED_ERRORS} more`);
  }
  throw new FacadeBreakError(lines.join('\n'));
}

// The facade types each webhook event from its `webhooks` entry; a trigger without one still
// compiles (it is typed as an unknown event), so it is said here rather than found later.
function eventSummary(doc: Json): string {
  const triggers = doc.components?.schemas?.WebhookWebhookTriggersEnum?.enum;
  if (!Array.isArray(triggers)) return '  events      no WebhookWebhookTriggersEnum: webhook events are not typed';
  const events = triggers.filter((t: unknown) => t !== 'ALL');
  const missing = events.filter((t: string) => !doc.webhooks?.[t]);
  if (missing.length === 0) return `  events      ${events.length} triggers, each with its own event body under webhooks`;
  return `  events      WARNING ${missing.length} of ${events.length} triggers have no event body (typed as UnknownWebhookEvent): ${missing.join(', ')}`;
}

async function main(argv: string[]): Promise<number> {
  const opts = options(argv);
  if (opts.help) {
    console.log(HELP);
    return 0;
  }
  const log: Log = (line) => console.log(line);
  const source = await readSpecSource(opts.from, { timeoutMs: opts.timeoutMs });
  const doc = parseSource(source);

  const patches = applyPatches(doc);
  // Loaded only now: Redocly takes a good part of a second to import, which a failed download,
  // --help or a bad argument should not pay for.
  const { formatProblem, validateSpec } = await import('./lib/validate-spec.js');
  const { errors, warnings } = await validateSpec(doc);
  if (errors.length > 0) {
    const listed = errors.slice(0, MAX_LISTED_ERRORS).map((e) => `  - ${formatProblem(e)}`);
    if (errors.length > MAX_LISTED_ERRORS) listed.push(`  ... and ${errors.length - MAX_LISTED_ERRORS} more`);
    throw new FetchSpecError(`${source.label} is not a valid OpenAPI description: ${errors.length} error(s) after patching\n${listed.join('\n')}`);
  }

  const text = stringifySpec(doc);
  const previous = await readFile(opts.out, 'utf8').catch(() => null);
  const report: string[] = [];
  let generated: Record<string, string> | null = null;
  if (opts.generate) {
    generated = await stagedCodegen(text, (l) => report.push(l));
    if (opts.typecheck) await checkFacade(doc, generated, source.label, (l) => report.push(l));
    else report.push('  typecheck   skipped (--no-typecheck)');
  }

  // Everything passed: now the files change, all written to temp files first, then renamed.
  await writeFilesAtomic([
    [opts.out, text],
    ...Object.entries(generated ?? {}).map(([name, content]): [string, string] => [join(opts.generatedDir, name), content]),
  ]);

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
  log(eventSummary(doc));
  log(`  written     ${display(opts.out)} (${formatSize(Buffer.byteLength(text))}, ${previous === text ? 'unchanged' : 'updated'})`);
  if (!opts.generate) {
    log('  codegen     skipped (--no-generate)');
    return 0;
  }
  for (const line of report) log(line);
  const names = Object.keys(generated ?? {});
  log(`  generated   ${names.length ? names.map((n) => display(join(opts.generatedDir, n))).join(', ') : '(the codegen wrote no files)'}`);
  return 0;
}

// " (no-unused-components 8, operation-summary 4)": which rules the warnings come from.
function summariseRules(problems: readonly { rule: string }[]): string {
  if (problems.length === 0) return '';
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.rule, (counts.get(p.rule) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r, n]) => `${r} ${n}`);
  return ` (${parts.join(', ')})`;
}

// TypeScript prints whole generated types in its messages; the start says what is wrong.
const clip = (text: string, max = 200): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

// Paths under the working directory are shown relative to it, others in full.
function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * Runs spec:fetch with `argv` as the command line would, printing what the CLI prints, and
 * resolves to its exit code (spec-update.ts calls this in process).
 */
export async function runFetchSpec(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`spec:fetch: ${err.message}\nRun tsx scripts/fetch-spec.ts --help for usage.`);
      return 2;
    }
    const known = err instanceof FetchSpecError || err instanceof SpecSourceError;
    console.error(`spec:fetch: ${known ? (err as Error).message : (err as Error).stack}`);
    console.error('spec:fetch: nothing was written; the existing spec and generated files are unchanged.');
    return err instanceof FetchSpecError ? err.exitCode : 1;
  }
}

runScript(import.meta.url, 'spec:fetch', runFetchSpec);
