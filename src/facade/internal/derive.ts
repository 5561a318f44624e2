import { ConfigurationError } from '../core/errors.js';
import { isDotSegment } from '../core/dot-segment.js';
import { firstHeaderProblem } from './header-check.js';
import { type Hooks, checkHooks, joinHooks } from './hooks.js';

/** What `client.withOptions()` may change; everything else (credentials, token cache, fetch, logger) is shared. */
export interface ClientOverrides {
  /** Project of the calls made through the new client. */
  projectId?: string;
  /** Milliseconds per attempt. */
  timeout?: number;
  maxRetries?: number;
  /** Headers added to every request, over the client's default headers (same name: this value). */
  headers?: Record<string, string>;
  /** Hooks that run after the parent client's hooks. */
  hooks?: Hooks;
}

/** The per-client part of the request context, as a derived client sees it. */
export interface ClientDefaults {
  projectId: string;
  defaultHeaders: Record<string, string>;
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  hooks?: readonly Hooks[] | undefined;
}

const KEYS: ReadonlySet<string> = new Set(['projectId', 'timeout', 'maxRetries', 'headers', 'hooks']);

function fail(option: string, message: string): never {
  throw new ConfigurationError(`Invalid ${option} in withOptions(): ${message}`, { option });
}

/** The defaults of a client derived from `parent` with `overrides`, checked as `new Provisioning()` checks its options. */
export function derive(parent: ClientDefaults, overrides: ClientOverrides): ClientDefaults {
  if (overrides === null || typeof overrides !== 'object') fail('options', 'expected an object');
  for (const key of Object.keys(overrides)) {
    if (!KEYS.has(key)) fail(key, `unknown option (withOptions() takes ${[...KEYS].join(', ')})`);
  }
  const { projectId, timeout, maxRetries, headers, hooks } = overrides;
  if (projectId !== undefined && (typeof projectId !== 'string' || projectId.trim() === '')) fail('projectId', 'expected a non-empty string');
  if (projectId !== undefined && isDotSegment(projectId)) fail('projectId', "'.' and '..' (in any encoding) would address another route");
  if (timeout !== undefined && !(typeof timeout === 'number' && Number.isFinite(timeout) && timeout > 0)) {
    fail('timeout', 'expected a positive number of milliseconds');
  }
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0)) fail('maxRetries', 'expected an integer >= 0');
  if (headers !== undefined) {
    if (headers === null || typeof headers !== 'object' || Object.values(headers).some((v) => typeof v !== 'string')) {
      fail('headers', 'expected a record of strings');
    }
    const bad = firstHeaderProblem(headers);
    // The header is named, never its value (it may be a credential).
    if (bad) fail('headers', `header ${JSON.stringify(bad[0]).slice(0, 80)} ${bad[1]}`);
  }
  checkHooks(hooks, 'hooks in withOptions()');
  return {
    projectId: projectId ?? parent.projectId,
    defaultHeaders: headers ? mergeHeaders(parent.defaultHeaders, headers) : parent.defaultHeaders,
    timeout: timeout ?? parent.timeout,
    maxRetries: maxRetries ?? parent.maxRetries,
    hooks: hooks ? joinHooks(parent.hooks, [hooks]) : parent.hooks,
  };
}

/** `over` on top of `base`, header names compared case-insensitively. */
function mergeHeaders(base: Record<string, string>, over: Record<string, string>): Record<string, string> {
  const lower = new Set(Object.keys(over).map((k) => k.toLowerCase()));
  const merged: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (!lower.has(k.toLowerCase())) merged[k] = v;
  return { ...merged, ...over };
}
