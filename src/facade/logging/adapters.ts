import type { Logger } from '../internal/logger.js';

/** A logger that takes the fields first and the message second: pino, bunyan. */
export interface FieldsFirstLogger {
  debug(fields: Record<string, unknown>, message: string): unknown;
  info(fields: Record<string, unknown>, message: string): unknown;
  warn(fields: Record<string, unknown>, message: string): unknown;
  error(fields: Record<string, unknown>, message: string): unknown;
}

/**
 * Adapts a pino (or bunyan) logger. Passed as is, pino would take the SDK's message for its
 * message and silently drop the fields (method, path template, attempt, status, duration,
 * request id); through the adapter they become fields of the log record.
 *
 * ```ts
 * const client = new Provisioning({ logger: pinoLogger(pino()) });
 * ```
 *
 * winston needs no adapter: its `(message, meta)` order is the SDK's, and it keeps the fields.
 */
export function pinoLogger(logger: FieldsFirstLogger): Logger {
  return {
    debug: (message, context) => void logger.debug({ ...context }, message),
    info: (message, context) => void logger.info({ ...context }, message),
    warn: (message, context) => void logger.warn({ ...context }, message),
    error: (message, context) => void logger.error({ ...context }, message),
  };
}
