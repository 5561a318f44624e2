// What every script in scripts/ shares on its command line: node:util parseArgs wrapped once
// (strict, with -h/--help added), one error type for bad arguments, and the entry-point test.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Bad arguments: the script prints the message with a pointer to --help and exits 2. */
export class UsageError extends Error {}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface ParsedCli {
  help: boolean;
  positionals: string[];
  /** A string option's value, or undefined when it was not given. */
  string(name: string): string | undefined;
  /** Whether a boolean option was given. */
  flag(name: string): boolean;
}

/** Parses `argv` against `options` (plus -h/--help); anything unknown or malformed is a UsageError. */
export function parseCli(argv: readonly string[], options: OptionSpec, { positionals = false } = {}): ParsedCli {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: positionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  return {
    help: values.help === true,
    positionals: parsed.positionals,
    string: (name) => (typeof values[name] === 'string' ? (values[name] as string) : undefined),
    flag: (name) => values[name] === true,
  };
}

/** True when the module at `url` (import.meta.url) is the script being run, not an import. */
export function isEntryPoint(url: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && resolve(entry) === fileURLToPath(url);
}

/**
 * Runs `main` with the command-line arguments when the module at `url` is the script being run.
 * Its result is the exit code. A UsageError prints `<prefix>: <message>` with a pointer to
 * --help and exits 2; any other error prints `<prefix>: ` and what `describe` makes of it (by
 * default the stack) and exits 1.
 */
export function runScript(
  url: string,
  prefix: string,
  main: (argv: string[]) => number | Promise<number>,
  describe: (err: unknown) => string = (err) => (err instanceof Error ? (err.stack ?? err.message) : String(err)),
): void {
  if (!isEntryPoint(url)) return;
  const file = relative(resolve(dirname(fileURLToPath(url)), '..'), fileURLToPath(url))
    .split('\\')
    .join('/');
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err: unknown) => {
        if (err instanceof UsageError) {
          console.error(`${prefix}: ${err.message}\nRun tsx ${file} --help for usage.`);
          process.exitCode = 2;
          return;
        }
        console.error(`${prefix}: ${describe(err)}`);
        process.exitCode = 1;
      },
    );
}
