// Every script in scripts/ answers --help with its usage and exit 0, and writes nothing.
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCRIPTS = readdirSync(join(ROOT, 'scripts'))
  .filter((f) => f.endsWith('.ts'))
  .sort();
/** What a script could write: the files of examples/readme, src/generated, src/version.ts, api.md. */
const WATCHED = ['examples/readme', 'src/generated', 'src/version.ts', 'api.md', 'dist'];

function snapshot(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const path of WATCHED) {
    const full = join(ROOT, path);
    let info;
    try {
      info = statSync(full);
    } catch {
      continue;
    }
    const files = info.isDirectory() ? readdirSync(full, { recursive: true, encoding: 'utf8' }).map((f) => join(full, f)) : [full];
    for (const f of files) out[f] = statSync(f).mtimeMs;
  }
  return out;
}

function help(script: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', join('scripts', script), '--help'], { cwd: ROOT, timeout: 30_000 }, (err, stdout) =>
      done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout }),
    );
  });
}

describe('scripts --help', () => {
  it('every script prints its usage, exits 0 and writes nothing', async () => {
    expect(SCRIPTS).toEqual([
      'api-md.ts',
      'fetch-spec.ts',
      'generate.ts',
      'prepare.ts',
      'readme-snippets.ts',
      'spec-diff.ts',
      'spec-update.ts',
      'sync-version.ts',
    ]);
    const before = snapshot();
    const results = await Promise.all(SCRIPTS.map(help));
    results.forEach(({ code, stdout }, i) => {
      expect(code, SCRIPTS[i]).toBe(0);
      expect(stdout, SCRIPTS[i]).toMatch(new RegExp(`^usage: tsx scripts/${SCRIPTS[i]!.replace('.', '\\.')}`, 'i'));
    });
    expect(snapshot()).toEqual(before);
  });

  it('generate --help names every file it writes', async () => {
    const { stdout } = await help('generate.ts');
    for (const file of ['schema.ts', 'triggers.ts', 'rules.ts', 'sensitive.ts']) expect(stdout).toContain(file);
  });
});
