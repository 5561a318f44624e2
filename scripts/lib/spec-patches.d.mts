export interface PatchOutcome {
  applied: boolean;
  detail: string;
}
export interface PatchResult {
  id: string;
  status: 'applied' | 'skipped';
  detail: string;
  /** Set when the patch threw on an unexpected document shape (then status is 'skipped'). */
  failed?: true;
}
export interface SpecPatch {
  id: string;
  fn: (doc: any) => PatchOutcome;
  reason: string;
  source: string;
}
export function splitCombinedSecurity(doc: any): PatchOutcome;
export function stringTypeWebhookUpdateFields(doc: any): PatchOutcome;
export function enumMapsToLists(doc: any): PatchOutcome;
export function conversationWebhookTriggersMaxItems(doc: any): PatchOutcome;
export function overlappingOneOfToAnyOf(doc: any): PatchOutcome;
export function urlButtonTemplateFormat(doc: any): PatchOutcome;
export function facebookCodeFormat(doc: any): PatchOutcome;
export function listValuedProperties(doc: any): PatchOutcome;
export function liftCallbackBodies(doc: any): PatchOutcome;
export const SENSITIVE_FIELDS: Readonly<Record<string, readonly string[]>>;
export function markSensitiveFields(doc: any): PatchOutcome;
export const PATCHES: readonly SpecPatch[];
/** Applies every patch in order, mutating `doc`. */
export function applyPatches(doc: any): PatchResult[];
