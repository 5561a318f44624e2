import { redactJson, scrubText } from '../core/redact.js';
import { isThenable } from '../core/thenable.js';

/**
 * Anything with console-like methods, e.g. `console` or a pino/winston logger. A method may
 * be async: its promise is not awaited, and a rejection is ignored like a throw.
 */
export interface Logger {
  debug(message: string, context?: Record<string, unknown>): unknown;
  info(message: string, context?: Record<string, unknown>): unknown;
  warn(message: string, context?: Record<string, unknown>): unknown;
  error(message: string, context?: Record<string, unknown>): unknown;
}

export type LogLevel = keyof Logger;

/** The fields every request, response and retry line carries. */
export interface LogContext {
  method: string;
  /** Path template, e.g. `/v1/projects/{projectId}/webhooks/{webhookId}`. */
  path: string;
  attempt: number;
  status?: number;
  durationMs?: number;
  [key: string]: unknown;
}

/**
 * Writes one line to the logger with context redacted (sensitive keys masked, known
 * secrets scrubbed). A throwing or rejecting logger never breaks a request, nor the process.
 */
export function log(logger: Logger | undefined, level: LogLevel, message: string, context: LogContext, secrets: Iterable<string>): void {
  if (!logger) return;
  const list = [...secrets];
  try {
    const result = logger[level](`sinch-provisioning ${scrubText(message, list)}`, redactJson(context, list) as Record<string, unknown>);
    // An async logger that rejects would otherwise be an unhandled rejection (the process exits).
    if (isThenable(result)) result.then(undefined, () => {});
  } catch {
    // Logging must never change the outcome of a call.
  }
}
