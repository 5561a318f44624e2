// `mock`: Prism on the bundled spec, for CI that is not written in JavaScript. Runs until Ctrl-C.
import type { Command } from 'commander';
import { startMockServer } from '../../testing/index.js';
import type { Context } from '../context.js';
import { CliError } from '../exit.js';

export function registerMock(program: Command, ctx: Context): void {
  program
    .command('mock')
    .description('start a Prism mock of the API on the bundled spec (needs @stoplight/prism-cli); stops on Ctrl-C')
    .option('-p, --port <port>', 'port on 127.0.0.1 (default: 4010)', '4010')
    .option('--verbose', "print Prism's own log lines")
    .action(async (flags: { port: string; verbose?: boolean }, command: Command) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a port number (got ${flags.port})`);
      const stopped = ctx.untilStopped();
      const { io } = ctx;
      const server = await startMockServer({ ...(port === 0 ? {} : { port }), ...(flags.verbose ? { onOutput: (line) => io.err(line) } : {}) });
      if (ctx.options(command).json) io.json({ url: server.url });
      else {
        io.out(server.url);
        io.err(`Prism mock of the Sinch Provisioning API on ${server.url} (Ctrl-C stops it). Point the CLI or the SDK at it:`);
        io.err(`  export SINCH_PROVISIONING_URL=${server.url} SINCH_ACCESS_TOKEN=mock-token SINCH_PROJECT_ID=ea026751-3edf-40a9-ad93-1b382bd60a78`);
      }
      const signal = await stopped;
      io.err(`${signal}: stopping the mock ...`);
      await server.close();
      io.err('mock stopped');
    });
}
