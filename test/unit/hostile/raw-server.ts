import { type AddressInfo, type Server, type Socket, createServer } from 'node:net';

/**
 * A loopback TCP server that reads HTTP requests itself and answers with scripted raw bytes,
 * for the answers an HTTP server library refuses to produce: a bad status line, conflicting
 * Content-Length, oversized headers, a body without a status line, an endless body. Every
 * request it read is logged, so tests assert exactly how many the client sent.
 */

export interface RawSeen {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** How the server answers one request: write to the socket, end or destroy it, or keep it open. */
export type RawFault = (socket: Socket, seen: RawSeen, server: RawServer) => void;

const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const realSetImmediate = globalThis.setImmediate;

export class RawServer {
  readonly seen: RawSeen[] = [];
  readonly #server: Server;
  readonly #script: RawFault[] = [];
  readonly #sockets = new Set<Socket>();
  readonly #timers = new Set<NodeJS.Timeout>();
  #url = '';

  private constructor() {
    this.#server = createServer((socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
      socket.on('error', () => undefined);
      let buffer = Buffer.alloc(0);
      const onData = (chunk: Buffer): void => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          const end = buffer.indexOf('\r\n\r\n');
          if (end === -1) return;
          const head = buffer.subarray(0, end).toString('latin1').split('\r\n');
          const [method = '', path = ''] = (head[0] ?? '').split(' ');
          const headers: Record<string, string> = {};
          for (const line of head.slice(1)) {
            const i = line.indexOf(':');
            if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
          }
          const length = Number(headers['content-length'] ?? 0);
          if (buffer.length < end + 4 + length) return;
          const body = buffer.subarray(end + 4, end + 4 + length).toString('utf8');
          buffer = buffer.subarray(end + 4 + length);
          const seen = { method, path, headers, body };
          this.seen.push(seen);
          const fault = this.#script.shift() ?? rawReply(418, '{"errorCode":"unscripted"}');
          fault(socket, seen, this);
        }
      };
      socket.on('data', onData);
    });
  }

  static async start(): Promise<RawServer> {
    const s = new RawServer();
    await new Promise<void>((resolve) => s.#server.listen(0, '127.0.0.1', resolve));
    s.#url = `http://127.0.0.1:${(s.#server.address() as AddressInfo).port}`;
    return s;
  }

  get url(): string {
    return this.#url;
  }

  script(...faults: RawFault[]): this {
    this.#script.push(...faults);
    return this;
  }

  /** A timer the server clears on close (not one of the SDK's, for the leak check). */
  later(ms: number, fn: () => void): void {
    const t = realSetTimeout(() => {
      this.#timers.delete(t);
      fn();
    }, ms);
    this.#timers.add(t);
  }

  /** Open connections right now (a client that gave up has closed its side). */
  get connections(): number {
    return this.#sockets.size;
  }

  async close(): Promise<void> {
    for (const t of this.#timers) realClearTimeout(t);
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

/** A well-formed answer. */
export function rawReply(status: number, body: string, headers: Record<string, string> = {}): RawFault {
  return (socket) => {
    const all = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers };
    const lines = Object.entries(all).map(([k, v]) => `${k}: ${v}`);
    socket.write(`HTTP/1.1 ${status} X\r\n${lines.join('\r\n')}\r\n\r\n${body}`);
  };
}

/** Exactly these bytes, then the connection is closed. */
export function rawBytes(text: string): RawFault {
  return (socket) => {
    socket.end(text);
  };
}

/**
 * A 200 whose chunked body never ends: a chunk whenever the socket drains, until the client
 * closes the connection. `sent` counts the body bytes written.
 */
export function endlessBody(counter: { sent: number }, chunkBytes = 64 * 1024, status = 200): RawFault {
  return (socket) => {
    socket.write(`HTTP/1.1 ${status} X\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`);
    const chunk = `${chunkBytes.toString(16)}\r\n${'x'.repeat(chunkBytes)}\r\n`;
    const pump = (): void => {
      while (!socket.destroyed && socket.writable) {
        counter.sent += chunkBytes;
        if (!socket.write(chunk)) {
          socket.once('drain', pump);
          return;
        }
      }
    };
    realSetImmediate(pump);
  };
}
