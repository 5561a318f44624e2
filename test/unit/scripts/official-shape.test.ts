// spec:fetch on a full-size description shaped like Sinch's official download (made here from the
// bundled spec by ./official-shape.ts), run in a temp copy of the repository so the real openapi/
// and src/generated/ are never touched. The first test regenerates from it and then type-checks
// the whole project and runs the facade's unit tests on the result; the second feeds it without an
// operation the facade calls and checks that nothing at all is written.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { cp, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSpecText, stringifySpec } from '../../../scripts/lib/spec-yaml.js';
import { LIST_VALUED, officialShape, withoutVerificationStatus } from './official-shape.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const COPIED = ['src', 'scripts', 'openapi', 'test', 'examples', 'package.json', 'tsconfig.json', 'tsup.config.ts', 'vitest.config.ts'];
const ours: any = parseSpecText(await readFile(join(ROOT, 'openapi/provisioning.yaml'), 'utf8'));

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}
// Generous timeouts: on a loaded 2-core machine one run of the nested vitest can take minutes.
// Child processes get no VITEST_* variables: the nested vitest run must not think it is a worker.
const childEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'FORCE_COLOR')),
  NO_COLOR: '1',
};
function run(cwd: string, args: string[]): Promise<RunResult> {
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd, env: childEnv, timeout: 300_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
}

const temps: string[] = [];
/** A copy of the repository (node_modules linked) whose spec:fetch writes only inside it. */
async function repoCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'official-shape-'));
  temps.push(dir);
  await Promise.all(COPIED.map((name) => cp(join(ROOT, name), join(dir, name), { recursive: true })));
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** sha256 of every file under the given folders, keyed by path. */
async function fingerprint(dir: string, folders: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const folder of folders) {
    for (const name of (await readdir(join(dir, folder), { recursive: true })).sort()) {
      const file = join(dir, folder, name);
      const bytes = await readFile(file).catch((e) => (e.code === 'EISDIR' ? null : Promise.reject(e)));
      if (bytes) out[`${folder}/${name}`] = createHash('sha256').update(bytes).digest('hex');
    }
  }
  return out;
}

