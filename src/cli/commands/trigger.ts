// `trigger <TRIGGER>`: sends a correctly signed example event to a receiver, and fails when the
// receiver does not answer 2xx (so a wrong secret shows).
import type { Command } from 'commander';
import { signWebhookPayload } from '../../index.js';
import type { Context } from '../context.js';
import { CliError } from '../exit.js';
import { eventTriggers, exampleEvent } from '../events.js';
import { redactFields } from '../io.js';

export interface SecretFlags {
  secret?: string;
  secretEnv: string;
}

/** The webhook secret from --secret or the environment variable named by --secret-env. */
export function webhookSecret(ctx: Context, flags: SecretFlags): string {
  const secret = flags.secret ?? ctx.io.process.env[flags.secretEnv];
  if (!secret) throw new CliError(`a webhook secret is needed: set ${flags.secretEnv} (or name another variable with --secret-env, or pass --secret)`);
  ctx.io.addSecret(secret);
  return secret;
}

export async function sendEvent(trigger: string, url: string, secret: string): Promise<{ status: number; event: Record<string, unknown> }> {
  const event = exampleEvent(trigger);
  const { body, headers } = await signWebhookPayload({ payload: event, secret });
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new CliError(
      `could not deliver ${trigger} to ${url}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`,
    );
  }
  await response.arrayBuffer();
  return { status: response.status, event };
}

export function registerTrigger(program: Command, ctx: Context): void {
  program
    .command('trigger <trigger>')
    .description('send a signed example event of a trigger (from the spec) to a webhook receiver; fails unless it answers 2xx')
    .requiredOption('--to <url>', 'receiver URL, e.g. http://127.0.0.1:3000/')
    .option('--secret <secret>', 'signing secret (prefer --secret-env)')
    .option('--secret-env <name>', 'environment variable holding the signing secret', 'SINCH_WEBHOOK_SECRET')
    .action(async (trigger: string, flags: SecretFlags & { to: string }, command: Command) => {
      const triggers = eventTriggers();
      if (!triggers.includes(trigger)) throw new CliError(`unknown trigger ${trigger} (one of: ${triggers.join(', ')})`);
      const secret = webhookSecret(ctx, flags);
      const { status, event } = await sendEvent(trigger, flags.to, secret);
      if (ctx.options(command).json) ctx.io.json({ trigger, status, event: redactFields(event) });
      else ctx.io.out(`${trigger} -> ${flags.to}: HTTP ${status}`);
      if (status < 200 || status > 299) throw new CliError(`the receiver answered HTTP ${status} (a wrong secret gives 401)`);
    });
}
