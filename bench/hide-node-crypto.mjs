// Loaded with --import before the package: hides node:crypto from it, so that
// verifyWebhookSignature takes its Web Crypto path (the one edge runtimes, Deno and Bun run).
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(
      'export async function resolve(s, c, next) { if (s === "node:crypto" || s === "crypto") throw new Error("node:crypto hidden by bench"); return next(s, c); }',
    ),
);
if (typeof process.getBuiltinModule === 'function') {
  const original = process.getBuiltinModule.bind(process);
  process.getBuiltinModule = (id) => (/^(node:)?crypto$/.test(id) ? undefined : original(id));
}
