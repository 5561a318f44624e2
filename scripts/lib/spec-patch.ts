// What a spec patch is (scripts/lib/spec-patches.ts and spec-patches-drafts.ts): a function that
// mutates the parsed document and says whether it changed anything, with its reason and source.
import type { Json } from './openapi-doc.js';

export interface PatchOutcome {
  applied: boolean;
  detail: string;
}

export interface SpecPatch {
  id: string;
  fn: (doc: Json) => PatchOutcome;
  reason: string;
  source: string;
}

export interface PatchResult {
  id: string;
  status: 'applied' | 'skipped';
  detail: string;
  /** Set when the patch threw on an unexpected document shape (then status is 'skipped'). */
  failed?: true;
}

export const applied = (detail: string): PatchOutcome => ({ applied: true, detail });
/** The defect is not there (fixed upstream, or never in this document): nothing to do. */
export const notNeeded = (detail: string): PatchOutcome => ({ applied: false, detail });
