// The command tree. Every command has --help; global options sit on the root program.
import { Command, CommanderError, Option } from 'commander';
import { registerCall } from './commands/call.js';
import { registerImport } from './commands/import.js';
import { registerListen } from './commands/listen.js';
import { registerMock } from './commands/mock.js';
import { registerPlan } from './commands/plan.js';
import { registerResources } from './commands/resources.js';
import { registerTrigger } from './commands/trigger.js';
import { type Context, createContext } from './context.js';
import { EXIT, reportError } from './exit.js';
import { type CliEnv, Io } from './io.js';
import { type Signals, manualSignals } from './signals.js';

declare const __CLI_VERSION__: string | undefined;
/** The package version, set by the build (tsup `define`); `dev` when run from the sources. */
export const VERSION = typeof __CLI_VERSION__ === 'string' ? __CLI_VERSION__ : 'dev';

export function buildProgram(ctx: Context, proc: CliEnv): Command {
  const program = new Command('sinch-provisioning')
    .description('Provision Sinch messaging channels from a repository: plan/apply a manifest, resource commands, a mock and a local webhook loop.')
    .version(VERSION, '-V, --version')
    .option('--project-id <id>', 'project (env SINCH_PROJECT_ID)')
    .option('--key-id <id>', 'access key ID (env SINCH_KEY_ID)')
    .addOption(new Option('--key-secret <secret>', 'access key secret (env SINCH_KEY_SECRET; prefer the variable)'))
    .option('--access-token <token>', 'a bearer token instead of the access key (env SINCH_ACCESS_TOKEN)')
    .addOption(new Option('--auth <mode>', 'how the access key is used').choices(['oauth2', 'basic']))
    .option('--url <url>', 'API root, e.g. a mock (env SINCH_PROVISIONING_URL)')
    .option('--auth-url <url>', 'OAuth2 token endpoint (env SINCH_AUTH_URL)')
    .option('--timeout <ms>', 'milliseconds per request attempt')
    .option('--json', 'machine output on stdout (messages stay on stderr)')
    .option('--debug', 'print stack traces of errors')
    .option('--no-color', 'no colours (also when NO_COLOR is set or stdout is not a terminal)')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => proc.stdout.write(ctx.io.scrub(text)),
      writeErr: (text) => proc.stderr.write(ctx.io.scrub(text)),
    })
    .exitOverride();
  registerPlan(program, ctx);
  registerImport(program, ctx);
  registerResources(program, ctx);
  registerCall(program, ctx);
  registerMock(program, ctx);
  registerListen(program, ctx);
  registerTrigger(program, ctx);
  // Sub-commands inherit the output settings and the exit override.
  const inherit = (command: Command) => {
    for (const sub of command.commands) {
      sub.exitOverride().configureOutput(program.configureOutput()).showHelpAfterError('(add --help for usage)');
      inherit(sub);
    }
  };
  inherit(program);
  return program;
}

/**
 * Runs the CLI with `argv` (without node and the script) and resolves with the exit code. Never
 * throws and never calls process.exit, so tests run it in-process.
 */
export async function run(argv: readonly string[], proc: CliEnv, signals: Signals = manualSignals()): Promise<number> {
  const io = new Io(proc, !argv.includes('--no-color'));
  const ctx = createContext(io, signals);
  const program = buildProgram(ctx, proc);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code);
      return ok ? EXIT.OK : EXIT.ERROR;
    }
    return reportError(io, error, argv.includes('--debug'));
  }
}
