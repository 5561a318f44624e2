// Resource commands for everyday tasks: a table by default, `--json` for the API's answer.
import type { Command } from 'commander';
import { Triggers, type WebhookInput, type WebhookUpdate, type WhatsAppTemplateLanguage } from '../../index.js';
import type { Context } from '../context.js';
import { CliError } from '../exit.js';
import { redactFields } from '../io.js';

type Row = Record<string, unknown>;
const get = (row: Row, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Row | undefined)?.[k], row);

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Prints a list or one resource: JSON with --json, else a table of `columns`. */
function show(ctx: Context, command: Command, value: unknown, columns: readonly string[]): void {
  const safe = redactFields(value);
  if (ctx.options(command).json) {
    ctx.io.json(safe);
    return;
  }
  const rows = (Array.isArray(safe) ? safe : [safe]) as Row[];
  ctx.io.table(
    columns,
    rows.map((r) => columns.map((c) => get(r, c))),
  );
}

function secretFrom(ctx: Context, flags: { secret?: string; secretEnv?: string }): string | undefined {
  const secret = flags.secret ?? (flags.secretEnv ? ctx.io.process.env[flags.secretEnv] : undefined);
  if (flags.secretEnv && secret === undefined) throw new CliError(`--secret-env: environment variable ${flags.secretEnv} is not set`);
  ctx.io.addSecret(secret);
  return secret;
}

const triggerList = (value: string): string[] =>
  value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
const WEBHOOK_COLUMNS = ['id', 'target', 'triggers'];

function webhooks(parent: Command, ctx: Context): void {
  const group = parent.command('webhooks').description('provisioning webhooks');
  group
    .command('list')
    .description('list the webhooks of the project')
    .action(async (_f, command: Command) => {
      show(ctx, command, await all(ctx.client(command).webhooks.list({ pageSize: 15 })), WEBHOOK_COLUMNS);
    });
  group
    .command('get <webhookId>')
    .description('show one webhook')
    .action(async (id: string, _f, command: Command) => {
      show(ctx, command, await ctx.client(command).webhooks.get(id), WEBHOOK_COLUMNS);
    });
  group
    .command('create')
    .description('register a webhook')
    .requiredOption('--target <url>', 'URL Sinch posts events to')
    .requiredOption('--triggers <list>', `comma-separated triggers (e.g. ${Triggers.values.slice(0, 2).join(',')}) or ALL`)
    .option('--secret <secret>', 'signing secret (prefer --secret-env)')
    .option('--secret-env <name>', 'read the signing secret from this environment variable', 'SINCH_WEBHOOK_SECRET')
    .action(async (flags: { target: string; triggers: string; secret?: string; secretEnv?: string }, command: Command) => {
      const secret = secretFrom(ctx, flags);
      if (secret === undefined) throw new CliError('a secret is required: pass --secret-env NAME or --secret');
      const body: WebhookInput = { target: flags.target, triggers: triggerList(flags.triggers) as never, secret };
      show(ctx, command, await ctx.client(command).webhooks.create(body), WEBHOOK_COLUMNS);
    });
  group
    .command('update <webhookId>')
    .description('change the target, triggers or secret of a webhook')
    .option('--target <url>', 'new target URL')
    .option('--triggers <list>', 'new comma-separated triggers')
    .option('--secret <secret>', 'new signing secret (prefer --secret-env)')
    .option('--secret-env <name>', 'read the new signing secret from this environment variable')
    .action(async (id: string, flags: { target?: string; triggers?: string; secret?: string; secretEnv?: string }, command: Command) => {
      const secret = secretFrom(ctx, flags);
      const patch: WebhookUpdate = {
        ...(flags.target ? { target: flags.target } : {}),
        ...(flags.triggers ? { triggers: triggerList(flags.triggers) as never } : {}),
        ...(secret ? { secret } : {}),
      };
      if (Object.keys(patch).length === 0) throw new CliError('nothing to update: pass --target, --triggers or a secret');
      show(ctx, command, await ctx.client(command).webhooks.update(id, patch), WEBHOOK_COLUMNS);
    });
  group
    .command('delete <webhookId>')
    .description('delete a webhook')
    .action(async (id: string, _f, command: Command) => {
      await ctx.client(command).webhooks.delete(id);
      if (ctx.options(command).json) ctx.io.json({ deleted: id });
      else ctx.io.err(`deleted webhook ${id}`);
    });
}

