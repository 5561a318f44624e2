// The packed tarball on the runtimes docs/runtimes.md promises: one ESM script (a signed
// webhook delivery through createWebhookHandler, a forged one, and a client call through an
// injected fetch) run by Node, Bun and Deno, the last two installed from npm.
import { realpath, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { consumerProject, mustRun, npmInstall } from './helpers.js';

const BUN = 'bun@1.4.5';
const DENO = 'deno@2.9.6';
const tarball = inject('tarball');
let dir: string;

const WEBHOOK = `import { createWebhookHandler, signWebhookPayload } from 'sinch-provisioning';

const secret = 'whsec-smoke-0123456789';
const seen = [];
const handler = createWebhookHandler({ secret, on: { BUNDLE_DONE: (event) => void seen.push(event.type) } });
const post = (body, headers) => handler(new Request('https://hooks.test/sinch', { method: 'POST', body, headers }));
const { body, headers } = await signWebhookPayload({ payload: { type: 'BUNDLE_DONE', bundleId: 'b-1' }, secret });
const accepted = await post(body, headers);
const forged = await post(body.replace('b-1', 'b-2'), headers);
export const webhook = { accepted: [accepted.status, await accepted.json()], forged: [forged.status, await forged.json()], seen };
`;

const CLIENT = `import { NotFoundError, Provisioning } from 'sinch-provisioning';
import { webhook } from './webhook.mjs';

const client = new Provisioning({
  projectId: 'p',
  accessToken: 't',
  maxRetries: 0,
  fetch: async () =>
    new Response(JSON.stringify({ errorCode: 'webhook_not_found' }), { status: 404, headers: { 'content-type': 'application/json' } }),
});
const notFound = await client.webhooks.get('w-1').then(
  () => 'resolved',
  (e) => (e instanceof NotFoundError ? [e.name, e.status, e.errorCode] : String(e)),
);
console.log(JSON.stringify({ ...webhook, notFound }));
`;

const WEBHOOK_ONLY = `import { webhook } from './webhook.mjs';\nconsole.log(JSON.stringify(webhook));\n`;

const WEBHOOK_RESULT = {
  accepted: [200, { received: true }],
  forged: [401, { error: 'signature_mismatch' }],
  seen: ['BUNDLE_DONE'],
};
const FULL_RESULT = { ...WEBHOOK_RESULT, notFound: ['NotFoundError', 404, 'webhook_not_found'] };
// The client falls back on these environment variables; Deno asks for permission to read them.
const SINCH_ENV = 'SINCH_PROJECT_ID,SINCH_KEY_ID,SINCH_KEY_SECRET,SINCH_PROVISIONING_URL';

beforeAll(async () => {
  dir = await realpath(await consumerProject('sinch-provisioning-runtimes-', { type: 'module' }));
  await npmInstall(dir, [tarball, BUN, DENO]);
  await writeFile(join(dir, 'webhook.mjs'), WEBHOOK);
  await writeFile(join(dir, 'client.mjs'), CLIENT);
  await writeFile(join(dir, 'webhook-only.mjs'), WEBHOOK_ONLY);
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const output = async (file: string, args: string[]) => JSON.parse(await mustRun(file, args, dir));

describe.concurrent('runtimes', () => {
  it('runs on Node', async () => {
    expect(await output(process.execPath, ['client.mjs'])).toEqual(FULL_RESULT);
  });

  it('runs on Bun', async () => {
    expect(await output(join(dir, 'node_modules/.bin/bun'), ['client.mjs'])).toEqual(FULL_RESULT);
  });

  it('runs on Deno, with env access and without (options passed explicitly need no permission)', async () => {
    const deno = join(dir, 'node_modules/.bin/deno');
    expect(await output(deno, ['run', `--allow-env=${SINCH_ENV}`, 'client.mjs'])).toEqual(FULL_RESULT);
    expect(await output(deno, ['run', '--no-prompt', 'client.mjs'])).toEqual(FULL_RESULT);
    expect(await output(deno, ['run', 'webhook-only.mjs'])).toEqual(WEBHOOK_RESULT);
  });
});
