// Global setup of the `cli` project: builds the CLI's bin once with the package's own tsup
// config (into node_modules/.cache, so dist/ is left alone) and starts one Prism mock of the
// bundled spec; both are removed/stopped afterwards, also when tests fail.
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startMockServer } from '../../src/testing/mock-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    cliBin: string;
    cliPrismUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
// Three levels below the root, like dist/cli.js is one: the bin finds openapi/ and Prism from there.
const OUT = resolve(ROOT, 'node_modules/.cache/sinch-cli-test');

export default async function setup(project: TestProject) {
  const [{ build }, { cliConfig }] = await Promise.all([import('tsup'), import('../../tsup.config.js')]);
  await build({ ...cliConfig(OUT), silent: true, config: false });
  const server = await startMockServer();
  project.provide('cliBin', resolve(OUT, 'cli.js'));
  project.provide('cliPrismUrl', server.url);
  return async () => {
    await server.close();
    await rm(OUT, { recursive: true, force: true });
  };
}
