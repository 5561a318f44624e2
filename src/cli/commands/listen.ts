// `listen`: a local webhook receiver that verifies every delivery with the SDK's receiver, prints
// the event, and can forward it (raw body and signature headers unchanged) to your own endpoint.
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { WebhookVerificationError, constructWebhookEvent, type WebhookEvent } from '../../index.js';
import type { Context } from '../context.js';
import { CliError, describeError } from '../exit.js';
import { redactFields } from '../io.js';
import { type SecretFlags, webhookSecret } from './trigger.js';

interface ListenFlags extends SecretFlags {
  port: string;
  host: string;
  forwardTo?: string;
}

const KEY_FIELDS = ['id', 'name', 'language', 'code', 'plusFriendId', 'state'];

/** The event's key fields, e.g. `name=order_shipped language=EN_US state=APPROVED`. */
export function keyFields(event: WebhookEvent): string {
  const body = event as unknown as Record<string, unknown>;
  const payload = (typeof body['payload'] === 'object' && body['payload'] !== null ? body['payload'] : {}) as Record<string, unknown>;
  const fields = KEY_FIELDS.flatMap((k) => (typeof payload[k] === 'string' ? [`${k}=${payload[k] as string}`] : []));
  for (const k of ['newState', 'futureCategory']) {
    const value = body[k];
    if (typeof value === 'string') fields.push(`${k}=${value}`);
  }
  return fields.join(' ');
}

const SIGNATURE_HEADERS = /^(content-type|x-sinch-webhook-signature.*)$/i;

async function forward(url: string, req: IncomingMessage, raw: Buffer): Promise<number> {
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => SIGNATURE_HEADERS.test(k) && typeof v === 'string')) as Record<
    string,
    string
  >;
  const response = await fetch(url, { method: 'POST', headers, body: new Uint8Array(raw), signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer();
  return response.status;
}

export function registerListen(program: Command, ctx: Context): void {
  program
    .command('listen')
    .description('receive webhooks locally: verify each delivery, print the event, optionally forward it; Ctrl-C stops')
    .option('-p, --port <port>', 'port to listen on (0: any free port)', '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--secret <secret>', 'signing secret (prefer --secret-env)')
    .option('--secret-env <name>', 'environment variable holding the signing secret', 'SINCH_WEBHOOK_SECRET')
    .option('--forward-to <url>', 'forward every verified delivery (same body and signature headers) to this URL')
    .action(async (flags: ListenFlags, command: Command) => {
      const { io } = ctx;
      const json = ctx.options(command).json === true;
      const secret = webhookSecret(ctx, flags);
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a port number (got ${flags.port})`);
      if (flags.forwardTo !== undefined && !/^https?:\/\//.test(flags.forwardTo)) throw new CliError('--forward-to must be an http(s) URL');
      const stopped = ctx.untilStopped();

      const handle = async (req: IncomingMessage, res: ServerResponse) => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const raw = Buffer.concat(chunks);
        if (req.method !== 'POST') {
          res.writeHead(405, { allow: 'POST' }).end();
          return;
        }
        let event: WebhookEvent;
        try {
          event = await constructWebhookEvent({ rawBody: raw, headers: req.headers, secret });
        } catch (error) {
          const reason = error instanceof WebhookVerificationError ? error.reason : 'error';
          io.err(io.paint('red', `rejected delivery (${reason}): ${describeError(error)}`));
          res.writeHead(reason === 'invalid_payload' ? 400 : 401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: reason }));
          return;
        }
        // Credential fields of the payload (a sender's bearerToken ...) are not printed; the forwarded body is untouched.
        if (json) io.out(JSON.stringify(redactFields(event)));
        else io.out(`${new Date().toISOString()} ${io.paint('cyan', event.type)} ${keyFields(event)}`.trimEnd());
        let status = 200;
        if (flags.forwardTo) {
          try {
            status = await forward(flags.forwardTo, req, raw);
            io.err(`  forwarded to ${flags.forwardTo}: HTTP ${status}`);
          } catch (error) {
            status = 502;
            io.err(io.paint('red', `  forwarding to ${flags.forwardTo} failed: ${describeError(error)}`));
          }
        }
        res.writeHead(status).end();
      };

      const server = createServer((req, res) => {
        handle(req, res).catch((error: unknown) => {
          io.err(`error: ${describeError(error)}`);
          if (!res.headersSent) res.writeHead(500).end();
        });
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', (error) => reject(new CliError(`cannot listen on ${flags.host}:${port}: ${error.message}`)));
        server.listen(port, flags.host, resolve);
      });
      const address = server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      io.err(`listening on http://${host}:${address.port}/ for signed provisioning webhooks (Ctrl-C stops)`);
      const signal = await stopped;
      io.err(`${signal}: stopping`);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
}
