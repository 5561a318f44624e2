import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, type Plugin, build } from 'esbuild';
import { median, round } from './stats.js';

/**
 * Size and cold start of the runtime entry (src/index.ts), bundled with esbuild the way an
 * application bundler would: ESM, minified, openapi-fetch included (a dependency the app
 * ships too), type-only imports (src/generated/schema.ts) erased. Dynamic imports split into
 * their own chunks, so "entry" is what `import 'sinch-provisioning'` loads before any call.
 */

const ENTRY = 'src/index.ts';
const gz = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

/** Replaces generated/rules.ts with empty tables, to measure its share. */
const withoutRules: Plugin = {
  name: 'without-rules',
  setup(b) {
    b.onLoad({ filter: /generated[\\/]rules\.ts$/ }, () => ({
      contents: 'export const operationIdByRoute = {}; export const operationRules = {}; export const ruleSchemas = {};',
      loader: 'ts',
    }));
  },
};

interface Built {
  entryBytes: number;
  entryGzip: number;
  /** Chunks the entry loads only on demand (dynamic import), with their sizes. */
  lazyChunks: { file: string; bytes: number; gzip: number }[];
  /** Bytes each input contributes to the entry chunk. */
  inputs: Record<string, number>;
  /** Modules that import src/generated/rules.ts statically, which keeps it in the entry chunk. */
  rulesStaticImporters: string[];
}

