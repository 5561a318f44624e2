// Output rules: colours only on a terminal and never with NO_COLOR or --no-color; secrets
// scrubbed from every line; credential fields of API answers redacted.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Io, redactFields } from '../../src/cli/io.js';

function io(isTTY: boolean, env: Record<string, string> = {}, colour?: boolean) {
  const out: string[] = [];
  const sink = { write: (t: string) => out.push(t), isTTY };
  return { io: new Io({ stdout: sink, stderr: sink, stdin: new PassThrough(), env, cwd: '/' }, colour), out };
}

describe('Io', () => {
  it('paints only on a terminal, and never with NO_COLOR, TERM=dumb or --no-color', () => {
    expect(io(true).io.paint('red', 'x')).toBe('\u001b[31mx\u001b[0m');
    expect(io(false).io.paint('red', 'x')).toBe('x');
    expect(io(true, { NO_COLOR: '' }).io.paint('red', 'x')).toBe('x');
    expect(io(true, { TERM: 'dumb' }).io.paint('red', 'x')).toBe('x');
    expect(io(true, {}, false).io.paint('red', 'x')).toBe('x');
  });

  it('scrubs every registered secret from stdout and stderr lines', () => {
    const { io: sinkIo, out } = io(false);
    sinkIo.addSecret('S3NT1NEL-io-secret');
    sinkIo.out('a S3NT1NEL-io-secret b');
    sinkIo.err('{"secret":"S3NT1NEL-io-secret"}');
    expect(out).toEqual(['a [redacted] b\n', '{"secret":"[redacted]"}\n']);
  });

  it('redacts credential fields of API answers, keeping page tokens', () => {
    expect(redactFields({ id: 's1', bearerToken: 't', details: { authToken: 'u', name: 'n' }, nextPageToken: 'p', list: [{ secret: 'x' }] })).toEqual({
      id: 's1',
      bearerToken: '[redacted]',
      details: { authToken: '[redacted]', name: 'n' },
      nextPageToken: 'p',
      list: [{ secret: '[redacted]' }],
    });
  });
});
