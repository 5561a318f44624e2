// Writes a file so that readers only ever see the old or the new content, never half of it:
// write a temp file next to the target (same file system, so rename is atomic), then rename.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes one file: readers see the old or the new content, never half of it. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync(); // on disk before the rename makes it visible
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Writes several files so that a failure while writing changes none of them: every content goes
 * to a temp file next to its target first, and only when all are on disk are they renamed into
 * place (renames do not fail for lack of space, so the window left is a crash between renames).
 */
export async function writeFilesAtomic(files: Array<[path: string, content: string | Uint8Array]>): Promise<void> {
  const staged: [tmp: string, path: string][] = [];
  try {
    for (const [path, content] of files) {
      const dir = dirname(path);
      await mkdir(dir, { recursive: true });
      const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
      staged.push([tmp, path]);
      const handle = await open(tmp, 'w');
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  } catch (err) {
    await Promise.all(staged.map(([tmp]) => rm(tmp, { force: true })));
    throw err;
  }
  for (const [tmp, path] of staged) await rename(tmp, path);
}
