// `call <operationId>`: any of the spec's operations, path and query parameters as flags, the
// body from --data (JSON, or @file). Sent through the client's typed raw client, so auth,
// retries, timeouts and error types are the SDK's.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { unwrap } from '../../index.js';
import type { Context } from '../context.js';
import { CliError } from '../exit.js';
import { redactFields } from '../io.js';
import { type SpecOperation, type SpecParameter, operations } from '../spec.js';

interface CallFlags {
  data?: string;
  list?: boolean;
}

/** `--name value`, `--name=value`; a repeated flag makes a list. */
export function parseFlags(args: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new CliError(`unexpected argument ${JSON.stringify(arg)}: parameters are given as --name value`);
    const name = match[1] ?? '';
    let value = match[2];
    if (value === undefined) {
      value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new CliError(`--${name} needs a value`);
      i += 1;
    }
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

function coerce(param: SpecParameter, values: readonly string[]): unknown {
  const schema = param.schema;
  const one = (value: string, type: unknown): unknown => {
    if (type === 'integer' || type === 'number') {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n) || (type === 'integer' && !Number.isInteger(n)))
        throw new CliError(`--${param.name} must be ${type === 'integer' ? 'an integer' : 'a number'} (got ${value})`);
      return n;
    }
    if (type === 'boolean') {
      if (value !== 'true' && value !== 'false') throw new CliError(`--${param.name} must be true or false (got ${value})`);
      return value === 'true';
    }
    return value;
  };
  if (schema['type'] === 'array') return values.flatMap((v) => v.split(',')).map((v) => one(v, schema['items']?.['type']));
  if (values.length > 1) throw new CliError(`--${param.name} was given ${values.length} times; it takes one value`);
  return one(values[0] ?? '', schema['type']);
}

async function readBody(ctx: Context, data: string): Promise<unknown> {
  let text = data;
  if (data.startsWith('@')) {
    try {
      text = await readFile(resolve(ctx.io.process.cwd, data.slice(1)), 'utf8');
    } catch {
      throw new CliError(`--data: cannot read ${data.slice(1)}`);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError('--data is not valid JSON (give a JSON text, or @file with one)');
  }
}

/** The request parts of one call, checked against the operation's parameters before anything is sent. */
export function requestParts(
  op: SpecOperation,
  flags: Map<string, string[]>,
  projectId: string,
): { path: Record<string, unknown>; query: Record<string, unknown> } {
  const path: Record<string, unknown> = { projectId };
  const query: Record<string, unknown> = {};
  const known = op.parameters.filter((p) => p.in === 'path' || p.in === 'query');
  for (const name of flags.keys()) {
    if (!known.some((p) => p.name === name)) {
      const list =
        known
          .filter((p) => p.name !== 'projectId')
          .map((p) => `--${p.name}`)
          .join(', ') || 'none';
      throw new CliError(`${op.operationId} has no parameter --${name} (parameters: ${list})`);
    }
  }
  for (const param of known) {
    const values = flags.get(param.name);
    if (param.in === 'path') {
      if (param.name === 'projectId') {
        if (values) path['projectId'] = coerce(param, values);
        continue;
      }
      if (!values || values[0]?.trim() === '') throw new CliError(`${op.operationId} needs --${param.name} (a path parameter)`);
      path[param.name] = coerce(param, values);
    } else if (values) query[param.name] = coerce(param, values);
    else if (param.required) throw new CliError(`${op.operationId} needs --${param.name} (a required query parameter)`);
  }
  return { path, query };
}

export function registerCall(program: Command, ctx: Context): void {
  program
    .command('call [operationId]')
    .description('call any operation of the API by its operationId (see --list); path and query parameters as --name value')
    .option('--data <json>', 'request body: a JSON text, or @file to read it from a file')
    .option('--list', 'list the operations and their parameters')
    .allowUnknownOption()
    .allowExcessArguments()
    .helpOption('-h, --help', 'show help for call')
    .action(async (operationId: string | undefined, flags: CallFlags, command: Command) => {
      const all = operations();
      if (flags.list || !operationId) {
        if (ctx.options(command).json)
          return ctx.io.json(all.map(({ operationId: id, method, path, summary }) => ({ operationId: id, method, path, summary })));
        ctx.io.table(
          ['operationId', 'method', 'path'],
          all.map((o) => [o.operationId, o.method.toUpperCase(), o.path]),
        );
        return;
      }
      const op = all.find((o) => o.operationId === operationId);
      if (!op) throw new CliError(`unknown operationId ${operationId} (sinch-provisioning call --list shows them all)`);
      const rest = command.args.slice(1);
      const client = ctx.client(command);
      const { path, query } = requestParts(op, parseFlags(rest), client.projectId);
      if (flags.data !== undefined && !op.hasBody) throw new CliError(`${op.operationId} takes no request body: drop --data`);
      if (flags.data === undefined && op.bodyRequired) throw new CliError(`${op.operationId} needs a request body: pass --data '{...}' or --data @file.json`);
      const body = flags.data === undefined ? undefined : await readBody(ctx, flags.data);
      const send = (client.raw as unknown as Record<string, (p: string, init: object) => Promise<never>>)[op.method.toUpperCase()];
      if (!send) throw new CliError(`unsupported method ${op.method}`);
      const result = await send(op.path, { params: { path, query }, ...(body === undefined ? {} : { body }) });
      const data: unknown = unwrap(result);
      if (data === undefined) ctx.io.err(`${op.operationId}: done (no content)`);
      else ctx.io.json(redactFields(data));
    });
}
