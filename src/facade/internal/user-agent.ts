import { VERSION } from '../../version.js';

type Globals = {
  Bun?: { version?: unknown };
  Deno?: { version?: { deno?: unknown } };
  process?: { versions?: { node?: unknown } };
  navigator?: { userAgent?: unknown };
};

/**
 * The runtime for the User-Agent: `node/20.20.2`, `bun/1.4.5`, `deno/2.9.6`, or what
 * `navigator.userAgent` says elsewhere (e.g. `Cloudflare-Workers`). Bun and Deno also define
 * `process`, so they are asked first.
 */
export function runtimeName(g: Globals = globalThis as Globals): string {
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const bun = text(g.Bun?.version);
  if (bun) return `bun/${bun}`;
  const deno = text(g.Deno?.version?.deno);
  if (deno) return `deno/${deno}`;
  const node = text(g.process?.versions?.node);
  if (node) return `node/${node}`;
  return text(g.navigator?.userAgent) ?? 'unknown-runtime';
}

/** `sinch-provisioning/<version> <runtime>`, sent with every request that sets no User-Agent of its own. */
export function defaultUserAgent(g?: Globals): string {
  return `sinch-provisioning/${VERSION} ${runtimeName(g)}`;
}
