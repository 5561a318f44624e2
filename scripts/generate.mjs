#!/usr/bin/env node
// Turns openapi/provisioning.yaml into the typed sources under src/generated/.
//   schema.ts    openapi-typescript output: `paths`, `components`, `operations`, `webhooks`
//   triggers.ts  every webhook trigger value of WebhookWebhookTriggersEnum, as a constant array
// `--check` writes nothing and exits 1 when the committed files differ from a fresh generation.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BANNER = (source) =>
  `// GENERATED FILE - DO NOT EDIT.\n// Produced by scripts/generate.mjs from ${source}; run \`npm run generate\` after changing the spec.\n`;
const TRIGGER_ENUM = 'WebhookWebhookTriggersEnum';

/** Generates the file contents for a spec document (parsed object) without touching the disk. */
export async function generate(doc, source = 'openapi/provisioning.yaml') {
  const ast = await openapiTS(structuredClone(doc), { alphabetize: false, defaultNonNullable: true });
  const schemaTs = `${BANNER(source)}\n${astToString(ast)}`;
  const values = doc?.components?.schemas?.[TRIGGER_ENUM]?.enum;
  if (!Array.isArray(values) || values.length === 0) {
    throw new Error(`generate: components.schemas.${TRIGGER_ENUM}.enum is missing or empty in ${source}`);
  }
  const triggersTs =
    `${BANNER(source)}\n` +
    `/** Every webhook trigger the spec knows (${TRIGGER_ENUM}), in spec order. */\n` +
    `export const WEBHOOK_TRIGGERS = [\n${values.map((v) => `  ${JSON.stringify(v)},`).join('\n')}\n] as const;\n\n` +
    `/** One webhook trigger value. */\n` +
    `export type WebhookTrigger = (typeof WEBHOOK_TRIGGERS)[number];\n`;
  return { 'schema.ts': schemaTs, 'triggers.ts': triggersTs };
}

export async function loadSpec(path) {
  return parse(await readFile(path, 'utf8'), { maxAliasCount: -1 });
}

async function main(argv) {
  if (argv.includes('--help')) {
    console.log('usage: node scripts/generate.mjs [--spec <file>] [--out <dir>] [--check]\n' +
      '  Generates src/generated/schema.ts and src/generated/triggers.ts from the spec.\n' +
      '  --check  compare with the files on disk; exit 1 when they are stale');
    return 0;
  }
  const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
  const specPath = resolve(opt('--spec', resolve(root, 'openapi/provisioning.yaml')));
  const outDir = resolve(opt('--out', resolve(root, 'src/generated')));
  const files = await generate(await loadSpec(specPath));
  if (argv.includes('--check')) {
    const stale = [];
    for (const [name, text] of Object.entries(files)) {
      const onDisk = await readFile(resolve(outDir, name), 'utf8').catch(() => null);
      if (onDisk !== text) stale.push(name);
    }
    if (stale.length) { console.error(`generate --check: stale ${stale.join(', ')}; run npm run generate`); return 1; }
    console.log('generate --check: up to date');
    return 0;
  }
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(resolve(outDir, name), text);
  console.log(`generate: wrote ${Object.keys(files).map((f) => `src/generated/${f}`).join(', ')} from ${specPath}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (err) => { console.error(err.message ?? err); process.exit(1); });
}
