import type { SpecChange, SpecDiff } from './spec-diff.mjs';
export const MAX_DOC_LINES: number;
export function describeChange(change: SpecChange): string;
export function formatReport(diff: SpecDiff): string;
export function changesetText(diff: SpecDiff, options: { packageName: string; specPath?: string }): string | null;
