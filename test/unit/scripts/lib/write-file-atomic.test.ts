import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFilesAtomic } from '../../../../scripts/lib/write-file-atomic.js';

let dir: string;
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('writeFilesAtomic', () => {
  it('writes every file, creating folders, and leaves no temp file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'atomic-'));
    await writeFile(join(dir, 'a.yaml'), 'old');
    await writeFilesAtomic([
      [join(dir, 'a.yaml'), 'new a'],
      [join(dir, 'gen/b.ts'), 'new b'],
    ]);
    expect(await readFile(join(dir, 'a.yaml'), 'utf8')).toBe('new a');
    expect(await readFile(join(dir, 'gen/b.ts'), 'utf8')).toBe('new b');
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(['a.yaml', 'gen', 'gen/b.ts']);
  });

  it('changes none of the files when one of them cannot be written', async () => {
    dir = await mkdtemp(join(tmpdir(), 'atomic-'));
    await writeFile(join(dir, 'a.yaml'), 'old');
    await writeFile(join(dir, 'blocker'), 'a file where a folder is needed');
    await expect(
      writeFilesAtomic([
        [join(dir, 'a.yaml'), 'new a'],
        [join(dir, 'blocker/b.ts'), 'new b'],
      ]),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^(EEXIST|ENOTDIR)$/) });
    expect(await readFile(join(dir, 'a.yaml'), 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['a.yaml', 'blocker']);
  });
});
