import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Options, defineConfig } from 'tsup';
import { parse } from 'yaml';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// `npm run build`: dist/ for the published package, ESM (.js) and CommonJS (.cjs) with declarations
// for each (.d.ts, .d.cts). The repo's own tests and typecheck read src/ directly and never need it.
const libraryConfig: Options = {
  entry: {
    index: 'src/index.ts',
    // dist/testing/: mock-server.ts looks for the bundled spec at ../../openapi relative to itself.
    'testing/index': 'src/testing/index.ts',
    // Not exported: these two entries only make esbuild split the webhook code into chunks of
    // its own (verification apart from parsing and signing). With the package's
    // "sideEffects": false an app's bundler then drops every chunk it does not use, so an app
    // that imports only verifyWebhookSignature ships just that (bench/bundle.ts measures it).
    // In one shared chunk, top-level statements of the client code (Sets, frozen tables) kept
    // the whole chunk and doubled that size.
    'chunks/webhooks': 'src/facade/webhooks/index.ts',
    'chunks/webhook-verify': 'src/facade/webhooks/verify.ts',
  },
  format: ['esm', 'cjs'],
  // Declarations only for what package.json exports.
  dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
  // Code shared by both entries goes into one chunk in both formats, so `sinch-provisioning` and
  // `sinch-provisioning/testing` hand out the same classes: `instanceof ProvisioningError` holds
  // for an error thrown by the testing helpers, and a `createTestClient()` result is a `Provisioning`.
  splitting: true,
  // import.meta.url in the CommonJS build (mock-server.ts locates the spec and Prism from it).
  shims: true,
  platform: 'neutral',
  target: 'es2022',
  // The webhook receiver runs on Deno, Bun and edge runtimes: no Node built-in may leak into the
  // main entry (the package test checks dist/index.js), only into ./testing, which needs Node.
  external: [/^node:/],
  sourcemap: true,
  clean: true,
  treeshake: false,
  // Keeps `NotFoundError.name` (and every other class name) as written in the CommonJS build: the
  // error classes brand themselves by name so that `instanceof` holds across the ESM and CommonJS
  // builds, and the CommonJS transform would otherwise rename them (`_class13`). Not in the ESM
  // build, whose names are kept as written anyway: keepNames adds a top-level `__name(fn, "fn")`
  // call per function, and those calls are side effects that stop an app's bundler from dropping
  // unused code (a verifyWebhookSignature-only import grew from 1.9 kB to 30 kB with them).
  esbuildOptions(options, context) {
    options.keepNames = context.format === 'cjs';
  },
  outDir: 'dist',
};

/** The CLI's build; test/cli/setup.ts builds it into another folder. */
export function cliConfig(outDir = 'dist'): Options {
  return {
    // The `sinch-provisioning` bin: one self-contained ES module for Node. Its own dependencies
    // (commander, yaml) are bundled in, so the package keeps openapi-fetch as its only runtime
    // dependency; the SDK is bundled in too (the CLI uses only its public API, from src/index.ts).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    // commander is CommonJS: its require('events') ... needs a real `require` inside an ES module.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __cliCreateRequire } from 'node:module';\nconst require = __cliCreateRequire(import.meta.url);",
    },
    noExternal: ['commander', 'yaml', 'openapi-fetch'],
    define: { __CLI_VERSION__: JSON.stringify(version) },
    external: [/^node:/, '@stoplight/prism-cli'],
    splitting: false,
    // No source map: it would double the tarball, and Node ignores it without --enable-source-maps.
    sourcemap: false,
    // The first config cleans dist/; cleaning here too would race with it.
    clean: false,
    dts: false,
    treeshake: true,
    outDir,
    // The spec as JSON beside the bin: parsing the 22k-line YAML takes the CLI about a second, JSON
    // a few milliseconds (src/cli/spec.ts falls back to the YAML when the file is absent).
    async onSuccess() {
      await mkdir(outDir, { recursive: true });
      const spec: unknown = parse(readFileSync('openapi/provisioning.yaml', 'utf8'), { maxAliasCount: -1 });
      await writeFile(join(outDir, 'provisioning.json'), JSON.stringify(spec));
    },
  };
}

export default defineConfig([libraryConfig, cliConfig()]);
