import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but Node; `contract` talks to a Prism mock that
// test/setup/prism.ts starts from openapi/provisioning.yaml on a free port and stops afterwards.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 90_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'contract',
          include: ['test/contract/**/*.test.ts'],
          globalSetup: ['test/setup/prism.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
