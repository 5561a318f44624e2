// The packed tarball, installed into a fresh project outside the repo, as users get it: loaded
// from ESM and CommonJS (and both at once: errors pass instanceof across them), type-checked under node16 and bundler resolution, bundled for an edge
// runtime, and linted by publint and attw.
import { readFile, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BIN, ROOT, TSC, TSC_NEXT, consumerProject, npmInstall, run } from './helpers.js';
import { CJS_PROBE, ESM_PROBE, expectedProbe, runProbe } from './probe.js';

const require = createRequire(import.meta.url);
const tarball = inject('tarball');
let dir: string;

beforeAll(async () => {
  // No "type" field: CommonJS by default, the harder case for a "type": "module" package.
  dir = await realpath(await consumerProject('sinch-provisioning-consumer-', {}));
  await npmInstall(dir, [tarball]);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const CROSS_FORMAT = `import { createRequire } from 'node:module';
import * as esm from 'sinch-provisioning';
const cjs = createRequire(import.meta.url)('sinch-provisioning');

const notFound = async () =>
  new Response(JSON.stringify({ errorCode: 'webhook_not_found' }), { status: 404, headers: { 'content-type': 'application/json' } });
const failure = (sp) => new sp.Provisioning({ projectId: 'p', accessToken: 't', maxRetries: 0, fetch: notFound }).webhooks.get('w1').catch((e) => e);
const classes = ['NotFoundError', 'ApiError', 'ProvisioningError', 'ConflictError', 'ConnectionError'];
const checks = (error, sp) => Object.fromEntries(classes.map((name) => [name, error instanceof sp[name]]));
const configError = (sp) => { try { new sp.Provisioning({}); } catch (e) { return e; } };
const webhookError = (sp) => sp.constructWebhookEvent({ rawBody: '{}', headers: {}, secret: 's' }).catch((e) => e);

console.log(JSON.stringify({
  twoCopies: esm.NotFoundError !== cjs.NotFoundError && Object.getPrototypeOf(await failure(cjs)) !== esm.NotFoundError.prototype,
  requiredSeenFromImport: checks(await failure(cjs), esm),
  importedSeenFromRequire: checks(await failure(esm), cjs),
  configuration: configError(cjs) instanceof esm.ConfigurationError && configError(esm) instanceof cjs.ConfigurationError,
  webhook: (await webhookError(cjs)) instanceof esm.WebhookVerificationError && (await webhookError(esm)) instanceof cjs.WebhookVerificationError,
  waitTimeoutIsNoConnectionError: new cjs.WaitTimeoutError('late') instanceof esm.ConnectionError,
  strangers: [
    { name: 'NotFoundError', status: 404 } instanceof esm.NotFoundError,
    Object.assign(new Error('x'), { name: 'NotFoundError' }) instanceof esm.NotFoundError,
    new TypeError('x') instanceof cjs.ProvisioningError,
    null instanceof esm.ProvisioningError,
  ],
}));
`;

describe('runtime', () => {
  let expected: Record<string, unknown>;
  beforeAll(async () => {
    expected = await expectedProbe(dir);
  });

  it('works when imported from ESM', async () => {
    expect(await runProbe(dir, 'probe.mjs', ESM_PROBE)).toEqual(expected);
  });

  it('works when required from CommonJS', async () => {
    expect(await runProbe(dir, 'probe.cjs', CJS_PROBE)).toEqual(expected);
  });

  it('instanceof holds across the ESM and CommonJS builds loaded side by side (no dual-package hazard)', async () => {
    const all = { NotFoundError: true, ApiError: true, ProvisioningError: true, ConflictError: false, ConnectionError: false };
    expect(await runProbe(dir, 'cross-format.mjs', CROSS_FORMAT)).toEqual({
      twoCopies: true,
      requiredSeenFromImport: all,
      importedSeenFromRequire: all,
      configuration: true,
      webhook: true,
      waitTimeoutIsNoConnectionError: false,
      strangers: [false, false, false, false],
    });
  });

  it('ships the spec the package was built from', async () => {
    const shipped = await readFile(join(dir, 'node_modules/sinch-provisioning/openapi/provisioning.yaml'), 'utf8');
    expect(shipped).toBe(await readFile(join(ROOT, 'openapi/provisioning.yaml'), 'utf8'));
  });

  it('installs openapi-fetch as its only dependency, and neither optional peer (Prism, OpenTelemetry)', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'node_modules/sinch-provisioning/package.json'), 'utf8'));
    expect(manifest.dependencies).toEqual({ 'openapi-fetch': '0.17.0' });
    expect(manifest.peerDependenciesMeta).toEqual({ '@opentelemetry/api': { optional: true }, '@stoplight/prism-cli': { optional: true } });
    const installed = (await readdir(join(dir, 'node_modules'))).filter((name) => !name.startsWith('.')).sort();
    expect(installed).toEqual(['openapi-fetch', 'openapi-typescript-helpers', 'sinch-provisioning']);
  });

  it('bundles the main entry for a browser or edge runtime without Node built-ins', async () => {
    await writeFile(
      join(dir, 'edge.mjs'),
      `import { constructWebhookEvent, Provisioning } from 'sinch-provisioning';\nexport { constructWebhookEvent, Provisioning };\n`,
    );
    const result = await build({
      entryPoints: [join(dir, 'edge.mjs')],
      absWorkingDir: dir,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/\bnode:|require\(/);
  });
});

