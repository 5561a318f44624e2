// Real pino and winston (dev dependencies, exact pins) as the client's logger: the structured
// fields of every line (method, path template, attempt, status, duration, request id) must
// arrive as fields of the log record, not vanish or end up inside the message text.
import { Writable } from 'node:stream';
import pino from 'pino';
import winston from 'winston';
import { describe, expect, it } from 'vitest';
import { Provisioning, pinoLogger, type Logger } from '../../../../src/index.js';

const BASE = 'https://provisioning.test';
const PATH = '/v1/projects/{projectId}/webhooks/{webhookId}';
const KEY_SECRET = 'key-secret-never-logged-0123';

/** One 503 (retried after 0 s) then a 200 with a request id. */
function fetchScript(): typeof globalThis.fetch {
  let n = 0;
  return async () =>
    n++ === 0
      ? new Response('{"errorCode":"unavailable"}', { status: 503, headers: { 'content-type': 'application/json', 'retry-after': '0' } })
      : new Response('{"id":"w1","target":"https://example.com","triggers":["ALL"]}', {
          status: 200,
          headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' },
        });
}

async function call(logger: Logger): Promise<void> {
  const client = new Provisioning({ projectId: 'p1', keyId: 'key-id', keySecret: KEY_SECRET, auth: 'basic', baseUrl: BASE, fetch: fetchScript(), logger });
  await client.webhooks.get('w1');
}

function memoryStream(): { stream: Writable; records: () => Record<string, unknown>[]; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const text = () => chunks.join('');
  return {
    stream,
    text,
    records: () =>
      text()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('pino', () => {
  it('through pinoLogger: every line is a record with the fields, at the right level', async () => {
    const out = memoryStream();
    await call(pinoLogger(pino({ level: 'debug', base: undefined, timestamp: false }, out.stream)));
    await settle();
    const records = out.records();
    // pino levels: 20 debug, 30 info, 40 warn.
    expect(records.map((r) => [r['level'], r['msg']])).toEqual([
      [20, `sinch-provisioning GET ${PATH} attempt 1`],
      [40, `sinch-provisioning GET ${PATH} -> 503 in ${records[1]!['durationMs']} ms (attempt 1)`],
      [40, `sinch-provisioning GET ${PATH} retry 1/2 in 0 ms after 503`],
      [20, `sinch-provisioning GET ${PATH} attempt 2`],
      [30, `sinch-provisioning GET ${PATH} -> 200 in ${records[4]!['durationMs']} ms (attempt 2)`],
    ]);
    expect(records[4]).toMatchObject({ method: 'GET', path: PATH, attempt: 2, status: 200, requestId: 'req-42' });
    expect(records[4]!['durationMs']).toEqual(expect.any(Number));
    expect(records[2]).toMatchObject({ method: 'GET', path: PATH, attempt: 1, delayMs: 0 });
    expect(out.text()).not.toContain(KEY_SECRET);
  });

  it('passed as is, pino drops the fields: the reason for the adapter', async () => {
    const out = memoryStream();
    await call(pino({ level: 'debug', base: undefined, timestamp: false }, out.stream) as unknown as Logger);
    await settle();
    const last = out.records().at(-1)!;
    expect(last['msg']).toContain('-> 200');
    expect(last['status']).toBeUndefined();
    expect(last['path']).toBeUndefined();
  });
});

describe('winston', () => {
  it('as is: its (message, meta) order is ours, and the fields become fields of the record', async () => {
    const out = memoryStream();
    const logger = winston.createLogger({ level: 'debug', format: winston.format.json(), transports: [new winston.transports.Stream({ stream: out.stream })] });
    await call(logger);
    await settle();
    const records = out.records();
    expect(records.map((r) => r['level'])).toEqual(['debug', 'warn', 'warn', 'debug', 'info']);
    expect(records[4]).toMatchObject({ message: expect.stringContaining('-> 200'), method: 'GET', path: PATH, attempt: 2, status: 200, requestId: 'req-42' });
    expect(records[4]!['durationMs']).toEqual(expect.any(Number));
    expect(out.text()).not.toContain(KEY_SECRET);
  });
});
