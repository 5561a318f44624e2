// One script body run in a consumer project against the installed package, from ESM and from
// CommonJS, for every way of installing it (tarball, git URL); and what it must print.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WEBHOOK_TRIGGERS } from '../../src/generated/triggers.js';
import { mustRun } from './helpers.js';

const PROBE = `
async function probe(sp, testing) {
  const { Provisioning, ProvisioningError, ConfigurationError, NotFoundError, Triggers } = sp;
  const out = { exports: Object.keys(sp).sort(), testingExports: Object.keys(testing).sort() };
  out.triggers = Triggers.values.length;
  out.version = sp.VERSION;
  try {
    new Provisioning({});
  } catch (e) {
    out.configError = { name: e.name, option: e.option, configuration: e instanceof ConfigurationError, base: e instanceof ProvisioningError };
  }
  // A real call through the built transport, unwrap and error mapping.
  const notFound = async (input, init) => {
    out.userAgent = new Request(input, init).headers.get('user-agent');
    return new Response(JSON.stringify({ errorCode: 'webhook_not_found', message: 'no such webhook' }), {
      status: 404,
      headers: { 'content-type': 'application/json' },
    });
  };
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

export const ESM_PROBE = `import * as sp from 'sinch-provisioning';\nimport * as testing from 'sinch-provisioning/testing';\n${PROBE}\nconsole.log(JSON.stringify(await probe(sp, testing)));\n`;
export const CJS_PROBE = `const sp = require('sinch-provisioning');\nconst testing = require('sinch-provisioning/testing');\n${PROBE}\nprobe(sp, testing).then((out) => console.log(JSON.stringify(out)));\n`;

/** What the probe prints in a consumer at `dir` with the package installed. */
export async function expectedProbe(dir: string): Promise<Record<string, unknown>> {
  const { VERSION } = await import('../../src/version.js');
  return {
    exports: Object.keys(await import('../../src/index.js')).sort(),
    testingExports: [
      'MOCK_ERROR_CODE',
      'MOCK_VIOLATIONS_HEADER',
      'PortInUseError',
      'bundledSpecPath',
      'createTestClient',
      'freePort',
      'mockViolations',
      'startMockServer',
      'withMockViolations',
    ],
    triggers: WEBHOOK_TRIGGERS.length,
    version: VERSION,
    userAgent: `sinch-provisioning/${VERSION} node/${process.versions.node}`,
    configError: { name: 'ConfigurationError', option: 'projectId', configuration: true, base: true },
    notFound: { name: 'NotFoundError', status: 404, errorCode: 'webhook_not_found', notFound: true, base: true },
    testClientIsProvisioning: true,
    specPath: join(dir, 'node_modules/sinch-provisioning/openapi/provisioning.yaml'),
    missingPrism: {
      name: 'ProvisioningError',
      message: 'startMockServer needs the optional peer dependency @stoplight/prism-cli. Install it with: npm install --save-dev @stoplight/prism-cli@5.14.2',
      base: true,
    },
  };
}

/** Writes `source` into the consumer at `dir`, runs it with Node and parses what it printed. */
export async function runProbe(dir: string, file: string, source: string): Promise<unknown> {
  await writeFile(join(dir, file), source);
  return JSON.parse(await mustRun(process.execPath, [file], dir));
}
