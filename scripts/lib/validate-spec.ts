// Validates an OpenAPI 3.x description with Redocly's real validator (@redocly/openapi-core).
//
// Ruleset: Redocly's `minimal` preset. Fatal (returned in `errors`) are only problems that break
// the tools that consume the spec:
//   struct                          the document does not have OpenAPI's structure: a required field
//                                   missing, a value of the wrong type (e.g. an enum that is a map)
//   no-unresolved-refs              a $ref that points nowhere (external files are refused too: the
//                                   spec must be one self-contained file for Prism and the codegen)
//   no-server-variables-empty-enum  a server variable whose enum is empty (no valid URL exists)
// Everything else is a warning, including two cases Redocly reports as errors:
//   struct "Property `x` is not expected here": an unknown field (e.g. `nullable` in 3.1). JSON Schema
//                                   allows unknown keywords, and Prism and openapi-typescript ignore them.
//   no-server-trailing-slash        style; the SDK joins URLs itself.
import type { NormalizedProblem } from '@redocly/openapi-core';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BaseResolver, ResolveError, Source, createConfig, lintDocument } from '@redocly/openapi-core';
import { whyNotOpenApi3 } from './openapi-doc.js';
import { parseSpecText } from './spec-yaml.js';

export interface SpecProblem {
  /** Redocly rule id (`struct`, `no-unresolved-refs`, ...), or `yaml` / `openapi-version`. */
  rule: string;
  message: string;
  /** JSON pointer into the document, e.g. `#/components/schemas/X/enum`. */
  pointer: string;
}

type Problem = NormalizedProblem;

export const FATAL_RULES: readonly string[] = ['struct', 'no-unresolved-refs', 'no-server-variables-empty-enum'];

const RAW_CONFIG = {
  extends: ['minimal'],
  rules: {
    struct: 'error',
    'no-unresolved-refs': 'error',
    'no-server-variables-empty-enum': 'error',
    'no-server-trailing-slash': 'warn',
  },
};

let configPromise: ReturnType<typeof createConfig> | undefined;
const styleguide = () => (configPromise ??= createConfig(RAW_CONFIG as Parameters<typeof createConfig>[0])).then((c) => c.styleguide);

// Refuses every external $ref (file or URL) instead of reading the disk or the network.
class SelfContainedResolver extends BaseResolver {
  override async loadExternalRef(absoluteRef: string): Promise<never> {
    throw new ResolveError(new Error(`external reference ${absoluteRef}: the spec must be one self-contained file`));
  }
}

const isUnknownField = (p: Problem): boolean => p.ruleId === 'struct' && /is not expected here/.test(p.message);

const toProblem = (p: Problem): SpecProblem => ({ rule: p.ruleId, message: p.message, pointer: p.location?.[0]?.pointer ?? '#' });

/**
 * Validates a parsed spec object, or the YAML/JSON file at a path.
 * Resolves to `{ errors, warnings }`, each a list of `{ rule, message, pointer }`; the spec is
 * usable when `errors` is empty. Never throws for a bad spec; throws only when the file cannot be read.
 */
export async function validateSpec(docOrPath: unknown): Promise<{ errors: SpecProblem[]; warnings: SpecProblem[] }> {
  let doc = docOrPath;
  let ref = resolve('openapi.json'); // only names the document in Redocly's messages
  if (typeof docOrPath === 'string') {
    ref = resolve(docOrPath);
    const text = await readFile(ref, 'utf8'); // an unreadable file is the caller's problem: throw
    try {
      doc = parseSpecText(text);
    } catch (err) {
      return { errors: [{ rule: 'yaml', message: firstLine((err as Error).message), pointer: '#' }], warnings: [] };
    }
  }
  const notOpenApi = whyNotOpenApi3(doc);
  if (notOpenApi) return { errors: [{ rule: 'openapi-version', message: notOpenApi, pointer: '#' }], warnings: [] };

  const document = { source: new Source(ref, JSON.stringify(doc)), parsed: doc };
  const problems = await lintDocument({
    document,
    config: await styleguide(),
    externalRefResolver: new SelfContainedResolver(),
  });
  const errors: SpecProblem[] = [];
  const warnings: SpecProblem[] = [];
  for (const p of problems) {
    (p.severity === 'error' && !isUnknownField(p) ? errors : warnings).push(toProblem(p));
  }
  return { errors, warnings };
}

/** One line per problem: "rule: message (at #/pointer)". */
export const formatProblem = (p: SpecProblem): string => `${p.rule}: ${p.message} (at ${p.pointer})`;

const firstLine = (s: unknown): string => (String(s).split('\n')[0] ?? '').replace(/:$/, '');
