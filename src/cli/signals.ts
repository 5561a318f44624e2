// Ctrl-C: a command that cleans up after itself (mock, listen) claims the signal and stops on
// its own; otherwise the process exits at once with 130, as shells expect.

export interface Signals {
  /** Marks the signal as handled by the command and resolves when it arrives. */
  claim(): Promise<string>;
}

/** For in-process runs (tests): stop when `trigger` resolves. */
export function manualSignals(trigger: Promise<string> = new Promise(() => {})): Signals {
  return { claim: () => trigger };
}

export function processSignals(exit: (code: number) => void): Signals {
  let claimed = false;
  let fire: (signal: string) => void = () => {};
  const stopped = new Promise<string>((resolve) => {
    fire = resolve;
  });
  let count = 0;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      count += 1;
      if (!claimed || count > 1) exit(130);
      fire(signal);
    });
  }
  return {
    claim() {
      claimed = true;
      return stopped;
    },
  };
}
