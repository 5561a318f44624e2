import type { TestProject } from 'vitest/node';
import { startMockServer } from '../../src/testing/mock-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

// Starts one Prism mock for the whole contract run and stops it afterwards, also when tests fail.
export default async function setup(project: TestProject) {
  const server = await startMockServer();
  project.provide('prismUrl', server.url);
  return async () => {
    await server.close();
  };
}
