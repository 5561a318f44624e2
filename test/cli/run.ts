// Runs the CLI in-process (src/cli/program.ts) with its own stdout, stderr, environment and
// working directory, and resolves with the exit code and both outputs.
import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/program.js';
import { manualSignals } from '../../src/cli/signals.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Resolving it stops a long-running command (like Ctrl-C). */
  stop?: Promise<string>;
  /** Sees stderr as it is written (e.g. to wait for "listening on"). */
  onStderr?: (text: string) => void;
  stdinIsTTY?: boolean;
  /** Typed on stdin once the command runs (e.g. the answer to apply's question). */
  input?: string;
}

export async function runCli(argv: string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign(new PassThrough(), { isTTY: options.stdinIsTTY ?? false });
  if (options.input !== undefined) stdin.end(options.input);
  const code = await run(
    argv,
    {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: {
        write: (t: string) => {
          stderr += t;
          options.onStderr?.(t);
        },
      },
      stdin,
      env: options.env ?? {},
      cwd: options.cwd ?? process.cwd(),
    },
    manualSignals(options.stop),
  );
  return { code, stdout, stderr };
}
