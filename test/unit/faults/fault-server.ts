import { type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 whose answers the tests script request by request, for the
 * failures a fake fetch cannot produce: resets before and after the status line, stalls,
 * truncated or huge bodies. The API and the OAuth2 token endpoint (`/oauth2/token`) have
 * separate scripts and separate request logs, so a test can assert exact counts for each.
 */

/** A request as the server saw it. */
export interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FaultContext {
  req: IncomingMessage;
  res: ServerResponse;
  body: string;
  server: FaultServer;
}

/** How the server answers one request. */
export type Fault = (ctx: FaultContext) => void;

export const TOKEN_PATH = '/oauth2/token';

/**
 * The timer functions as they were when this module loaded: the leak check wraps the global
 * ones to find the SDK's timers, and the server's own scripted delays must not count.
 */
const serverSetTimeout = globalThis.setTimeout;
const serverClearTimeout = globalThis.clearTimeout;

export class FaultServer {
  /** API requests, in arrival order. */
  readonly api: Seen[] = [];
  /** Token endpoint requests, in arrival order. */
  readonly token: Seen[] = [];
  readonly #server: Server;
  readonly #scripts: { api: Fault[]; token: Fault[] } = { api: [], token: [] };
  readonly #timers = new Set<NodeJS.Timeout>();
  /** Requests not yet answered whose connection is still open: a client is still waiting on each. */
  readonly #waiting = new Set<IncomingMessage>();
  #url = '';

  private constructor() {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      this.#waiting.add(req);
      const done = (): void => void this.#waiting.delete(req);
      res.on('finish', done);
      res.on('close', done);
      req.socket.on('close', done);
      req.on('end', () => {
        const path = req.url ?? '';
        const seen: Seen = { method: req.method ?? '', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
        const which = path === TOKEN_PATH ? 'token' : 'api';
        this[which].push(seen);
        const fault = this.#scripts[which].shift() ?? unscripted;
        fault({ req, res, body: seen.body, server: this });
      });
    });
  }

  static async start(): Promise<FaultServer> {
    const s = new FaultServer();
    await new Promise<void>((resolve) => s.#server.listen(0, '127.0.0.1', resolve));
    s.#url = `http://127.0.0.1:${(s.#server.address() as AddressInfo).port}`;
    return s;
  }

  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  get url(): string {
    return this.#url;
  }

  get authUrl(): string {
    return `${this.#url}${TOKEN_PATH}`;
  }

  /** Queues answers for the next API requests, one per request. */
  scriptApi(...faults: Fault[]): this {
    this.#scripts.api.push(...faults);
    return this;
  }

  /** Queues answers for the next token requests, one per request. */
  scriptToken(...faults: Fault[]): this {
    this.#scripts.token.push(...faults);
    return this;
  }

  /** Answers still queued (a test that expects every scripted answer to be used asserts 0). */
  get pending(): { api: number; token: number } {
    return { api: this.#scripts.api.length, token: this.#scripts.token.length };
  }

  /** A timer that close() clears, so a scripted delay never outlives the test. */
  later(ms: number, fn: () => void): void {
    const timer = serverSetTimeout(() => {
      this.#timers.delete(timer);
      fn();
    }, ms);
    this.#timers.add(timer);
  }

  /**
   * How many requests a client still waits on: received, not answered, connection open. Run
   * before close(), which would end them and hide a client that never gave up.
   */
  get waiting(): number {
    return this.#waiting.size;
  }

  /** Clears scripted timers, drops every open connection (stalled ones too) and stops listening. */
  async close(): Promise<void> {
    for (const t of this.#timers) serverClearTimeout(t);
    this.#timers.clear();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

const unscripted: Fault = ({ res, req }) => {
  res.writeHead(418, { 'content-type': 'application/json' }).end(JSON.stringify({ errorCode: 'unscripted', message: `${req.method} ${req.url}` }));
};

/** A JSON answer. */
export function reply(status: number, body?: unknown, headers: Record<string, string> = {}): Fault {
  return ({ res }) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers }).end(text);
  };
}

/** The Provisioning API error body. */
export function papi(status: number, errorCode: string, headers: Record<string, string> = {}): Fault {
  return reply(status, { errorCode, message: `scripted ${status}`, resolution: 'Try again.' }, headers);
}

/** Any body with any content type, sent as is. */
export function raw(status: number, body: string | Buffer, contentType: string, headers: Record<string, string> = {}): Fault {
  return ({ res }) => {
    res.writeHead(status, { 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)), ...headers }).end(body);
  };
}

/**
 * Drops the connection after reading the request, before any status line:
 * `rst` sends a TCP reset (ECONNRESET), `fin` closes it (undici: "other side closed").
 */
export function dropBeforeStatus(how: 'rst' | 'fin'): Fault {
  return ({ req }) => {
    if (how === 'rst') req.socket.resetAndDestroy();
    else req.socket.destroy();
  };
}

/**
 * Sends the status line, headers and part of the body, then resets the connection once
 * `gate` resolves (the test resolves it when its fetch has seen the headers, so the reset
 * can never overtake them).
 */
export function resetAfterStatus(gate: Promise<void>, status = 200): Fault {
  return ({ req, res }) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': '1000' });
    res.write('{"id":"w1","target":"https://exa');
    void gate.then(() => req.socket.resetAndDestroy());
  };
}

/** Never answers: the client's timeout has to fire. close() drops the connection. */
export const hang: Fault = () => undefined;

/** Sends the status line, headers and part of the body, then nothing more. */
export function stallBody(status = 200): Fault {
  return ({ res }) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': '1000' });
    res.write('{"id":"w1",');
  };
}

/** Answers with `fault` after `ms` milliseconds. */
export function after(ms: number, fault: Fault): Fault {
  return (ctx) => ctx.server.later(ms, () => fault(ctx));
}

/** A successful OAuth2 client-credentials answer. */
export function tokenReply(accessToken: string, expiresIn: number | undefined = 3600): Fault {
  return reply(200, { access_token: accessToken, token_type: 'bearer', ...(expiresIn !== undefined && { expires_in: expiresIn }) });
}
