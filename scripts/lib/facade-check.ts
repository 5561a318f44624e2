// Would the hand-written facade still compile against types generated from a new spec? Answered
// before anything is written: the TypeScript compiler runs on src/ with the freshly generated files
// laid over src/generated/ in memory, so the files on disk are never touched. Also names the facade
// methods whose operation a new spec no longer has, which is the usual reason it would not compile.
import type { Json } from './openapi-doc.js';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/**
 * Every `static readonly operations = { method: 'operationId', ... }` map under src/facade/resources,
 * as [{ operationId, method, owner, file }] (owner: the class, file: relative to root).
 */
export interface FacadeOperation {
  operationId: string;
  method: string;
  owner: string;
  file: string;
}

export interface FacadeTypeError {
  file: string;
  line: number;
  message: string;
}

export async function facadeOperations(root: string): Promise<FacadeOperation[]> {
  const dir = join(root, 'src/facade/resources');
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  const found: FacadeOperation[] = [];
  for (const name of files) {
    const file = join(dir, name);
    const text = await readFile(file, 'utf8');
    for (const m of text.matchAll(/class\s+(\w+)[^{]*\{\s*static\s+readonly\s+operations\s*=\s*\{([^}]*)\}/g)) {
      for (const entry of (m[2] ?? '').matchAll(/(\w+)\s*:\s*'([^']+)'/g)) {
        found.push({ operationId: entry[2]!, method: entry[1]!, owner: m[1]!, file: relative(root, file).split(sep).join('/') });
      }
    }
  }
  return found;
}

/** The facade methods whose operationId the document does not have under `paths`. */
export async function missingOperations(doc: Json, root: string): Promise<FacadeOperation[]> {
  const ids = new Set<string>();
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item ?? {})) if (op && typeof op === 'object' && op.operationId) ids.add(op.operationId);
  }
  return (await facadeOperations(root)).filter((o) => !ids.has(o.operationId));
}

/**
 * Type-checks src/ (the facade and the public entry points) with `generated` ({ 'schema.ts': text,
 * ... }) in place of the files in src/generated/. Resolves to the errors, each { file, line, message }
 * with file relative to root; an empty list means the facade compiles.
 */
export async function typecheckFacade(root: string, generated: Record<string, string>): Promise<FacadeTypeError[]> {
  const { default: ts } = await import('typescript');
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  // The config's path anchors type roots (node_modules/@types) to the project, whatever the cwd.
  const parsed = ts.parseJsonConfigFileContent({ ...config.config, include: ['src'] }, ts.sys, root, undefined, configPath);
  const overlay = new Map(Object.entries(generated).map(([name, text]) => [resolve(root, 'src/generated', name), text]));
  const host = ts.createCompilerHost(parsed.options);
  const { fileExists, readFile: read, getSourceFile } = host;
  host.getCurrentDirectory = () => root;
  host.fileExists = (f) => overlay.has(resolve(f)) || fileExists.call(host, f);
  host.readFile = (f) => overlay.get(resolve(f)) ?? read.call(host, f);
  host.getSourceFile = (f, languageVersion, onError, shouldCreate) => {
    const text = overlay.get(resolve(f));
    return text === undefined ? getSourceFile.call(host, f, languageVersion, onError, shouldCreate) : ts.createSourceFile(f, text, languageVersion, true);
  };
  const rootNames = [...new Set([...parsed.fileNames, ...overlay.keys()])];
  const program = ts.createProgram({ rootNames, options: parsed.options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (!d.file) return { file: '(config)', line: 0, message };
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    return { file: relative(root, d.file.fileName).split(sep).join('/'), line: line + 1, message };
  });
}
