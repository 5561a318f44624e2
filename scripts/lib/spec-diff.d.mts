export type Bump = 'major' | 'minor' | 'patch';
export type Side = 'request' | 'response';
export interface SpecRule {
  /** The bump whatever the side, or per side. */
  bump?: Bump;
  request?: Bump | ((detail: Record<string, unknown>) => Bump);
  response?: Bump;
  summary: string;
}
export interface SpecChange {
  bump: Bump;
  rule: string;
  /** Where: a component path (`Widget.color`), an operation, or `<operation> <in> parameter <name>`. */
  location: string;
  message: string;
  sides: Side[];
  /** Operations (operationId, or `<EVENT> event`) that send or receive the changed place. */
  operations: string[];
}
export interface SpecDiff {
  title: string | null;
  from: string | null;
  to: string | null;
  bump: Bump | null;
  changes: SpecChange[];
}
export const RULES: Readonly<Record<string, SpecRule>>;
export const BUMP_RANK: Readonly<Record<Bump, number>>;
export function maxBump(a: Bump | null, b: Bump | null): Bump | null;
export function diffSpecs(oldDoc: unknown, newDoc: unknown): SpecDiff;