let server: Server;
let base: string;
beforeAll(async () => {
  const official = officialShape(ours);
  const bodies: Record<string, string> = {
    '/provisioning-api.yaml': stringifySpec(official),
    '/provisioning-api-1.2.117.yaml': stringifySpec(withoutVerificationStatus(official)),
  };
  server = createServer((req, res) => {
    const body = bodies[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/yaml' }).end(body ?? 'not found');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

const schemaRef = (item: any): string => item.post.requestBody.content['application/json'].schema.$ref.split('/').pop();

describe('spec:fetch on an official-shaped, full-size description', { timeout: 480_000 }, () => {
  // Concurrent: each works in its own copy, and both mostly wait on child processes.
  it.concurrent('regenerates with zero facade errors; the project type-checks and the facade unit tests pass on the result', async () => {
    const copy = await repoCopy();
    const fetched = await run(copy, ['--import', 'tsx', 'scripts/fetch-spec.ts', '--from', `${base}/provisioning-api.yaml`]);
    expect(fetched.stderr).toBe('');
    expect(fetched.code).toBe(0);
    const lines = fetched.stdout.split('\n');
    expect(lines).toContain('  spec        Sinch Provisioning API 1.2.117, OpenAPI 3.1.0, 91 operations');
    expect(lines).toContain('  patches     13 applied, 0 skipped');
    expect(lines).toContain('    applied  security-alternatives: split into alternatives: global');
    expect(lines).toContain(
      `    applied  list-valued-properties: repaired ${LIST_VALUED.length} list-valued properties: ` +
        'WhatsappMediaHeaderComponentDto (examples -> example); WhatsappCardHeaderComponentDto (examples -> example); ' +
        `WhatsappUrlButtonDto (examples -> example); and ${LIST_VALUED.length - 3} more`,
    );
    expect(lines.find((l) => l.includes('callbacks-to-webhooks'))).toMatch(
      /^ {4}applied {2}callbacks-to-webhooks: named 43 callback bodies \(.*\); added 38 webhooks entries$/,
    );
    expect(lines.find((l) => l.includes('mark-sensitive-fields'))).toMatch(/^ {4}applied {2}mark-sensitive-fields: marked x-sensitive: /);
    expect(lines).toContain('  events      38 triggers, each with its own event body under webhooks');
    expect(lines).toContain('  typecheck   the facade (src/) compiles against the new types');

    // The per-event bodies come back under our names, each with its own required fields.
    const written: any = parseSpecText(await readFile(join(copy, 'openapi/provisioning.yaml'), 'utf8'));
    expect(Object.keys(written.webhooks).sort()).toEqual(Object.keys(ours.webhooks).sort());
    for (const [trigger, item] of Object.entries<any>(ours.webhooks)) {
      const name = schemaRef(item);
      expect(schemaRef(written.webhooks[trigger]), trigger).toBe(name);
      expect(written.components.schemas[name].required, name).toEqual(ours.components.schemas[name].required);
    }
    for (const name of LIST_VALUED) {
      expect(Object.keys(written.components.schemas[name].properties), name).toEqual(Object.keys(ours.components.schemas[name].properties));
    }
    expect(written.security).toEqual([{ BasicAuth: [] }, { BearerAuth: [] }, { OAuth2Production: [] }]);
    const schemaTs = await readFile(join(copy, 'src/generated/schema.ts'), 'utf8');
    expect(schemaTs).toContain('\n    WHATSAPP_TEMPLATE_STATUS_UPDATED: {\n');
    expect(schemaTs).not.toBe(await readFile(join(ROOT, 'src/generated/schema.ts'), 'utf8')); // really regenerated

    // The whole project (facade, tests, examples) against the regenerated types ...
    const tsc = await run(copy, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
    // ... and the facade's unit tests (test/unit/facade: resources, registry, webhooks, core), which
    // read the spec and the generated rules of the copy.
    const vitest = await run(copy, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', 'test/unit/facade']);
    expect(vitest.code, vitest.stdout.slice(-3000)).toBe(0);
    const counts = /Tests\s+(\d+) passed \((\d+)\)/.exec(vitest.stdout);
    expect(counts?.[1]).toBe(counts?.[2]); // all of them, none skipped
    expect(Number(counts?.[1])).toBeGreaterThan(500);
  });

  it.concurrent('refuses a description without an operation the facade calls, naming it, and writes nothing', async () => {
    const copy = await repoCopy();
    const before = await fingerprint(copy, ['openapi', 'src/generated']);
    const fetched = await run(copy, ['--import', 'tsx', 'scripts/fetch-spec.ts', '--from', `${base}/provisioning-api-1.2.117.yaml`]);
    expect(fetched.code).toBe(4);
    expect(fetched.stdout).toBe('');
    const err = fetched.stderr.split('\n');
    expect(err[0]).toBe(`spec:fetch: the facade would not compile against the types generated from ${base}/provisioning-api-1.2.117.yaml:`);
    expect(err.slice(1, 3)).toEqual([
      '  1 operation(s) the facade calls are missing from the new description:',
      '    - WhatsappSendersController_getVerificationStatus_v1, used by WhatsAppSenders.getVerificationStatus (src/facade/resources/whatsapp/senders.ts)',
    ]);
    expect(err[3]).toMatch(
      /^ {2}\d+ TypeScript error\(s\) in 2 file\(s\): src\/facade\/resources\/whatsapp\/senders\.ts, src\/facade\/resources\/whatsapp\/types\.ts$/,
    );
    expect(err.filter((l) => l.startsWith('    - src/facade/resources/whatsapp/senders.ts:')).length).toBeGreaterThan(0);
    expect(err.slice(-2)).toEqual(['spec:fetch: nothing was written; the existing spec and generated files are unchanged.', '']);
    expect(await fingerprint(copy, ['openapi', 'src/generated'])).toEqual(before);
    expect(Object.keys(before)).toEqual([
      'openapi/provisioning.yaml',
      'src/generated/rules.ts',
      'src/generated/schema.ts',
      'src/generated/sensitive.ts',
      'src/generated/triggers.ts',
    ]);
  });
});
