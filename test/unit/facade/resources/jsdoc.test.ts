// Every public method of the resource classes has JSDoc, so that an editor shows what the call
// does (the first overload of a group carries it). Read with the TypeScript compiler API.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../../../src/facade/resources/', import.meta.url));

async function publicMethods(): Promise<{ name: string; documented: boolean }[]> {
  const files = (await readdir(DIR, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  const out: { name: string; documented: boolean }[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, await readFile(join(DIR, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    for (const node of source.statements) {
      if (!ts.isClassDeclaration(node) || !node.name) continue;
      const seen = new Set<string>();
      for (const member of node.members) {
        if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
        const name = member.name.text;
        const hidden = name.startsWith('_') || ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected);
        if (hidden || seen.has(name)) continue;
        seen.add(name);
        out.push({ name: `${relative(DIR, join(DIR, file))} ${node.name.text}.${name}`, documented: ts.getJSDocCommentsAndTags(member).length > 0 });
      }
    }
  }
  return out;
}

it('documents every public resource method', async () => {
  const methods = await publicMethods();
  expect(methods.length).toBeGreaterThan(90);
  expect(methods.filter((m) => !m.documented).map((m) => m.name)).toEqual([]);
});
