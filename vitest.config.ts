import { defineConfig } from 'vitest/config';

// Four projects (settings such as testTimeout live in each project: the root ones do not reach them): `unit` needs nothing but Node; `contract` talks to a Prism mock that
// test/setup/prism.ts starts from openapi/provisioning.yaml on a free port and stops afterwards;
// `cli` tests the CLI (test/cli); `package` tests the packed tarball (slow: a build and npm installs).
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
      {
        // The sinch-provisioning CLI: in-process tests against an ajv-validated fake and a
        // webhook loop, plus end-to-end runs of the built bin (built once, test/cli/setup.ts)
        // as child processes against Prism.
        test: {
          name: 'cli',
          include: ['test/cli/**/*.test.ts'],
          globalSetup: ['test/cli/setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Builds and packs the package once (test/package/setup.ts), then installs the tarball into
        // fresh projects under the OS temp dir and uses it there as a user would.
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          globalSetup: ['test/package/setup.ts'],
          // The files mostly wait on child processes (npm, tsc, Prism): run them side by side.
          maxWorkers: 4,
          // A different maxWorkers needs its own group: it runs after unit and contract.
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