describe.concurrent('types', () => {
  // Real types, not `any`: the @ts-expect-error lines fail the check if the types went missing.
  const CONSUMER = `import { NotFoundError, Provisioning, ProvisioningError, Triggers, type Webhook, type components } from 'sinch-provisioning';
import { createTestClient, startMockServer, type MockServer } from 'sinch-provisioning/testing';

type Trigger = components['schemas']['WebhookWebhookTriggersEnum'];
export const trigger: Trigger | undefined = Triggers.values[0];
const client: Provisioning = createTestClient('http://127.0.0.1:4010');

export async function targets(server: MockServer): Promise<string[]> {
  const out: string[] = [];
  for await (const hook of client.webhooks.list()) out.push(hook.target);
  await server.close();
  return out;
}
export const isMissing = (error: unknown): boolean => error instanceof NotFoundError && error.status === 404;
export const isOurs = (error: unknown): error is ProvisioningError => error instanceof ProvisioningError;
export const started: Promise<MockServer> = startMockServer({ port: 4010 });
// @ts-expect-error not an option
new Provisioning({ projectid: 'p' });
// @ts-expect-error not a field of a webhook
export const nope = (hook: Webhook) => hook.notAField;
`;

  const tsconfig = (module: string, moduleResolution: string, include: string[]) =>
    JSON.stringify({
      compilerOptions: {
        module,
        moduleResolution,
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
        strict: true,
        // The strictest settings users turn on; the README's Quickstart must compile under them.
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        // Our own .d.ts files are checked too.
        skipLibCheck: false,
      },
      include,
    });

  const compilers = [
    [`TypeScript ${require(join(ROOT, 'node_modules/typescript/package.json')).version}`, TSC],
    [`TypeScript ${require(join(ROOT, 'node_modules/typescript-next/package.json')).version}`, TSC_NEXT],
  ] as const;
  const resolutions = [
    ['node16', 'node16', ['consumer.mts', 'consumer.cts', 'quickstart.mts']],
    ['esnext', 'bundler', ['consumer.ts', 'quickstart.ts']],
  ] as const;

  /** The README's Quickstart as it stands (the consumer has no @types/node: `process` is declared). */
  async function quickstart(): Promise<string> {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const code = /^## Quickstart\n[\s\S]*?^```ts\n([\s\S]*?)^```$/m.exec(readme)?.[1];
    if (!code) throw new Error('README.md has no ```ts block under ## Quickstart');
    return `declare const process: { env: Record<string, string | undefined> };\n${code}`;
  }

  it.each(compilers.flatMap(([name, tsc]) => resolutions.map(([module, resolution, files]) => [name, module, resolution, files, tsc] as const)))(
    '%s type-checks a consumer and the README Quickstart with module %s, moduleResolution %s (exactOptionalPropertyTypes)',
    async (name, module, resolution, files, tsc) => {
      for (const file of files) await writeFile(join(dir, file), file.startsWith('quickstart') ? await quickstart() : CONSUMER);
      // One config per compiler and resolution: the cases run side by side.
      const config = `tsconfig.${resolution}.${name.replace(/\W+/g, '-')}.json`;
      await writeFile(join(dir, config), tsconfig(module, resolution, [...files]));
      const result = await run(process.execPath, [tsc, '-p', config], dir);
      expect(result.stdout + result.stderr).toBe('');
      expect(result.code).toBe(0);
    },
  );
});

describe('lint', () => {
  it('publint finds nothing, warnings included', async () => {
    const result = await run(join(BIN, 'publint'), ['run', tarball, '--strict'], dir);
    expect(result.stdout).toContain('All good!');
    expect(result.code).toBe(0);
  });

  it('attw finds no problem for any entry point and resolution mode', async () => {
    const result = await run(join(BIN, 'attw'), [tarball, '--format', 'json'], dir);
    const report = JSON.parse(result.stdout);
    expect(report.analysis.problems).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toEqual(['.', './testing', './package.json']);
    expect(result.code).toBe(0);
  });
});
