import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { median, round } from './stats.js';

/**
 * Size and cold start measured from dist/ as users install it: `npm run build` (tsup), then a
 * consumer project in the OS temp dir whose node_modules/sinch-provisioning points at this
 * package (so package.json's exports and "sideEffects": false apply, and this repo's tsconfig
 * paths to src/ do not). Its imports are bundled with esbuild as an app would: ESM, minified,
 * platform neutral, code splitting on. Size = the app's entry file plus the chunks it imports
 * statically, gzip level 9; chunks behind a dynamic import load later and are listed apart.
 */

const ROOT = realpathSync(new URL('..', import.meta.url));
const gz = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

export interface Bundle {
  import: string;
  minBytes: number;
  gzipBytes: number;
  /** Chunks behind dynamic imports (loaded on first use), gzip bytes. */
  lazy: Record<string, number>;
  /** Files of dist/ (and node_modules) that end up in the entry, with their minified bytes. */
  inputs: Record<string, number>;
}

export interface SizeResult {
  webhookVerifyOnly: Bundle;
  clientOnly: Bundle;
  everything: Bundle;
}

export interface ColdStartResult {
  runs: number;
  /** Median time of `await import('sinch-provisioning')` (dist/index.js) inside a fresh node process, ms. */
  importMs: number;
  /** Median time from before the import to the end of a first webhooks.get() (in-memory fetch), ms. */
  importAndFirstCallMs: number;
  /** Median wall time of a fresh process that imports the package, minus one that imports nothing, ms. */
  processDeltaMs: number;
}

export function buildDist(): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsup/dist/cli-default.js')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tsup failed: ${r.stderr || r.stdout}`);
  return round((performance.now() - started) / 1000, 1);
}

function consumer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sinch-provisioning-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'sinch-provisioning'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{"type":"module","private":true}\n');
  return dir;
}

async function bundle(dir: string, name: string, source: string): Promise<Bundle> {
  writeFileSync(join(dir, `${name}.js`), source);
  const result = await build({
    entryPoints: [join(dir, `${name}.js`)],
    absWorkingDir: dir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    splitting: true,
    outdir: join(dir, `out-${name}`),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const entryPath = Object.keys(outputs).find((k) => outputs[k]?.entryPoint !== undefined) ?? '';
  const file = (path: string) => result.outputFiles.find((f) => f.path.endsWith(path.replace(/^.*out-[^/]+\//, '/')));
  // The entry and everything it imports statically, transitively.
  const statics = new Set<string>([entryPath]);
  for (const p of statics) for (const i of outputs[p]?.imports ?? []) if (i.kind === 'import-statement') statics.add(i.path);
  const lazy: Record<string, number> = {};
  for (const p of Object.keys(outputs)) if (!statics.has(p) && p.endsWith('.js')) lazy[p.replace(/^.*\//, '')] = gz(file(p)?.contents ?? new Uint8Array());
  const texts = [...statics].map((p) => file(p)?.text ?? '');
  const inputs: Record<string, number> = {};
  for (const p of statics) {
    for (const [input, info] of Object.entries(outputs[p]?.inputs ?? {})) {
      const key = input.replace(/^.*?(dist\/|node_modules\/)/, '$1');
      if (info.bytesInOutput > 0) inputs[key] = (inputs[key] ?? 0) + info.bytesInOutput;
    }
  }
  return {
    import: source.trim(),
    minBytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
    gzipBytes: gz(texts.join('\n')),
    lazy,
    inputs,
  };
}

/** Needs a fresh dist/ (see buildDist). */
export async function size(): Promise<SizeResult> {
  const dir = consumer();
  try {
    return {
      webhookVerifyOnly: await bundle(dir, 'verify', "export { verifyWebhookSignature } from 'sinch-provisioning';\n"),
      clientOnly: await bundle(dir, 'client', "export { Provisioning } from 'sinch-provisioning';\n"),
      everything: await bundle(dir, 'all', "export * from 'sinch-provisioning';\n"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const FIRST_CALL = `const fetch = async () => new Response('{"id":"w1","target":"https://e.com","projectId":"p1","triggers":["ALL"]}', { headers: { 'content-type': 'application/json' } });`;

/** Imports dist/ (through the consumer's node_modules) in fresh node processes, interleaving the variants. */
export function coldStart(runs: number): ColdStartResult {
  const dir = consumer();
  try {
    writeFileSync(
      join(dir, 'probe.mjs'),
      `const t0 = performance.now();
const { Provisioning } = await import('sinch-provisioning');
const t1 = performance.now();
${FIRST_CALL}
await new Provisioning({ projectId: 'p1', accessToken: 't', fetch }).webhooks.get('w1');
console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: performance.now() - t0 }));
`,
    );
    writeFileSync(join(dir, 'import-only.mjs'), "await import('sinch-provisioning');\n");
    writeFileSync(join(dir, 'empty.mjs'), '\n');
    const run = (script: string): { ms: number; out: Record<string, number> } => {
      const t = performance.now();
      const r = spawnSync(process.execPath, [join(dir, script)], { encoding: 'utf8', cwd: dir });
      if (r.status !== 0) throw new Error(r.stderr);
      return { ms: performance.now() - t, out: r.stdout.trim() ? (JSON.parse(r.stdout) as Record<string, number>) : {} };
    };
    const series: Record<'importMs' | 'firstCall' | 'delta', number[]> = { importMs: [], firstCall: [], delta: [] };
    run('probe.mjs'); // warm the file system cache
    for (let i = 0; i < runs; i++) {
      const probe = run('probe.mjs');
      series.importMs.push(probe.out['importMs'] ?? NaN);
      series.firstCall.push(probe.out['firstCallMs'] ?? NaN);
      series.delta.push(run('import-only.mjs').ms - run('empty.mjs').ms);
    }
    return {
      runs,
      importMs: round(median(series.importMs), 1),
      importAndFirstCallMs: round(median(series.firstCall), 1),
      processDeltaMs: round(median(series.delta), 1),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
