// Gets the raw text of a spec from a URL (global fetch, with a timeout) or a local file.
// Every failure is a SpecSourceError whose message says what went wrong and where.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export class SpecSourceError extends Error {
  override name = 'SpecSourceError';
}

const isHttpUrl = (s: string): boolean => /^https?:\/\//i.test(s);

export interface SpecSource {
  text: string;
  /** The URL or path, for messages. */
  label: string;
}

/** Resolves to { text, label } for an http(s) URL, a file: URL or a file path. */
export async function readSpecSource(from: string, { timeoutMs = 30_000 } = {}): Promise<SpecSource> {
  if (isHttpUrl(from)) return download(from, timeoutMs);
  const path = from.startsWith('file:') ? fileURLToPath(from) : from;
  try {
    return { text: await readFile(path, 'utf8'), label: path };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new SpecSourceError(`cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
}

async function download(url: string, timeoutMs: number): Promise<SpecSource> {
  // One signal covers connecting, the headers and the body: a server that stalls mid-body times out too.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await fetch(url, {
      signal,
      headers: { accept: 'application/yaml, application/x-yaml, text/yaml, application/json;q=0.9, */*;q=0.5' },
    });
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw new SpecSourceError(`download failed: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} from ${url}`);
    }
    return { text: await res.text(), label: url };
  } catch (err) {
    if (err instanceof SpecSourceError) throw err;
    if (signal.aborted) throw new SpecSourceError(`download timed out after ${timeoutMs} ms: ${url} (raise it with --timeout <ms>)`);
    // fetch wraps the real reason (ECONNREFUSED, ENOTFOUND, ...) in err.cause
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const cause = e.cause?.code ?? e.cause?.message ?? e.message;
    throw new SpecSourceError(`download failed: ${cause} for ${url}`);
  }
}
