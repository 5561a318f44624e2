// Runs scripts/fetch-spec.ts as a child process (the CLI is what users run) against fixture files
// and a local HTTP server. Children are started asynchronously: a synchronous spawn would block
// this process's event loop and the in-process server could never answer them.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSpecText } from '../../../scripts/lib/spec-yaml.js';
import { validateSpec } from '../../../scripts/lib/validate-spec.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts/fetch-spec.ts');
const fixture = (name: string) => join(ROOT, 'test/fixtures/specs', name);
const UNCHANGED = 'spec:fetch: nothing was written; the existing spec and generated files are unchanged.\n';
// What the out file holds before each run; every failed run must leave exactly these bytes.
const OLD_SPEC = 'openapi: 3.1.0\n# the spec from before the update\n';

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 15_000 }, (err, stdout, stderr) =>
      done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
}

const temps: string[] = [];
/** A fresh temp dir holding provisioning.yaml with OLD_SPEC in it. */
async function outFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'spec-fetch-'));
  temps.push(dir);
  const out = join(dir, 'provisioning.yaml');
  await writeFile(out, OLD_SPEC);
  return out;
}

let server: Server;
let base: string;
let refusedUrl: string;

beforeAll(async () => {
  const files = {
    spec: await readFile(fixture('defective.yaml')),
    garbage: await readFile(fixture('garbage.txt')),
    html: await readFile(fixture('page.html')),
    notOpenApi: await readFile(fixture('not-openapi.yaml')),
    invalid: await readFile(fixture('invalid-openapi.yaml')),
  };
  const routes: Record<string, [number, string, Buffer | string]> = {
    '/spec.yaml': [200, 'application/yaml', files.spec],
    '/missing': [404, 'text/plain', 'no such file'],
    '/garbage': [200, 'text/plain', files.garbage],
    '/page': [200, 'text/html; charset=utf-8', files.html],
    '/not-openapi.yaml': [200, 'application/yaml', files.notOpenApi],
    '/invalid.yaml': [200, 'application/yaml', files.invalid],
  };
  server = createServer((req, res) => {
    if (req.url === '/hang') return; // never answers: the client's --timeout must fire
    const [status, type, body] = routes[req.url ?? ''] ?? [500, 'text/plain', 'unexpected route'];
    res.writeHead(status, { 'content-type': type }).end(body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A port that was just free and is now closed: connecting to it is refused.
  const closed = createServer().listen(0, '127.0.0.1');
  await once(closed, 'listening');
  refusedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/spec.yaml`;
  closed.close();
  await once(closed, 'close');
});

afterAll(async () => {
  server.closeAllConnections(); // the /hang requests are still open
  server.close();
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

// Generous timeouts: each test starts Node processes, which is slow on a busy machine.
describe('fetch-spec: failures leave the old spec byte-for-byte untouched', { timeout: 30_000 }, () => {
  const cases: Array<[string, () => string[], () => string]> = [
    ['HTTP 404', () => ['--from', `${base}/missing`], () => `spec:fetch: download failed: HTTP 404 Not Found from ${base}/missing\n`],
    ['connection refused', () => ['--from', refusedUrl], () => `spec:fetch: download failed: ECONNREFUSED for ${refusedUrl}\n`],
    [
      'a server that never answers (--timeout 300)',
      () => ['--from', `${base}/hang`, '--timeout', '300'],
      () => `spec:fetch: download timed out after 300 ms: ${base}/hang (raise it with --timeout <ms>)\n`,
    ],
    [
      'garbage text',
      () => ['--from', `${base}/garbage`],
      () => `spec:fetch: ${base}/garbage is not valid YAML or JSON: Nested mappings are not allowed in compact mappings at line 1, column 13\n`,
    ],
    [
      'an HTML page',
      () => ['--from', `${base}/page`],
      () => `spec:fetch: ${base}/page is an HTML page, not an OpenAPI description (is the URL still right?)\n`,
    ],
    [
      'an HTML page read from a file (recognised by its content)',
      () => ['--from', fixture('page.html')],
      () => `spec:fetch: ${fixture('page.html')} is an HTML page, not an OpenAPI description (is the URL still right?)\n`,
    ],
    [
      'valid YAML that is not OpenAPI',
      () => ['--from', `${base}/not-openapi.yaml`],
      () => `spec:fetch: ${base}/not-openapi.yaml is not an OpenAPI 3.x description: it has no \`openapi\` version field\n`,
    ],
    [
      'OpenAPI with structural errors',
      () => ['--from', `${base}/invalid.yaml`],
      () =>
        `spec:fetch: ${base}/invalid.yaml is not a valid OpenAPI description: 2 error(s) after patching\n` +
        '  - struct: The field `in` must be present on this level. (at #/paths/~1v1~1things/get/parameters/0)\n' +
        "  - no-unresolved-refs: Can't resolve $ref (at #/paths/~1v1~1things/get/responses/200/content/application~1json/schema)\n",
    ],
    ['a local file that does not exist', () => ['--from', fixture('nope.yaml')], () => `spec:fetch: cannot read ${fixture('nope.yaml')}: no such file\n`],
  ];

  it.concurrent.each(cases)('%s', async (_name, args, message) => {
    const out = await outFile();
    const result = await run([...args(), '--out', out, '--no-generate']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(message() + UNCHANGED);
    expect(result.stdout).toBe('');
    expect(await readFile(out, 'utf8')).toBe(OLD_SPEC);
    expect(await readdir(join(out, '..'))).toEqual(['provisioning.yaml']); // no temp file left behind
  });

  it.concurrent('rejects bad arguments with exit code 2', async () => {
    const out = await outFile();
    const result = await run(['--from', fixture('defective.yaml'), '--out', out, '--timeout', 'soon']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'spec:fetch: --timeout must be a positive number of milliseconds, got "soon"\n' + 'Run tsx scripts/fetch-spec.ts --help for usage.\n',
    );
    expect(await readFile(out, 'utf8')).toBe(OLD_SPEC);
  });
});

describe('fetch-spec: success', { timeout: 30_000 }, () => {
  it.concurrent('downloads, patches, validates and writes; a second run writes the same bytes', async () => {
    const out = await outFile();
    const first = await run(['--from', `${base}/spec.yaml`, '--out', out, '--no-generate']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const written = await readFile(out, 'utf8');
    expect(written).toBe(await readFile(fixture('defective.patched.yaml'), 'utf8'));
    expect(await readdir(join(out, '..'))).toEqual(['provisioning.yaml']); // the temp file was renamed away

    const doc: any = parseSpecText(written);
    expect(doc.security).toEqual([{ BasicAuth: [] }, { BearerAuth: [] }, { OAuth2Production: [] }]);
    expect(doc.components.schemas.WebhookUpdateWebhookInputDto.properties.target.type).toBe('string');
    expect(doc.components.schemas.WebhookUpdateWebhookInputDto.properties.secret.type).toBe('string');
    const triggers = doc.components.schemas.BundlesConversationAppWebhooksInputDto.properties.triggers;
    expect([triggers.maxItems, triggers.maxLength]).toEqual([20, undefined]);
    expect(doc.webhooks.RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED.post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/RcsBrandRegistrationProcessStatusUpdatedCallback',
    });
    expect(doc.components.schemas.WhatsappCopyCodeButtonInputDto.properties.example).toEqual({ type: 'string', minLength: 1, maxLength: 20 });
    expect((await validateSpec(out)).errors).toEqual([]);

    const size = Buffer.byteLength(await readFile(fixture('defective.yaml')));
    const lines = first.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'spec:fetch',
      `  source      ${base}/spec.yaml (${(size / 1024).toFixed(1)} KiB)`,
      '  spec        Provisioning fixture 9.9.9-fixture, OpenAPI 3.1.0, 3 operations',
      '  patches     13 applied, 0 skipped',
    ]);
    expect(lines.slice(4, 17).map((l) => l.split(':')[0])).toEqual([
      '    applied  security-alternatives',
      '    applied  webhook-update-string-fields',
      '    applied  enum-map-to-list',
      '    applied  conversation-webhook-triggers-max-items',
      '    applied  overlapping-oneof-to-anyof',
      '    applied  url-button-template-format',
      '    applied  facebook-code-format',
      '    applied  list-valued-properties',
      '    applied  callbacks-to-webhooks',
      '    applied  mark-sensitive-fields',
      '    applied  describe-patterns',
      '    applied  draft-optional-fields',
      '    applied  bundle-number-verified-optional',
    ]);
    // The webhooks entry made from the callback has no operationId (webhooks are not called).
    expect(lines[17]).toBe('  validation  0 errors, 1 warnings (operation-operationId 1)');
    // The fixture's trigger enum lists two events (besides ALL) whose bodies it never declares.
    expect(lines[18]).toBe('  events      WARNING 2 of 2 triggers have no event body (typed as UnknownWebhookEvent): BUNDLE_DONE, WHATSAPP_ACCOUNT_ONBOARDED');
    expect(lines[19]).toMatch(/^ {2}written {5}.*provisioning\.yaml \(\d+\.\d KiB, updated\)$/);
    expect(lines.slice(20)).toEqual(['  codegen     skipped (--no-generate)', '']);

    const second = await run(['--from', `${base}/spec.yaml`, '--out', out, '--no-generate']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/KiB, unchanged\)\n/);
    expect(await readFile(out, 'utf8')).toBe(written);
  });

  it.concurrent('runs the codegen in a staging dir and writes what it produced, after the spec', async () => {
    const out = await outFile();
    const dir = join(out, '..');
    const stub = join(dir, 'generate-stub.mjs');
    const marker = join(dir, 'codegen-args.json');
    // The stub records its arguments and writes one file where it was told to.
    await writeFile(
      stub,
      `import { mkdirSync, writeFileSync } from 'node:fs';\nconst a = process.argv.slice(2);\n` +
        `writeFileSync(${JSON.stringify(marker)}, JSON.stringify(a));\nmkdirSync(a[3], { recursive: true });\n` +
        `writeFileSync(a[3] + '/schema.ts', 'export {};\\n');\n`,
    );
    // A local file this time, and an already patched one: every patch is skipped and the output
    // is the input, byte for byte (the stable format is a fixed point).
    const patched = fixture('defective.patched.yaml');
    const generated = join(dir, 'generated');
    const result = await run(['--from', patched, '--out', out, '--generated', generated, '--no-typecheck'], { SPEC_FETCH_GENERATE_SCRIPT: stub });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`\n  source      ${patched} (`);
    expect(result.stdout).toContain('\n  patches     0 applied, 13 skipped\n');
    expect(result.stdout).toContain('\n    skipped (no longer needed)  enum-map-to-list: every enum is a list\n');
    expect(result.stdout).toMatch(/\n {2}codegen {5}node \/.*generate-stub\.mjs --spec <staging>\/provisioning\.yaml --out <staging>\/generated\n/);
    expect(result.stdout).toContain('\n  typecheck   skipped (--no-typecheck)\n');
    expect(result.stdout).toMatch(/\n {2}generated {3}\/.*generated\/schema\.ts\n$/);
    expect(await readFile(out, 'utf8')).toBe(await readFile(patched, 'utf8'));
    expect(await readFile(join(generated, 'schema.ts'), 'utf8')).toBe('export {};\n');
    const args: string[] = JSON.parse(await readFile(marker, 'utf8'));
    expect(args).toEqual([
      '--spec',
      expect.stringMatching(/spec-fetch-staging-.*provisioning\.yaml$/),
      '--out',
      expect.stringMatching(/spec-fetch-staging-.*generated$/),
    ]);
    await expect(readFile(args[1]!, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' }); // the staging dir is gone
  });

  it.concurrent('exits 3 when the codegen fails, writing nothing', async () => {
    const out = await outFile();
    const stub = join(out, '../generate-fails.mjs');
    await writeFile(stub, 'process.exit(7);\n');
    const result = await run(['--from', fixture('defective.yaml'), '--out', out], { SPEC_FETCH_GENERATE_SCRIPT: stub });
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`spec:fetch: codegen failed (exit 7)\n${UNCHANGED}`);
    expect(result.stdout).toBe('');
    expect(await readFile(out, 'utf8')).toBe(OLD_SPEC);
  });

  it.concurrent('prints --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'usage: tsx scripts/fetch-spec.ts [--from <url|file>] [--out <path>] [--generated <dir>] [--timeout <ms>] [--no-generate] [--no-typecheck] [--help]',
    );
    for (const option of [
      '--from <url|file>',
      '--out <path>',
      '--generated <dir>',
      '--timeout <ms>',
      '--no-generate',
      '--no-typecheck',
      'SPEC_FETCH_GENERATE_SCRIPT',
    ]) {
      expect(result.stdout).toContain(option);
    }
  });
});
