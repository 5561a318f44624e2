// The packed tarball, installed into a fresh project outside the repo, as users get it: loaded
// from ESM and CommonJS, type-checked under node16 and bundler resolution, bundled for an edge
// runtime, and linted by publint and attw.
import { readFile, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WEBHOOK_TRIGGERS } from '../../src/generated/triggers.js';
import { BIN, ROOT, TSC, consumerProject, mustRun, npmInstall, run } from './helpers.js';

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

// Runs in the consumer; the same body for the ESM and the CommonJS build.
const PROBE = `
async function probe(sp, testing) {
  const { Provisioning, ProvisioningError, ConfigurationError, NotFoundError, Triggers } = sp;
  const out = { exports: Object.keys(sp).sort(), testingExports: Object.keys(testing).sort() };
  out.triggers = Triggers.values.length;
  try {
    new Provisioning({});
  } catch (e) {
    out.configError = { name: e.name, option: e.option, configuration: e instanceof ConfigurationError, base: e instanceof ProvisioningError };
  }
  // A real call through the built transport, unwrap and error mapping.
  const notFound = async () =>
    new Response(JSON.stringify({ errorCode: 'webhook_not_found', message: 'no such webhook' }), {
      status: 404,
      headers: { 'content-type': 'application/json' },
    });
  const client = new Provisioning({ projectId: 'p', accessToken: 't', maxRetries: 0, fetch: notFound });
  out.notFound = await client.webhooks.get('w1').then(
    () => 'resolved',
    (e) => ({ name: e.name, status: e.status, errorCode: e.errorCode, notFound: e instanceof NotFoundError, base: e instanceof ProvisioningError }),
  );
  // Both entries share one copy of the classes.
  out.testClientIsProvisioning = testing.createTestClient('http://127.0.0.1:9') instanceof Provisioning;
  out.specPath = testing.bundledSpecPath();
  out.missingPrism = await testing.startMockServer().then(
    (server) => server.close().then(() => 'started'),
    (e) => ({ name: e.name, message: e.message, base: e instanceof ProvisioningError }),
  );
  return out;
}
`;

async function probe(file: string, source: string): Promise<unknown> {
  await writeFile(join(dir, file), source);
  return JSON.parse(await mustRun(process.execPath, [file], dir));
}

describe('runtime', () => {
  let expected: Record<string, unknown>;
  beforeAll(async () => {
    expected = {
      exports: Object.keys(await import('../../src/index.js')).sort(),
      testingExports: ['bundledSpecPath', 'createTestClient', 'freePort', 'startMockServer'],
      triggers: WEBHOOK_TRIGGERS.length,
      configError: { name: 'ConfigurationError', option: 'projectId', configuration: true, base: true },
      notFound: { name: 'NotFoundError', status: 404, errorCode: 'webhook_not_found', notFound: true, base: true },
      testClientIsProvisioning: true,
      specPath: join(dir, 'node_modules/sinch-provisioning/openapi/provisioning.yaml'),
      missingPrism: {
        name: 'ProvisioningError',
        message:
          'startMockServer needs the optional peer dependency @stoplight/prism-cli. Install it with: npm install --save-dev @stoplight/prism-cli@5.14.2',
        base: true,
      },
    };
  });

  it('works when imported from ESM', async () => {
    const source = `import * as sp from 'sinch-provisioning';\nimport * as testing from 'sinch-provisioning/testing';\n${PROBE}\nconsole.log(JSON.stringify(await probe(sp, testing)));\n`;
    expect(await probe('probe.mjs', source)).toEqual(expected);
  });

  it('works when required from CommonJS', async () => {
    const source = `const sp = require('sinch-provisioning');\nconst testing = require('sinch-provisioning/testing');\n${PROBE}\nprobe(sp, testing).then((out) => console.log(JSON.stringify(out)));\n`;
    expect(await probe('probe.cjs', source)).toEqual(expected);
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
    await writeFile(join(dir, 'edge.mjs'), `import { constructWebhookEvent, Provisioning } from 'sinch-provisioning';\nexport { constructWebhookEvent, Provisioning };\n`);
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
        noEmit: true,
        // Our own .d.ts files are checked too.
        skipLibCheck: false,
      },
      include,
    });

  it.each([
    ['node16', 'node16', ['consumer.mts', 'consumer.cts']],
    ['esnext', 'bundler', ['consumer.ts']],
  ])('type-checks a consumer with module %s, moduleResolution %s', async (module, resolution, files) => {
    for (const file of files) await writeFile(join(dir, file), CONSUMER);
    const config = `tsconfig.${resolution}.json`;
    await writeFile(join(dir, config), tsconfig(module, resolution, files));
    const result = await run(process.execPath, [TSC, '-p', config], dir);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
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
