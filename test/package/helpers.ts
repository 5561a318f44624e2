// Shared by the package tests: run a command without blocking the event loop, make a consumer
// project outside the repo (so nothing resolves from the repo's own node_modules), install into it.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'node_modules/.bin');
export const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
/** The newest TypeScript major on the registry, installed beside the project's own as `typescript-next` (exact pin in package.json). */
export const TSC_NEXT = join(ROOT, 'node_modules/typescript-next/bin/tsc');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command; resolves with its exit code and output (never rejects on a non-zero exit). */
export function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeout = 120_000): Promise<RunResult> {
  return new Promise((done, fail) => {
    execFile(file, args, { cwd, env: { ...cleanEnv(), ...env }, timeout, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') return fail(Object.assign(err, { stdout, stderr }));
      done({ code: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

/** Like {@link run}, but a non-zero exit is an error that shows the output. */
export async function mustRun(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeout?: number): Promise<string> {
  const result = await run(file, args, cwd, env, timeout);
  if (result.code !== 0) {
    throw new Error(`${file} ${args.join(' ')} exited with ${result.code}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

// The consumer must see neither Sinch credentials nor the npm state of the repo's own `npm test`
// run (npm_package_*, npm_lifecycle_*, npm_config_local_prefix ... point at the repo); where to
// download from is kept.
const KEPT_NPM = /^npm_config_(registry|cache|proxy|https_proxy|noproxy|cafile|strict_ssl)$/i;
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SINCH_') && (!/^npm_/i.test(key) || KEPT_NPM.test(key))));
}

/** A fresh project in the OS temp dir with the given package.json fields. */
export async function consumerProject(prefix: string, pkg: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, ...pkg }, null, 2)}\n`);
  return dir;
}

/** `npm install` from the warm cache, quietly. */
export function npmInstall(dir: string, specs: string[]): Promise<string> {
  return mustRun('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...specs], dir, {}, 240_000);
}
