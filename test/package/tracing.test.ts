// The packed tarball with the optional peer @opentelemetry/api and the OpenTelemetry SDK installed
// beside it, as a user would: `tracing: true` loads the peer by name from the built ESM and CommonJS
// code, and the in-memory exporter captures the spans of a facade call, a retried call and a failed call.
import { realpath, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { consumerProject, mustRun, npmInstall } from './helpers.js';

const tarball = inject('tarball');
let dir: string;

beforeAll(async () => {
  dir = await realpath(await consumerProject('sinch-provisioning-otel-', {}));
  // The versions of the repo's dev dependencies (the OpenTelemetry JS 2.x line runs on Node 20).
  await npmInstall(dir, [tarball, '@opentelemetry/api@1.9.0', '@opentelemetry/sdk-trace-base@2.12.1', '@opentelemetry/core@2.12.1']);
}, 240_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

// The same body for both builds: `sp` is the SDK, `otel` the three OpenTelemetry packages.
const PROBE = `
async function probe(sp, api, sdk, core) {
  const exporter = new sdk.InMemorySpanExporter();
  api.trace.setGlobalTracerProvider(new sdk.BasicTracerProvider({ spanProcessors: [new sdk.SimpleSpanProcessor(exporter)] }));
  api.propagation.setGlobalPropagator(new core.W3CTraceContextPropagator());
  const webhook = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] };
  const answer = (status, body, headers = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  const script = [answer(200, webhook), answer(503, { errorCode: 'busy' }, { 'retry-after': '0' }), answer(200, webhook), answer(404, { errorCode: 'webhook_not_found', message: 'gone' })];
  const traceparents = [];
  const fetch = async (url, init) => {
    traceparents.push(new Headers(init.headers).get('traceparent'));
    return script.shift();
  };
  const client = new sp.Provisioning({ projectId: 'p1', accessToken: 't', baseUrl: 'https://provisioning.test', fetch, tracing: true });
  await client.webhooks.get('w1');
  await client.webhooks.get('w1');
  const failed = await client.webhooks.get('w1').catch((e) => e.name);
  const spans = exporter.getFinishedSpans().map((s) => ({
    name: s.name,
    kind: s.kind,
    status: s.status.code,
    statusCode: s.attributes['http.response.status_code'],
    resends: s.attributes['http.request.resend_count'],
    errorType: s.attributes['error.type'],
    operationId: s.attributes['sinch.provisioning.operation_id'],
    traceparent: '00-' + s.spanContext().traceId + '-' + s.spanContext().spanId + '-01',
  }));
  return { failed, spans, traceparents };
}
`;

async function probe(file: string, source: string): Promise<{ failed: string; spans: Record<string, unknown>[]; traceparents: string[] }> {
  await writeFile(join(dir, file), source);
  return JSON.parse(await mustRun(process.execPath, [file], dir));
}

function check(out: Awaited<ReturnType<typeof probe>>): void {
  const common = { name: 'GET /v1/projects/{projectId}/webhooks/{webhookId}', kind: 2, operationId: 'WebhookWebhookController_getWebhook_v1' };
  expect(out.failed).toBe('NotFoundError');
  expect(out.spans.map(({ traceparent: _, ...rest }) => rest)).toEqual([
    { ...common, status: 0, statusCode: 200 },
    { ...common, status: 0, statusCode: 200, resends: 1 },
    { ...common, status: 2, statusCode: 404, errorType: '404' },
  ]);
  const [first, retried, failed] = out.spans.map((s) => s['traceparent']);
  expect(out.traceparents).toEqual([first, retried, retried, failed]);
}

describe.concurrent('OpenTelemetry in the installed package', () => {
  it('ESM build: tracing: true loads the peer; spans for a facade, a retried and a failed call', async () => {
    const source = `import * as sp from 'sinch-provisioning';\nimport * as api from '@opentelemetry/api';\nimport * as sdk from '@opentelemetry/sdk-trace-base';\nimport * as core from '@opentelemetry/core';\n${PROBE}\nconsole.log(JSON.stringify(await probe(sp, api, sdk, core)));\n`;
    check(await probe('otel.mjs', source));
  });

  it('CommonJS build: the same', async () => {
    const source = `const sp = require('sinch-provisioning');\n${PROBE}\nprobe(sp, require('@opentelemetry/api'), require('@opentelemetry/sdk-trace-base'), require('@opentelemetry/core')).then((out) => console.log(JSON.stringify(out)));\n`;
    check(await probe('otel.cjs', source));
  });
});
