export interface SpecProblem {
  /** Redocly rule id (`struct`, `no-unresolved-refs`, ...), or `yaml` / `openapi-version`. */
  rule: string;
  message: string;
  /** JSON pointer into the document, e.g. `#/components/schemas/X/enum`. */
  pointer: string;
}
/** Rules whose findings are fatal (see the header of validate-spec.mjs). */
export const FATAL_RULES: readonly string[];
/** Validates a parsed spec object or the file at a path; the spec is usable when `errors` is empty. */
export function validateSpec(docOrPath: unknown): Promise<{ errors: SpecProblem[]; warnings: SpecProblem[] }>;
/** One line per problem: "rule: message (at #/pointer)". */
export function formatProblem(p: SpecProblem): string;
