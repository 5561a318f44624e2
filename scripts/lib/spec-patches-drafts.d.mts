import type { PatchOutcome, SpecPatch } from './spec-patches.mjs';
export function draftOptionalFields(doc: any): PatchOutcome;
export function bundleNumberVerifiedOptional(doc: any): PatchOutcome;
export const DRAFT_PATCHES: readonly SpecPatch[];
