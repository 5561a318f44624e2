import { inspect } from 'node:util';
import { expect } from 'vitest';
import type { Logger } from '../../../src/facade/internal/logger.js';
import { SENTINEL_SECRET, SENTINEL_TOKEN, SENTINEL_WEBHOOK_SECRET } from '../facade/helpers.js';

export { SENTINEL_SECRET, SENTINEL_TOKEN, SENTINEL_WEBHOOK_SECRET };

export const KEY_ID = 'key-id-public';
/** What HTTP Basic sends: anyone who sees it can decode the key secret. */
export const SENTINEL_BASIC = Buffer.from(`${KEY_ID}:${SENTINEL_SECRET}`, 'utf8').toString('base64');
/** A bearer token given directly as the `accessToken` option. */
export const SENTINEL_STATIC_TOKEN = 'S3NT1NEL-static-bearer-7g8h9i';

export const SENTINELS = [SENTINEL_SECRET, SENTINEL_TOKEN, SENTINEL_WEBHOOK_SECRET, SENTINEL_BASIC, SENTINEL_STATIC_TOKEN];

/** Every way an error commonly reaches a log, a screen or an error tracker. */
export function renderings(err: unknown): Record<string, string> {
  const e = err as Error;
  return {
    message: String(e?.message),
    String: String(err),
    toString: typeof e?.toString === 'function' ? e.toString() : '',
    'JSON.stringify': JSON.stringify(err) ?? '',
    inspect: inspect(err, { depth: 20 }),
    'inspect(showHidden)': inspect(err, { depth: 20, showHidden: true }),
    stack: String(e?.stack),
  };
}

/** Fails naming the rendering and the sentinel when any sentinel appears in any rendering. */
export function expectNoSentinel(label: string, texts: Record<string, string>): void {
  const leaks: string[] = [];
  for (const [how, text] of Object.entries(texts)) {
    for (const s of SENTINELS) if (text.includes(s)) leaks.push(`${how} contains ${s}`);
  }
  expect(leaks, label).toEqual([]);
}

/** A logger that keeps every line, rendered both as JSON and with util.inspect. */
export function capturingLogger() {
  const lines: unknown[][] = [];
  const at =
    (level: string) =>
    (...args: unknown[]): void => {
      lines.push([level, ...args]);
    };
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return {
    logger,
    lines,
    renderings: (): Record<string, string> => ({ 'log JSON': JSON.stringify(lines), 'log inspect': inspect(lines, { depth: 20 }) }),
  };
}
