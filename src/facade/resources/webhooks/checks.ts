import type { ValidationIssue } from '../../core/errors.js';
import { allExclusiveIssues } from '../../triggers.js';

/**
 * The body with its triggers de-duplicated and sorted, plus the one trigger rule the spec cannot
 * state (`ALL` stands alone). Every other rule (URL, lengths, known triggers ...) comes from the
 * spec and is checked with it before sending, so one ValidationError lists every problem.
 */
export function withTriggers<T extends { triggers?: readonly string[] }>(body: T): { body: T; checks: ValidationIssue[] } {
  const triggers: unknown = body?.triggers;
  if (!Array.isArray(triggers)) return { body, checks: [] };
  const unique = [...new Set(triggers)].sort();
  return { body: { ...body, triggers: unique }, checks: allExclusiveIssues(unique) };
}
