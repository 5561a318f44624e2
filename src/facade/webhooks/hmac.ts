/**
 * HMAC-SHA256 checks for webhook signatures, as fast as the runtime allows. Importing a Web
 * Crypto key costs about as much as the HMAC itself, so imported keys are cached per secret
 * (a bounded cache: a handful of secrets in practice, one or two per endpoint while rotating).
 * Where Node's crypto module is reachable without a static `node:` import (Node 20.16+, Bun,
 * Deno via `process.getBuiltinModule`), its synchronous HMAC is used instead: several times
 * faster, and edge bundles stay free of Node built-ins. Both paths compare in constant time.
 */
import { utf8 } from './encoding.js';

interface Hmac {
  update(data: Uint8Array): Hmac;
  digest(): Uint8Array;
}

interface NodeCrypto {
  createSecretKey(key: Uint8Array): unknown;
  createHmac(algorithm: 'sha256', key: unknown): Hmac;
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
}

/**
 * What is signed: the body bytes, then the ".nonce.timestamp" suffix. Node's HMAC reads the
 * two parts as they are; Web Crypto needs them in one array, made at most once (or handed
 * in ready-made by a caller that built it while reading the body).
 */
export class SignedMessage {
  readonly body: Uint8Array;
  readonly suffix: Uint8Array;
  #joined: Uint8Array<ArrayBuffer> | undefined;

  constructor(body: Uint8Array, suffix: Uint8Array, joined?: Uint8Array<ArrayBuffer>) {
    this.body = body;
    this.suffix = suffix;
    this.#joined = joined;
  }

  get joined(): Uint8Array<ArrayBuffer> {
    if (!this.#joined) {
      const joined = new Uint8Array(this.body.length + this.suffix.length);
      joined.set(this.body);
      joined.set(this.suffix, this.body.length);
      this.#joined = joined;
    }
    return this.#joined;
  }
}

type Verifier = (message: SignedMessage, signature: Uint8Array<ArrayBuffer>) => Promise<boolean> | boolean;

const MAX_CACHED_SECRETS = 32;
const cache = new Map<string, Verifier>();
let nodeCrypto: NodeCrypto | null | undefined;
let useNodeCrypto = true;

/** Node's crypto module where the runtime hands it out without an import, else null. */
function loadNodeCrypto(): NodeCrypto | null {
  if (nodeCrypto !== undefined) return nodeCrypto;
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    // 'crypto', not 'node:crypto': a bundler must not see a Node built-in here.
    const mod = proc?.getBuiltinModule?.('crypto') as Partial<NodeCrypto> | undefined;
    const usable = typeof mod?.createHmac === 'function' && typeof mod.timingSafeEqual === 'function' && typeof mod.createSecretKey === 'function';
    nodeCrypto = usable ? (mod as NodeCrypto) : null;
  } catch {
    nodeCrypto = null;
  }
  return nodeCrypto;
}

function nodeVerifier(node: NodeCrypto, secret: string): Verifier {
  const key = node.createSecretKey(utf8(secret));
  return (message, signature) => {
    const digest = node.createHmac('sha256', key).update(message.body).update(message.suffix).digest();
    // The length of a SHA-256 MAC is public; only equal lengths reach the constant-time compare.
    return digest.length === signature.length && node.timingSafeEqual(digest, signature);
  };
}

function webCryptoVerifier(secret: string): Verifier {
  const key = crypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  // A rejected import is not cached: the next call tries again.
  key.catch(() => cache.delete(secret));
  // crypto.subtle.verify compares in constant time; never compare signatures with ===.
  return async (message, signature) => crypto.subtle.verify('HMAC', await key, signature, message.joined);
}

function verifierFor(secret: string): Verifier {
  let verifier = cache.get(secret);
  if (verifier) {
    // Most recently used last, so the oldest entry is the one evicted.
    cache.delete(secret);
  } else {
    const node = useNodeCrypto ? loadNodeCrypto() : null;
    verifier = node ? nodeVerifier(node, secret) : webCryptoVerifier(secret);
    if (cache.size >= MAX_CACHED_SECRETS) cache.delete(cache.keys().next().value as string);
  }
  cache.set(secret, verifier);
  return verifier;
}

/** True when `signature` is the HMAC-SHA256 of `message` keyed with the UTF-8 `secret`. */
export async function hmacSha256Matches(secret: string, message: SignedMessage, signature: Uint8Array<ArrayBuffer>): Promise<boolean> {
  return verifierFor(secret)(message, signature);
}

/**
 * @internal For tests and benchmarks: `'web'` forces Web Crypto even where Node's crypto is
 * available, `'auto'` restores the default. Clears the key cache.
 */
export function setHmacBackend(backend: 'auto' | 'web'): void {
  useNodeCrypto = backend === 'auto';
  cache.clear();
}

/** @internal The backend the next new secret would use. */
export function hmacBackend(): 'node' | 'web' {
  return useNodeCrypto && loadNodeCrypto() ? 'node' : 'web';
}
