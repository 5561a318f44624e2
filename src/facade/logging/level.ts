import { ConfigurationError } from '../core/errors.js';
import type { Logger, LogLevel } from '../internal/logger.js';

/** The least severe level that is still written, or `off`. */
export type LogLevelSetting = LogLevel | 'off';

export const LOG_LEVEL_ENV = 'SINCH_PROVISIONING_LOG';
const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/**
 * The logger the transport writes to, filtered by the level from the `logLevel` option or else
 * the SINCH_PROVISIONING_LOG variable. Without a level the logger gets every line and filters
 * by its own level; with a level but no logger, lines go to `console`, so that
 * `SINCH_PROVISIONING_LOG=debug node app.js` is enough to see the traffic.
 */
export function withLogLevel(logger: Logger | undefined, option: unknown, fromEnv: string | undefined): Logger | undefined {
  const env = fromEnv?.trim().toLowerCase();
  const level = option ?? (env === '' ? undefined : env);
  if (level === undefined) return logger;
  if (level !== 'off' && !LEVELS.includes(level as LogLevel)) {
    const where = option === undefined ? `${LOG_LEVEL_ENV}` : 'logLevel';
    throw new ConfigurationError(`Invalid ${where}: expected one of ${[...LEVELS, 'off'].join(', ')}`, {
      option: 'logLevel',
      envVar: LOG_LEVEL_ENV,
    });
  }
  if (level === 'off') return undefined;
  const target: Logger = logger ?? console;
  const min = LEVELS.indexOf(level as LogLevel);
  const at = (l: LogLevel): Logger[LogLevel] => (LEVELS.indexOf(l) >= min ? (message, context) => target[l](message, context) : () => undefined);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
