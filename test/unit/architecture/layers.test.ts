import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/, highest first (STYLE.md, "Layers (one direction)"). A file may import
 * files of its own layer and of any layer below it, never of a layer above. Folders end in `/`.
 * `logging/` sits with `internal/`: the config reads the log level, the adapters implement the
 * internal Logger. `webhooks/` and `triggers.ts` stand beside the resources and use only the
 * primitives and the generated tables. The generated tables share the bottom layer with the
 * primitives: `generated/rules.ts` names core's `Schema` type, `core/redact.ts` reads
 * `generated/sensitive.ts`.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['src/cli/'],
  ['src/index.ts', 'src/testing/'],
  ['src/facade/client.ts'],
  ['src/facade/resources/', 'src/facade/webhooks/', 'src/facade/triggers.ts'],
  ['src/facade/pipeline/'],
  ['src/facade/internal/', 'src/facade/logging/'],
  ['src/facade/core/', 'src/generated/', 'src/version.ts'],
];

const ROOT = resolve(import.meta.dirname, '../../..');

function layerOf(file: string): number {
  return LAYERS.findIndex((entries) => entries.some((e) => (e.endsWith('/') ? file.startsWith(e) : file === e)));
}

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The repository path a relative specifier of `from` names (`./x.js` is `./x.ts`), or undefined. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  const base = join(dirname(join(ROOT, from)), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
  for (const candidate of candidates) {
    try {
      if (statSync(candidate).isFile()) return relative(ROOT, candidate).split('\\').join('/');
    } catch {
      // next candidate
    }
  }
  return undefined;
}

interface Edge {
  from: string;
  to: string;
}

/** Every import, `export ... from`, `import type` and `import()` between files of src/. */
function importGraph(): { edges: Edge[]; unresolved: string[] } {
  const edges: Edge[] = [];
  const unresolved: string[] = [];
  for (const file of tsFiles('src')) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = resolveSpecifier(file, fileName);
      if (to === undefined) unresolved.push(`${file} -> ${fileName}`);
      else edges.push({ from: file, to });
    }
  }
  return { edges, unresolved };
}

/** The edges that run from a lower layer to a higher one, as readable lines. */
function upwardImports(edges: readonly Edge[]): string[] {
  return edges
    .filter(({ from, to }) => layerOf(to) < layerOf(from))
    .map(({ from, to }) => `${from} (layer ${layerOf(from)}) imports ${to} (layer ${layerOf(to)})`);
}

describe('src/ layers: imports run one direction only', () => {
  const { edges, unresolved } = importGraph();

  it('reads a graph of the whole tree', () => {
    expect(unresolved).toEqual([]);
    // Lower bound: a parse that found nothing would pass every check below.
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: 'src/facade/client.ts', to: 'src/facade/pipeline/raw.ts' });
    expect(edges).toContainEqual({ from: 'src/facade/pipeline/request.ts', to: 'src/generated/rules.ts' });
  });

  it('puts every file of src/ in exactly one layer', () => {
    const outside = tsFiles('src').filter((file) => layerOf(file) === -1);
    expect(outside).toEqual([]);
  });

  it('has no import from a lower layer to a higher one', () => {
    expect(upwardImports(edges)).toEqual([]);
  });

  it('keeps core/ free of everything above it but the generated tables', () => {
    const reach = edges.filter(({ from, to }) => from.startsWith('src/facade/core/') && !to.startsWith('src/facade/core/'));
    expect(reach.map((e) => e.to).filter((to) => !to.startsWith('src/generated/'))).toEqual([]);
  });

  it('lets the CLI use only the public entry points', () => {
    const reach = edges.filter(({ from, to }) => from.startsWith('src/cli/') && !to.startsWith('src/cli/'));
    expect([...new Set(reach.map((e) => e.to))].sort()).toEqual(['src/index.ts', 'src/testing/index.ts']);
  });

  it('reports an upward import when there is one', () => {
    expect(upwardImports([{ from: 'src/facade/core/errors.ts', to: 'src/facade/internal/transport.ts' }])).toEqual([
      'src/facade/core/errors.ts (layer 6) imports src/facade/internal/transport.ts (layer 5)',
    ]);
    expect(upwardImports([{ from: 'src/facade/internal/transport.ts', to: 'src/facade/core/errors.ts' }])).toEqual([]);
  });
});