async function bundle(extra: Partial<BuildOptions> = {}): Promise<Built> {
  const result = await build({
    entryPoints: { index: ENTRY },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    splitting: true,
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...extra,
  });
  const outputs = result.metafile?.outputs ?? {};
  const entryPath = Object.keys(outputs).find((k) => outputs[k]?.entryPoint !== undefined) ?? '';
  const file = (path: string) => (result.outputFiles ?? []).find((f) => f.path.endsWith(path.replace(/^out\//, '')));
  const entry = file(entryPath);
  // Chunks reachable from the entry only through dynamic imports.
  const lazy = (outputs[entryPath]?.imports ?? []).filter((i) => i.kind === 'dynamic-import').map((i) => i.path);
  const statics = (outputs[entryPath]?.imports ?? []).filter((i) => i.kind === 'import-statement').map((i) => file(i.path)?.contents ?? new Uint8Array());
  const entryBytes = (entry?.contents.length ?? 0) + statics.reduce((n, c) => n + c.length, 0);
  const entryText = [entry?.text ?? '', ...statics.map((c) => Buffer.from(c).toString('utf8'))].join('\n');
  const inputs: Record<string, number> = {};
  for (const [k, v] of Object.entries(outputs)) {
    if (lazy.includes(k)) continue;
    for (const [input, info] of Object.entries(v.inputs)) inputs[input] = (inputs[input] ?? 0) + info.bytesInOutput;
  }
  const rulesStaticImporters = Object.entries(result.metafile?.inputs ?? {})
    .filter(([, info]) => info.imports.some((i) => i.path.endsWith('generated/rules.ts') && i.kind === 'import-statement'))
    .map(([path]) => path);
  return {
    rulesStaticImporters,
    entryBytes,
    entryGzip: gz(entryText),
    lazyChunks: lazy.map((p) => {
      const c = file(p)?.contents ?? new Uint8Array();
      return { file: p.replace(/^out\//, ''), bytes: c.length, gzip: gz(c) };
    }),
    inputs,
  };
}

export interface SizeResult {
  entryMinBytes: number;
  entryGzipBytes: number;
  lazyChunks: Built['lazyChunks'];
  /** Minified bytes of src/generated/rules.ts inside the entry chunk (0 when loaded lazily). */
  rulesMinBytesInEntry: number;
  /** Why it is in the entry chunk: the modules that import it statically. */
  rulesStaticImporters: string[];
  /** gzip(entry) - gzip(entry built without the rules). */
  rulesGzipShare: number;
  openapiFetchMinBytes: number;
  /** The entry without openapi-fetch (external), i.e. the SDK's own code. */
  sdkOnlyGzipBytes: number;
  /** What an app that imports only verifyWebhookSignature ships (tree-shaken). */
  webhookVerifyOnlyGzipBytes: number;
}

export async function size(): Promise<SizeResult> {
  const full = await bundle();
  const noRules = await bundle({ plugins: [withoutRules] });
  const sdkOnly = await bundle({ external: ['openapi-fetch'] });
  const verifyOnly = await build({
    stdin: { contents: "export { verifyWebhookSignature } from './src/index.ts';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const rules = Object.entries(full.inputs).find(([k]) => k.endsWith('generated/rules.ts'))?.[1] ?? 0;
  const openapiFetch = Object.entries(full.inputs)
    .filter(([k]) => k.includes('node_modules/openapi-fetch'))
    .reduce((n, [, v]) => n + v, 0);
  return {
    entryMinBytes: full.entryBytes,
    entryGzipBytes: full.entryGzip,
    lazyChunks: full.lazyChunks,
    rulesMinBytesInEntry: rules,
    rulesStaticImporters: full.rulesStaticImporters,
    rulesGzipShare: full.entryGzip - noRules.entryGzip,
    openapiFetchMinBytes: openapiFetch,
    sdkOnlyGzipBytes: sdkOnly.entryGzip,
    webhookVerifyOnlyGzipBytes: gz(verifyOnly.outputFiles[0]?.contents ?? new Uint8Array()),
  };
}

export interface ColdStartResult {
  runs: number;
  /** Median time of `await import(entry)` inside a fresh node process, ms. */
  importMs: number;
  /** The same with src/generated/rules.ts replaced by empty tables: the rules' share of the import. */
  importWithoutRulesMs: number;
  /** Median time from before the import to the end of a first webhooks.get() (in-memory fetch), ms. */
  importAndFirstCallMs: number;
  /** The same first call in a process that did not import the SDK: what Node itself spends (undici, Web streams). */
  firstFetchBaselineMs: number;
  /** Median wall time of a fresh node process that imports the entry, minus one that imports nothing, ms. */
  processDeltaMs: number;
}

const FIRST_CALL = `const fetch = async () => new Response('{"id":"w1","target":"https://e.com","projectId":"p1","triggers":["ALL"]}', { headers: { 'content-type': 'application/json' } });`;

/**
 * Bundles the entry to a temp dir (node platform, not minified, like dist/; dynamic imports
 * split) and imports it in fresh processes, interleaving the variants.
 */
export async function coldStart(runs = 15): Promise<ColdStartResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sinch-provisioning-bench-'));
  try {
    const common: BuildOptions = { entryPoints: { index: ENTRY }, bundle: true, format: 'esm', platform: 'node', splitting: true, logLevel: 'silent' };
    await build({ ...common, outdir: join(dir, 'full') });
    await build({ ...common, outdir: join(dir, 'no-rules'), plugins: [withoutRules] });
    const probe = (entry: string) => `const t0 = performance.now();
const { Provisioning } = await import('${entry}');
const t1 = performance.now();
${FIRST_CALL}
await new Provisioning({ projectId: 'p1', accessToken: 't', fetch }).webhooks.get('w1');
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t0 }));
`;
    writeFileSync(join(dir, 'probe.mjs'), probe('./full/index.js'));
    writeFileSync(join(dir, 'probe-no-rules.mjs'), probe('./no-rules/index.js'));
    writeFileSync(join(dir, 'import-only.mjs'), "await import('./full/index.js');\n");
    writeFileSync(
      join(dir, 'baseline.mjs'),
      `const t0 = performance.now();\n${FIRST_CALL}\nawait (await fetch()).json();\nconsole.log(JSON.stringify({ firstCallMs: performance.now() - t0 }));\n`,
    );
    writeFileSync(join(dir, 'empty.mjs'), '\n');
    const run = (script: string): { ms: number; out: Record<string, number> } => {
      const t = performance.now();
      const r = spawnSync(process.execPath, [join(dir, script)], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      return { ms: performance.now() - t, out: r.stdout.trim() ? (JSON.parse(r.stdout) as Record<string, number>) : {} };
    };
    const series: Record<string, number[]> = { importMs: [], noRules: [], firstCall: [], baseline: [], delta: [] };
    run('probe.mjs'); // warm the file system cache
    for (let i = 0; i < runs; i++) {
      const full = run('probe.mjs');
      series['importMs']?.push(full.out['importMs'] ?? NaN);
      series['firstCall']?.push(full.out['firstCallMs'] ?? NaN);
      series['noRules']?.push(run('probe-no-rules.mjs').out['importMs'] ?? NaN);
      series['baseline']?.push(run('baseline.mjs').out['firstCallMs'] ?? NaN);
      series['delta']?.push(run('import-only.mjs').ms - run('empty.mjs').ms);
    }
    const m = (k: string): number => round(median(series[k] ?? []), 1);
    return {
      runs,
      importMs: m('importMs'),
      importWithoutRulesMs: m('noRules'),
      importAndFirstCallMs: m('firstCall'),
      firstFetchBaselineMs: m('baseline'),
      processDeltaMs: m('delta'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
