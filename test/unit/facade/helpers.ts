import type { Logger } from '../../../src/facade/internal/logger.js';

/** A request as the fake fetch saw it. */
export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

export type Reply = Response | Error | ((req: Recorded) => Response | Promise<Response>);

/** A fetch that records every request and answers from a script (one reply per call; the last repeats). */
export function scriptedFetch(...replies: Reply[]) {
  const calls: Recorded[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = input instanceof Request ? input : new Request(input, init);
    const rec: Recorded = { method: req.method, url: new URL(req.url), headers: req.headers, body: await req.text() };
    calls.push(rec);
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)];
    if (reply === undefined) throw new Error('scriptedFetch: no reply scripted');
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(rec);
    return reply.clone();
  };
  return Object.assign(fn as typeof globalThis.fetch, { calls });
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function papiError(status: number, errorCode: string, message: string, resolution = 'Fix it.'): Response {
  return json(status, { errorCode, message, resolution });
}

/** A logger that keeps every call, to assert on lines and on what they must not contain. */
export function recordingLogger() {
  const lines: { level: keyof Logger; message: string; context: Record<string, unknown> | undefined }[] = [];
  const at = (level: keyof Logger) => (message: string, context?: Record<string, unknown>) => {
    lines.push({ level, message, context });
  };
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, lines, text: () => JSON.stringify(lines) };
}

/** A sleep that returns at once and remembers the delays it was asked for. */
export function recordingSleep() {
  const delays: number[] = [];
  const sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    delays.push(ms);
    if (signal?.aborted) throw signal.reason;
  };
  return { sleep, delays };
}

export const SENTINEL_SECRET = 'S3NT1NEL-key-secret-9f8e7d';
export const SENTINEL_TOKEN = 'S3NT1NEL-access-token-1a2b3c';
export const SENTINEL_WEBHOOK_SECRET = 'S3NT1NEL-webhook-secret-4d5e6f';
