// What every command gets: the output channels and, on demand, the client from the global options.
import type { Command } from 'commander';
import type { Provisioning } from '../index.js';
import { createClient, type GlobalOptions } from './client.js';
import type { Io } from './io.js';
import type { Signals } from './signals.js';

export interface Context {
  io: Io;
  /** The options of the root program merged with the command's own. */
  options<T extends object>(command: Command): GlobalOptions & T;
  client(command: Command): Provisioning;
  /** Exit code the run ends with when no error is thrown (e.g. 2 for pending changes). */
  exitCode: number;
  /** Long-running commands (mock, listen) call it and stop cleanly when it resolves (Ctrl-C). */
  untilStopped(): Promise<string>;
}

export function createContext(io: Io, signals: Signals): Context {
  return {
    io,
    exitCode: 0,
    untilStopped: () => signals.claim(),
    options<T extends object>(command: Command) {
      return command.optsWithGlobals() as GlobalOptions & T;
    },
    client(command: Command) {
      return createClient(io, command.optsWithGlobals() as GlobalOptions);
    },
  };
}