const WA_TEMPLATE_COLUMNS = ['name', 'language', 'category', 'state', 'changes.status'];
const SENDER_COLUMNS = ['id', 'state', 'changes.status', 'details.displayName', 'phoneNumber'];
const KAKAO_TEMPLATE_COLUMNS = ['code', 'state', 'changes.status', 'details.name', 'details.language'];
const RCS_COLUMNS = ['id', 'state', 'region', 'details.brand.name'];
const BUNDLE_COLUMNS = ['id', 'name', 'state', 'region', 'subproject.id', 'smsApp.id', 'convApp.id'];

export function registerResources(program: Command, ctx: Context): void {
  webhooks(program, ctx);

  const whatsapp = program.command('whatsapp').description('WhatsApp templates and senders');
  const waTemplates = whatsapp.command('templates').description('WhatsApp message templates');
  waTemplates
    .command('list')
    .description('list templates (alphabetical)')
    .option('--name <prefix>', 'only templates whose name starts with this')
    .action(async (flags: { name?: string }, command: Command) => {
      const query = flags.name ? { templateName: flags.name } : {};
      show(ctx, command, await all(ctx.client(command).whatsapp.templates.list(query)), WA_TEMPLATE_COLUMNS);
    });
  waTemplates
    .command('get <name> <language>')
    .description('show one language of a template')
    .action(async (name: string, language: string, _f, command: Command) => {
      show(ctx, command, await ctx.client(command).whatsapp.templates.get(name, language as WhatsAppTemplateLanguage), WA_TEMPLATE_COLUMNS);
    });
  const waSenders = whatsapp.command('senders').description('WhatsApp senders (phone numbers)');
  waSenders
    .command('list')
    .description('list senders')
    .action(async (_f, command: Command) => {
      show(ctx, command, await all(ctx.client(command).whatsapp.senders.list()), SENDER_COLUMNS);
    });
  waSenders
    .command('get <senderId>')
    .description('show one sender')
    .action(async (id: string, _f, command: Command) => {
      show(ctx, command, await ctx.client(command).whatsapp.senders.get(id), SENDER_COLUMNS);
    });

  const kakao = program.command('kakaotalk').description('KakaoTalk templates');
  const kakaoTemplates = kakao.command('templates').description('message templates of a KakaoTalk sender');
  kakaoTemplates
    .command('list <plusFriendId>')
    .description("list a sender's templates")
    .action(async (sender: string, _f, command: Command) => {
      show(ctx, command, await all(ctx.client(command).kakaotalk.templates.list(sender)), KAKAO_TEMPLATE_COLUMNS);
    });
  kakaoTemplates
    .command('get <plusFriendId> <code>')
    .description('show one template')
    .action(async (sender: string, code: string, _f, command: Command) => {
      show(ctx, command, await ctx.client(command).kakaotalk.templates.get(sender, code), KAKAO_TEMPLATE_COLUMNS);
    });

  const rcs = program.command('rcs').description('RCS senders');
  const rcsSenders = rcs.command('senders').description('RCS senders (agents)');
  rcsSenders
    .command('list')
    .description('list RCS senders')
    .action(async (_f, command: Command) => {
      show(ctx, command, await all(ctx.client(command).rcs.senders.list()), RCS_COLUMNS);
    });
  rcsSenders
    .command('get <senderId>')
    .description('show one RCS sender')
    .action(async (id: string, _f, command: Command) => {
      show(ctx, command, await ctx.client(command).rcs.senders.get(id), RCS_COLUMNS);
    });

  const bundles = program.command('bundles').description('bundles');
  bundles
    .command('get <bundleId>')
    .description('show one bundle')
    .action(async (id: string, _f, command: Command) => {
      show(ctx, command, await ctx.client(command).bundles.get(id), BUNDLE_COLUMNS);
    });
}
