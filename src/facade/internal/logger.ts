import { redactJson, scrubText } from '../core/redact.js';

/** Anything with console-like methods, e.g. `console` or a pino/winston logger. */
export interface Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
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
 * secrets scrubbed). A throwing logger never breaks a request.
 */
export function log(
  logger: Logger | undefined,
  level: LogLevel,
  message: string,
  context: LogContext,
  secrets: Iterable<string>,
): void {
  if (!logger) return;
  const list = [...secrets];
  try {
    logger[level](`sinch-provisioning ${scrubText(message, list)}`, redactJson(context, list) as Record<string, unknown>);
  } catch {
    // Logging must never change the outcome of a call.
  }
}
