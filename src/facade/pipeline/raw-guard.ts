import type { Client } from 'openapi-fetch';
import { ValidationError, type ValidationIssue } from '../core/errors.js';
import { dotSegmentIssues } from '../core/dot-segment.js';
import { firstHeaderProblem } from '../internal/header-check.js';

const VERBS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

interface RawInit {
  params?: { path?: Record<string, unknown>; header?: Record<string, unknown> };
  headers?: unknown;
}

/** Headers given as a record or as pairs; a Headers object has been checked by its own constructor. */
function headerRecord(headers: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(headers)) return Object.fromEntries(headers.filter((h): h is [string, unknown] => Array.isArray(h) && typeof h[0] === 'string'));
  if (headers !== null && typeof headers === 'object' && !(typeof Headers !== 'undefined' && headers instanceof Headers)) {
    return headers as Record<string, unknown>;
  }
  return undefined;
}

function issuesOf(init: RawInit | undefined): ValidationIssue[] {
  const issues = dotSegmentIssues(init?.params?.path);
  for (const [where, record] of [
    ['headers', headerRecord(init?.headers)],
    ['params.header', init?.params?.header],
  ] as const) {
    const bad = firstHeaderProblem(record);
    if (bad) issues.push({ path: `${where}.${bad[0]}`, rule: 'header', message: bad[1] });
  }
  return issues;
}

/**
 * Checks `client.raw` calls the way the facade checks its own before openapi-fetch builds the
 * Request: a dot-segment path parameter (the URL parser would resolve it to another route)
 * and a header value fetch would refuse (its TypeError quotes the value) are a
 * ValidationError, and nothing is sent.
 */
// biome-ignore lint/suspicious/noExplicitAny: any openapi-fetch client, whatever its paths
export function guardRaw<C extends Client<any, any>>(raw: C): C {
  const methods = raw as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const verb of VERBS) {
    const call = methods[verb];
    if (typeof call !== 'function') continue;
    methods[verb] = (url: unknown, init?: unknown) => {
      const issues = issuesOf(init as RawInit | undefined);
      return issues.length > 0 ? Promise.reject(new ValidationError(issues, `${verb} ${String(url)} request`)) : call(url, init);
    };
  }
  const request = methods['request'];
  if (typeof request === 'function') {
    methods['request'] = (method: unknown, url: unknown, init?: unknown) => {
      const issues = issuesOf(init as RawInit | undefined);
      const verb = String(method).toUpperCase();
      return issues.length > 0 ? Promise.reject(new ValidationError(issues, `${verb} ${String(url)} request`)) : request(method, url, init);
    };
  }
  return raw;
}
