// Where the CLI writes: machine output on stdout, messages on stderr, colours only on a terminal
// and never with NO_COLOR, and every known secret scrubbed from every line before it leaves.

/** A writable text stream; process.stdout and test buffers both fit. */
export interface Sink {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** The process around a CLI run; tests pass their own. */
export interface CliEnv {
  stdout: Sink;
  stderr: Sink;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, grey: 90, bold: 1 } as const;
export type Colour = keyof typeof CODES;

export class Io {
  /** Values that must never be printed (key secret, webhook secrets, tokens). */
  private readonly secrets = new Set<string>();
  readonly colours: boolean;

  constructor(
    readonly process: CliEnv,
    colour: boolean | undefined,
  ) {
    const env = process.env;
    this.colours = colour !== false && process.stdout.isTTY === true && env['NO_COLOR'] === undefined && env['TERM'] !== 'dumb';
  }

  /** Remembers a secret so that no output line can carry it. */
  addSecret(value: string | undefined): void {
    if (value && value.length >= 4) this.secrets.add(value);
  }

  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('[redacted]');
    return out;
  }

  paint(colour: Colour, text: string): string {
    return this.colours ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
  }

  /** Machine or main output (stdout). */
  out(line = ''): void {
    this.process.stdout.write(`${this.scrub(line)}\n`);
  }

  /** Messages, progress and errors (stderr). */
  err(line = ''): void {
    this.process.stderr.write(`${this.scrub(line)}\n`);
  }

  json(value: unknown): void {
    this.out(JSON.stringify(value, null, 2));
  }

  /** A plain text table: one header row, columns padded to their widest cell. */
  table(headers: readonly string[], rows: readonly (readonly unknown[])[]): void {
    const cells = rows.map((row) => row.map(cell));
    const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
    const line = (r: readonly string[]) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    this.out(this.paint('bold', line(headers)));
    for (const r of cells) this.out(line(r));
    if (rows.length === 0) this.err('(none)');
  }
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cell).join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Field names whose values are credentials (WhatsApp bearerToken, RCS authToken ...): never printed. */
const SECRET_FIELD = /token|secret|password/i;

/** A copy of an API answer with credential fields replaced by "[redacted]". */
export function redactFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactFields);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, SECRET_FIELD.test(k) && typeof v === 'string' && !/pageToken$/i.test(k) ? '[redacted]' : redactFields(v)]),
  );
}
