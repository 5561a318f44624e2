#!/usr/bin/env -S npx tsx
// Turns openapi/provisioning.yaml into the typed sources under src/generated/.
//   schema.ts    openapi-typescript output: `paths`, `components`, `operations`, `webhooks`
//   triggers.ts  every webhook trigger value of WebhookWebhookTriggersEnum, as a constant array
//   rules.ts     input rules of every operation, for the facade's validator
//   sensitive.ts names of the fields marked `x-sensitive: true`, which the facade redacts
// `--check` writes nothing and exits 1 when the committed files differ from a fresh generation.
// The spec is read with scripts/lib/spec-yaml.ts, the one YAML configuration of every script.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parseCli, runScript } from './lib/cli.js';
import { readSpecFile } from './lib/spec-yaml.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** A parsed OpenAPI document: plain JSON, walked without a schema of its own. */
type Json = any;

export type GeneratedName = 'schema.ts' | 'triggers.ts' | 'rules.ts' | 'sensitive.ts';

const BANNER = (source: string): string =>
  `// GENERATED FILE - DO NOT EDIT.\n// Produced by scripts/generate.ts from ${source}; run \`npm run generate\` after changing the spec.\n`;
const TRIGGER_ENUM = 'WebhookWebhookTriggersEnum';

/** Generates the file contents for a spec document (parsed object) without touching the disk. */
export async function generate(doc: Json, source = 'openapi/provisioning.yaml'): Promise<Record<GeneratedName, string>> {
  const ast = await openapiTS(structuredClone(doc), { alphabetize: false, defaultNonNullable: false });
  const schemaTs = `${BANNER(source)}\n${astToString(ast)}`;
  const values = doc?.components?.schemas?.[TRIGGER_ENUM]?.enum;
  if (!Array.isArray(values) || values.length === 0) {
    throw new Error(`generate: components.schemas.${TRIGGER_ENUM}.enum is missing or empty in ${source}`);
  }
  const triggersTs =
    `${BANNER(source)}\n` +
    `/** Every webhook trigger the spec knows (${TRIGGER_ENUM}), in spec order. */\n` +
    `export const WEBHOOK_TRIGGERS = [\n${values.map((v: unknown) => `  ${JSON.stringify(v)},`).join('\n')}\n] as const;\n\n` +
    `/** One webhook trigger value. */\n` +
    `export type WebhookTrigger = (typeof WEBHOOK_TRIGGERS)[number];\n`;
  return { 'schema.ts': schemaTs, 'triggers.ts': triggersTs, 'rules.ts': rulesTs(doc, source), 'sensitive.ts': sensitiveTs(doc, source) };
}

// ---------------------------------------------------------------------------------------------
// sensitive.ts: every property name marked `x-sensitive: true` anywhere in the spec (component
// schemas, inline request/response/callback schemas). Instance data is not walked. A name that is
// also used, unmarked, for something else (the verification `code` beside KakaoTalk template codes
// and the mock's violation codes) is not masked by name everywhere: the values the caller sends
// under it are scrubbed instead.
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);

function sensitiveTs(doc: Json, source: string): string {
  const marked = new Set<string>();
  const plain = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: Json): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.properties && typeof node.properties === 'object') {
      for (const [name, prop] of Object.entries<Json>(node.properties)) (prop?.['x-sensitive'] === true ? marked : plain).add(name);
    }
    for (const [key, value] of Object.entries(node)) if (!DATA_KEYS.has(key)) walk(value);
  };
  walk(doc);
  const byName = [...marked].filter((n) => !plain.has(n)).sort();
  const byValue = [...marked].filter((n) => plain.has(n)).sort();
  const list = (names: string[]): string => names.map((n) => `  ${JSON.stringify(n)},`).join('\n');
  return `${BANNER(source)}
/**
 * Names of the request and response fields the spec marks \`x-sensitive: true\` (credentials of
 * Sinch or of other systems) and uses for nothing else. They are masked by name in logs and error
 * bodies, and their values are scrubbed from error messages.
 */
export const SENSITIVE_FIELDS: readonly string[] = [
${list(byName)}
];

/**
 * Names the spec marks \`x-sensitive: true\` on some schemas but also uses, unmarked, for other
 * data. The values a request sends under them are scrubbed from logs, errors and error bodies;
 * the name itself is not masked everywhere.
 */
export const SENSITIVE_VALUE_FIELDS: readonly string[] = [
${list(byValue)}
];
`;
}

// ---------------------------------------------------------------------------------------------
// rules.ts: what the facade checks before sending, taken from the spec so that a spec update
// updates the checks. Only validation keywords survive; readOnly properties are dropped (the
// server sets them); `$ref`s become bare component names resolved through `ruleSchemas`.
const RULE_KEYWORDS = new Set([
  'type',
  'required',
  'properties',
  'items',
  'enum',
  'const',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'uniqueItems',
  'pattern',
  'format',
  'anyOf',
  'oneOf',
  '$ref',
  'additionalProperties',
  // A pattern's meaning in words, for the validation message (a regex is no help to most users).
  'x-pattern-description',
]);
const CHECKED_FORMATS = new Set(['url', 'uri', 'email']);

