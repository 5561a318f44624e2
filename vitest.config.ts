import { defineConfig } from 'vitest/config';

// Two projects (settings such as testTimeout live in each project: the root ones do not reach them): `unit` needs nothing but Node; `contract` talks to a Prism mock that
// test/setup/prism.ts starts from openapi/provisioning.yaml on a free port and stops afterwards.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'contract',
          include: ['test/contract/**/*.test.ts'],
          globalSetup: ['test/setup/prism.ts'],
          testTimeout: 30_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
