import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, mustRun } from './helpers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the tarball `npm pack` made from a fresh build. */
    tarball: string;
  }
}

// Packs the package once for every package test; the tarball is what users install. dist/ is
// removed first: `npm pack` must build it by itself (the `prepack` script), as `npm publish` does
// (a git-URL install builds with `prepare`: test/package/git-install.test.ts).
export default async function setup(project: TestProject) {
  const packDir = await mkdtemp(join(tmpdir(), 'sinch-provisioning-pack-'));
  const cleanUp = () => rm(packDir, { recursive: true, force: true });
  try {
    await rm(join(ROOT, 'dist'), { recursive: true, force: true });
    await mustRun('npm', ['pack', '--pack-destination', packDir, '--silent'], ROOT);
    const [file, ...others] = (await readdir(packDir)).filter((name) => name.endsWith('.tgz'));
    if (!file || others.length > 0) throw new Error(`expected one tarball in ${packDir}, found ${[file, ...others].join(', ')}`);
    project.provide('tarball', join(packDir, file));
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return cleanUp;
}