function ruleOf(schema: Json, refs: Set<string>): Json {
  if (Array.isArray(schema)) return schema.map((s) => ruleOf(s, refs));
  if (!schema || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries<Json>(schema)) {
    if (!RULE_KEYWORDS.has(key)) continue;
    if (key === '$ref') {
      const name = value.split('/').pop();
      refs.add(name);
      out.$ref = name;
    } else if (key === 'format') {
      if (CHECKED_FORMATS.has(value)) out.format = value;
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries<Json>(value)
          .filter(([, p]) => !p?.readOnly)
          .map(([n, p]) => [n, ruleOf(p, refs)]),
      );
    } else if (key === 'required' && schema.properties) {
      const writable = value.filter((n: string) => !schema.properties[n]?.readOnly);
      if (writable.length) out.required = writable;
    } else {
      out[key] = ruleOf(value, refs);
    }
  }
  return out;
}

function rulesTs(doc: Json, source: string): string {
  const refs = new Set<string>();
  const operationRules: Record<string, Json> = {};
  const routes: Record<string, string> = {};
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete']) {
      const op = item?.[method];
      if (!op?.operationId) continue;
      const rules: Json = {};
      const params: Json[] = op.parameters ?? [];
      for (const where of ['path', 'query']) {
        const list = params.filter((p) => p.in === where && p.name !== 'projectId');
        if (!list.length) continue;
        rules[where] = { type: 'object', properties: Object.fromEntries(list.map((p) => [p.name, ruleOf(p.schema ?? {}, refs)])) };
        const required = list.filter((p) => p.required).map((p) => p.name);
        if (required.length) rules[where].required = required;
      }
      const body = op.requestBody?.content?.['application/json']?.schema;
      if (body) rules.body = ruleOf(body, refs);
      if (op.requestBody?.required) rules.bodyRequired = true;
      operationRules[op.operationId] = rules;
      routes[`${method} ${path}`] = op.operationId;
    }
  }
  const ruleSchemas: Record<string, Json> = {};
  const pending = [...refs];
  while (pending.length) {
    const name = pending.pop()!;
    if (name in ruleSchemas) continue;
    const before = new Set(refs);
    ruleSchemas[name] = ruleOf(doc.components?.schemas?.[name] ?? {}, refs);
    for (const r of refs) if (!before.has(r)) pending.push(r);
  }
  const sorted = Object.fromEntries(
    Object.keys(ruleSchemas)
      .sort()
      .map((k) => [k, ruleSchemas[k]]),
  );
  // JSON.parse of a string literal: fast to load, and no giant literal type for the compiler.
  const literal = (value: unknown): string => JSON.stringify(JSON.stringify(value));
  return `${BANNER(source)}
// The rules are plain JSON Schema subsets: the facade's validator type describes them.
import type { Schema } from '../facade/core/validate.js';

/** What an operation accepts: path parameters (other than projectId), query and JSON body. */
export interface OperationRules {
  path?: Schema;
  query?: Schema;
  body?: Schema;
  bodyRequired?: boolean;
}

/** operationId of every route, keyed \`\${method} \${pathTemplate}\` (lower-case method). */
export const operationIdByRoute: Record<string, string> = JSON.parse(${literal(routes)});

/** Input rules of every operation, by operationId. */
export const operationRules: Record<string, OperationRules> = JSON.parse(${literal(operationRules)});

/** Component schemas the rules refer to ('$ref' holds one of these names). */
export const ruleSchemas: Record<string, Schema> = JSON.parse(${literal(sorted)});
`;
}

const HELP = `usage: tsx scripts/generate.ts [--spec <file>] [--out <dir>] [--check] [--help]

Generates the typed sources under src/generated/ from the spec:
  schema.ts     openapi-typescript output: paths, components, operations, webhooks
  triggers.ts   every webhook trigger value, as a constant array
  rules.ts      input rules of every operation, for the facade's validator
  sensitive.ts  names of the fields marked x-sensitive: true, which the facade redacts

  --spec <file>  the spec to read (default: openapi/provisioning.yaml)
  --out <dir>    where to write (default: src/generated)
  --check        write nothing; exit 1 when the files there are stale
  -h, --help     show this text`;

/** Writes the generated files into `outDir`. */
export async function writeGenerated(files: Record<string, string>, outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(resolve(outDir, name), text);
}

async function main(argv: string[]): Promise<number> {
  const cli = parseCli(argv, { spec: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean' } });
  if (cli.help) {
    console.log(HELP);
    return 0;
  }
  const specPath = resolve(cli.string('spec') ?? resolve(root, 'openapi/provisioning.yaml'));
  const outDir = resolve(cli.string('out') ?? resolve(root, 'src/generated'));
  const files = await generate(await readSpecFile(specPath));
  if (cli.flag('check')) {
    const stale: string[] = [];
    for (const [name, text] of Object.entries(files)) {
      const onDisk = await readFile(resolve(outDir, name), 'utf8').catch(() => null);
      if (onDisk !== text) stale.push(name);
    }
    if (stale.length) {
      console.error(`generate --check: stale ${stale.join(', ')}; run npm run generate`);
      return 1;
    }
    console.log('generate --check: up to date');
    return 0;
  }
  await writeGenerated(files, outDir);
  console.log(
    `generate: wrote ${Object.keys(files)
      .map((f) => `src/generated/${f}`)
      .join(', ')} from ${specPath}`,
  );
  return 0;
}

runScript(import.meta.url, 'generate', main, (err) => (err as Error).message ?? String(err));
