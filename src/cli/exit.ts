// Exit codes (stable, documented in docs/cli.md) and the one-line rendering of every error.
import { ApiError, WebhookVerificationError } from '../index.js';
import type { Io } from './io.js';

export const EXIT = {
  /** Success; for `plan --detailed-exitcode`: no changes. */
  OK: 0,
  /** Any error: bad arguments or manifest, an API or network error, a receiver that did not answer 2xx. */
  ERROR: 1,
  /** `plan --detailed-exitcode`: changes are pending. */
  CHANGES: 2,
  /** Stopped by Ctrl-C (SIGINT). */
  INTERRUPTED: 130,
} as const;

/** An error the CLI itself raises (bad flag value, refused confirmation ...): printed as is. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.ERROR,
    /** More lines printed under the message (e.g. one per manifest problem). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** The error as one line: class, status, errorCode, message and resolution; never a stack. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    // Built from the fields, not the message, so that it reads the same whatever the SDK's wording.
    const body = error.body !== null && typeof error.body === 'object' ? (error.body as Record<string, unknown>) : {};
    const apiMessage = typeof body['message'] === 'string' ? body['message'] : error.message;
    const where = error.operation ? `${error.operation.method} ${error.operation.path} -> ` : '';
    const code = error.errorCode ? ` ${error.errorCode}:` : '';
    const resolution = error.resolution ? ` (resolution: ${error.resolution})` : '';
    return oneLine(`${error.name}: ${where}HTTP ${error.status}${code} ${apiMessage}${resolution}`);
  }
  if (error instanceof WebhookVerificationError) return `${error.name} (${error.reason}): ${error.message}`;
  if (error instanceof Error) return oneLine(`${error.name}: ${error.message}`);
  return oneLine(String(error));
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/** Prints the error (the stack too with --debug) and returns the exit code to use. */
export function reportError(io: Io, error: unknown, debug: boolean): number {
  const text = error instanceof CliError ? error.message : describeError(error);
  io.err(io.paint('red', `error: ${text}`));
  if (error instanceof CliError) for (const line of error.details) io.err(`  ${line}`);
  if (debug && error instanceof Error && error.stack) io.err(error.stack);
  return error instanceof CliError ? error.exitCode : EXIT.ERROR;
}
