import * as api from '@opentelemetry/api';
import { AsyncHooksContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError, ConnectionError, NotFoundError, Provisioning, type TracingOption } from '../../../../src/index.js';
import { json, scriptedFetch } from '../helpers.js';

const BASE = 'https://provisioning.test:8443';
const ITEM = '/v1/projects/{projectId}/webhooks/{webhookId}';
const webhook = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] };
const exporter = new InMemorySpanExporter();

beforeAll(() => {
  api.trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
  api.propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  api.context.setGlobalContextManager(new AsyncHooksContextManager().enable());
});
afterAll(() => {
  api.trace.disable();
  api.propagation.disable();
  api.context.disable();
});
beforeEach(() => exporter.reset());

const client = (fetch: typeof globalThis.fetch, tracing: TracingOption | 'unset' = true, maxRetries = 2) =>
  new Provisioning({ projectId: 'p1', accessToken: 'tok', baseUrl: BASE, fetch, maxRetries, ...(tracing === 'unset' ? {} : { tracing }) });

const spans = (): ReadableSpan[] => exporter.getFinishedSpans();
const traceparent = (span: ReadableSpan) => `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`;

describe('OpenTelemetry tracing', () => {
  it('a facade call is one CLIENT span with the HTTP semantic-convention attributes, its traceparent sent', async () => {
    const fetch = scriptedFetch(json(200, webhook));
    await client(fetch).webhooks.get('w1');
    expect(spans()).toHaveLength(1);
    const [span] = spans() as [ReadableSpan];
    expect(span.name).toBe(`GET ${ITEM}`);
    expect(span.kind).toBe(api.SpanKind.CLIENT);
    expect(span.attributes).toEqual({
      'http.request.method': 'GET',
      'url.template': ITEM,
      'url.full': `${BASE}/v1/projects/p1/webhooks/w1`,
      'server.address': 'provisioning.test',
      'server.port': 8443,
      'sinch.provisioning.operation_id': 'WebhookWebhookController_getWebhook_v1',
      'http.response.status_code': 200,
    });
    expect(span.status.code).toBe(api.SpanStatusCode.UNSET);
    expect(fetch.calls.map((c) => c.headers.get('traceparent'))).toEqual([traceparent(span)]);
  });

  it('is a child of the active span, and a raw call is traced the same way', async () => {
    const fetch = scriptedFetch(json(200, webhook));
    const c = client(fetch, api);
    const tracer = api.trace.getTracer('test');
    await tracer.startActiveSpan('parent', async (parent) => {
      await c.raw.GET(ITEM, { params: { path: { projectId: 'p1', webhookId: 'w1' } } });
      parent.end();
    });
    const mine = spans().find((s) => s.name === `GET ${ITEM}`);
    const parent = spans().find((s) => s.name === 'parent');
    expect(spans()).toHaveLength(2);
    expect(mine?.parentSpanContext?.spanId).toBe(parent?.spanContext().spanId);
    expect(mine?.spanContext().traceId).toBe(parent?.spanContext().traceId);
    expect(mine?.attributes['sinch.provisioning.operation_id']).toBe('WebhookWebhookController_getWebhook_v1');
  });

  it('a retried call is still one span, with http.request.resend_count and a retry event; every attempt carries its context', async () => {
    const fetch = scriptedFetch(
      json(503, { errorCode: 'busy', message: 'busy' }, { 'retry-after': '0' }),
      json(503, {}, { 'retry-after': '0' }),
      json(200, webhook),
    );
    await client(fetch, api).webhooks.get('w1');
    expect(fetch.calls).toHaveLength(3);
    expect(spans()).toHaveLength(1);
    const [span] = spans() as [ReadableSpan];
    expect(span.attributes['http.request.resend_count']).toBe(2);
    expect(span.attributes['http.response.status_code']).toBe(200);
    expect(span.events.map((e) => [e.name, e.attributes?.['sinch.provisioning.retry'], e.attributes?.['sinch.provisioning.retry.reason']])).toEqual([
      ['retry', 1, '503'],
      ['retry', 2, '503'],
    ]);
    expect(new Set(fetch.calls.map((c) => c.headers.get('traceparent')))).toEqual(new Set([traceparent(span)]));
  });

  it('a failed call ends its span with ERROR status and error.type: the status, or the error class', async () => {
    const missing = scriptedFetch(json(404, { errorCode: 'webhook_not_found', message: 'gone' }));
    await expect(client(missing).webhooks.get('w1')).rejects.toBeInstanceOf(NotFoundError);
    const refused = scriptedFetch(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) }));
    await expect(client(refused, true, 0).webhooks.get('w1')).rejects.toBeInstanceOf(ConnectionError);
    const [notFound, connection] = spans() as [ReadableSpan, ReadableSpan];
    expect(spans()).toHaveLength(2);
    expect([notFound.status.code, notFound.attributes['error.type'], notFound.attributes['http.response.status_code']]).toEqual([
      api.SpanStatusCode.ERROR,
      '404',
      404,
    ]);
    expect([connection.status.code, connection.attributes['error.type'], connection.attributes['http.response.status_code']]).toEqual([
      api.SpanStatusCode.ERROR,
      'ConnectionError',
      undefined,
    ]);
    expect(connection.events.map((e) => e.name)).toEqual(['exception']);
  });

  it('url.full keeps query names but not their values', async () => {
    const fetch = scriptedFetch(json(200, { webhooks: [], totalSize: 0, pageSize: 5 }));
    await client(fetch).webhooks.list({ pageSize: 5, pageToken: 'opaque-cursor' });
    expect(spans()[0]?.attributes['url.full']).toBe(`${BASE}/v1/projects/p1/webhooks?pageSize=REDACTED&pageToken=REDACTED`);
  });

  it('is off unless asked for: no span, no traceparent, even with a tracer provider and propagator registered', async () => {
    const fetch = scriptedFetch(json(200, webhook));
    await client(fetch, 'unset').webhooks.get('w1');
    await client(fetch, false).webhooks.get('w1');
    expect(spans()).toHaveLength(0);
    expect(fetch.calls.map((c) => c.headers.get('traceparent'))).toEqual([null, null]);
  });

  it('a tracing SDK that throws never breaks a call: the failure goes to the logger', async () => {
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, warn: (m: string) => void warnings.push(m), error() {} };
    const boom = () => {
      throw new Error('broken SDK');
    };
    const span = { setAttribute: boom, addEvent: boom, setStatus: boom, recordException: boom, end: boom };
    const brokenSpans = {
      ...api,
      trace: { ...api.trace, getTracer: () => ({ startSpan: () => span }) },
      propagation: { inject: boom },
    } as unknown as TracingOption;
    const brokenStart = { ...api, trace: { ...api.trace, getTracer: () => ({ startSpan: boom }) } } as unknown as TracingOption;
    const fetch = scriptedFetch(json(503, {}, { 'retry-after': '0' }), json(200, webhook), json(404, { errorCode: 'webhook_not_found' }));
    const traced = new Provisioning({ projectId: 'p1', accessToken: 'tok', baseUrl: BASE, fetch, tracing: brokenSpans, logger });
    expect(await traced.webhooks.get('w1')).toEqual(webhook);
    await expect(traced.webhooks.get('w1')).rejects.toBeInstanceOf(NotFoundError);
    const started = new Provisioning({
      projectId: 'p1',
      accessToken: 'tok',
      baseUrl: BASE,
      fetch: scriptedFetch(json(200, webhook)),
      tracing: brokenStart,
      logger,
    });
    expect(await started.webhooks.get('w1')).toEqual(webhook);
    expect(fetch.calls).toHaveLength(3);
    // inject on 3 attempts, setAttribute on 3 responses, addEvent on 1 retry, ends, and the failed startSpan.
    expect(warnings.filter((w) => w.includes('hook tracing failed (Error); the call goes on')).length).toBeGreaterThanOrEqual(8);
  });

  it('rejects a tracing option that is not a boolean or the API module', () => {
    expect(() => client(scriptedFetch(json(200, webhook)), {} as TracingOption)).toThrow(ConfigurationError);
  });
});
