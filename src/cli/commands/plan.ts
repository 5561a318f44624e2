// `plan` and `apply`: make the project match sinch-provisioning.yaml.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Provisioning } from '../../index.js';
import type { Context } from '../context.js';
import { CliError, EXIT } from '../exit.js';
import { DEFAULT_MANIFEST, loadManifest } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';
import { validateManifest } from '../manifest/validate.js';
import { positiveNumber } from '../client.js';
import { type Outcome, applyPlan } from '../plan/apply.js';
import { readLive } from '../plan/live.js';
import { buildPlan } from '../plan/plan.js';
import { renderPlan } from '../plan/render.js';
import { type Plan, pending, planJson } from '../plan/types.js';

interface PlanFlags {
  file: string;
  prune?: boolean;
  rotateSecrets?: boolean;
  detailedExitcode?: boolean;
}

interface ApplyFlags extends PlanFlags {
  yes?: boolean;
  wait?: boolean;
  waitTimeout: string;
  waitInterval: string;
}

/** Reads and validates the manifest, reads the live project, and plans. */
export async function makePlan(ctx: Context, command: Command, flags: PlanFlags): Promise<{ manifest: Manifest; plan: Plan; client: Provisioning }> {
  const manifest = await loadManifest(resolve(ctx.io.process.cwd, flags.file), ctx.io.process.env, flags.file);
  for (const secret of manifest.secrets) ctx.io.addSecret(secret);
  await validateManifest(manifest);
  const client = ctx.client(command);
  const live = await readLive(client, manifest);
  return { manifest, client, plan: buildPlan(manifest, live, { prune: flags.prune === true, rotateSecrets: flags.rotateSecrets === true }) };
}

function shared(command: Command): Command {
  return command
    .option('-f, --file <path>', 'manifest to read', DEFAULT_MANIFEST)
    .option('--prune', 'delete live resources of a managed section that the manifest does not list')
    .option('--rotate-secrets', 'send every webhook secret again (secrets are never compared: the API does not return them)');
}

export function registerPlan(program: Command, ctx: Context): void {
  shared(program.command('plan'))
    .description('compare the manifest with the live project and print what apply would change')
    .option('--detailed-exitcode', 'exit 0 when nothing would change, 2 when changes are pending, 1 on error')
    .action(async (flags: PlanFlags, command: Command) => {
      const { plan } = await makePlan(ctx, command, flags);
      if (ctx.options(command).json) ctx.io.json(planJson(plan));
      else renderPlan(ctx.io, plan);
      if (flags.detailedExitcode && pending(plan).length > 0) ctx.exitCode = EXIT.CHANGES;
    });

  shared(program.command('apply'))
    .description('make the changes of the plan (asks first on a terminal; --yes in CI)')
    .option('-y, --yes', 'do not ask for confirmation')
    .option('--wait', 'wait for template (and KakaoTalk sender) reviews to end')
    .option('--wait-timeout <seconds>', 'give up waiting after this long', '600')
    .option('--wait-interval <seconds>', 'first pause between two polls while waiting', '5')
    .action(async (flags: ApplyFlags, command: Command) => {
      const { io } = ctx;
      const json = ctx.options(command).json === true;
      const waitTimeout = flags.wait ? positiveNumber(flags.waitTimeout, '--wait-timeout') * 1000 : undefined;
      const waitInterval = positiveNumber(flags.waitInterval, '--wait-interval') * 1000;
      const { plan, client } = await makePlan(ctx, command, flags);
      const todo = plan.changes.filter((c) => c.step);
      if (!json) renderPlan(io, plan);
      if (todo.length === 0) {
        if (json) io.json({ ...planJson(plan), results: [] });
        else io.out('No changes to apply.');
        return;
      }
      if (!flags.yes) await confirm(ctx, todo.length);
      const outcomes = await applyPlan(client, plan, { progress: (line) => io.err(io.paint('grey', line)), waitTimeout, waitInterval });
      report(ctx, plan, outcomes, json);
      if (outcomes.some((o) => o.result === 'failed')) ctx.exitCode = EXIT.ERROR;
    });
}

async function confirm(ctx: Context, count: number): Promise<void> {
  const { stdin, stderr } = ctx.io.process;
  if (!stdin.isTTY) throw new CliError('apply needs a confirmation: standard input is not a terminal, so pass --yes');
  stderr.write(`Apply ${count} change${count === 1 ? '' : 's'}? Only "yes" goes on: `);
  const answer = await readLine(stdin);
  if (answer.trim() !== 'yes') throw new CliError('apply cancelled: nothing was changed');
}

/** One line from stdin (the rest is left unread). */
function readLine(stdin: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const done = () => {
      stdin.off('data', onData);
      stdin.off('end', done);
      stdin.pause();
      resolve(text.split('\n')[0] ?? '');
    };
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      if (text.includes('\n')) done();
    };
    stdin.on('data', onData);
    stdin.once('end', done);
    stdin.resume();
  });
}

function report(ctx: Context, plan: Plan, outcomes: readonly Outcome[], json: boolean): void {
  const { io } = ctx;
  if (json) {
    const results = outcomes.map((o) => ({
      kind: o.change.kind,
      key: o.change.key,
      action: o.change.action,
      result: o.result,
      ...(o.message ? { message: o.message } : {}),
    }));
    io.json({ ...planJson(plan), results });
    return;
  }
  io.out('');
  for (const o of outcomes) {
    const colour = o.result === 'failed' ? 'red' : o.result === 'blocked' ? 'yellow' : o.result === 'submitted' ? 'cyan' : 'green';
    io.out(`${io.paint(colour, o.result.padEnd(9))} ${o.change.action} ${o.change.kind} ${o.change.key}${o.message ? `: ${o.message}` : ''}`);
  }
  const count = (r: string) => outcomes.filter((o) => o.result === r).length;
  const notRun = plan.changes.filter((c) => c.step).length - outcomes.length;
  io.out('');
  io.out(
    `Apply: ${count('done')} done, ${count('submitted')} submitted (awaiting review), ${count('blocked')} blocked, ${count('failed')} failed${notRun > 0 ? `, ${notRun} not run (re-run apply to complete)` : ''}.`,
  );
}
