import type { ValidationIssue } from './errors.js';

/**
 * True for `.` and `..` in any spelling the URL parser or a server may decode to one:
 * `%2e`, `%2E`, `.%2e`, `%252e` (encoded twice) ... `encodeURIComponent` leaves dots alone,
 * and a dot segment in a path is resolved away, so `senders/..` would address the account.
 */
export function isDotSegment(value: string): boolean {
  const decoded = value.replace(/%(?:25)*2e/gi, '.');
  return decoded === '.' || decoded === '..';
}

/** An issue for every path parameter that is a dot segment. */
export function dotSegmentIssues(params: Record<string, unknown> | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string' && isDotSegment(value)) {
      issues.push({ path: name, rule: 'dotSegment', message: "must not be '.' or '..' (in any encoding): it would address another route" });
    }
  }
  return issues;
}
