#!/usr/bin/env node
// Extracts every ```ts block of README.md into examples/readme/snippet-NN.ts so that the
// typecheck (`npm run typecheck`) compiles the README's examples: a README that drifts from the
// code fails the build. Blocks fenced as ```ts no-check are skipped. The output is not committed.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'examples/readme');

export function extractSnippets(markdown) {
  const blocks = [];
  const fence = /^```ts([^\n]*)\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    if (/no-check/.test(match[1])) continue;
    const line = markdown.slice(0, match.index).split('\n').length;
    blocks.push({ line, code: match[2] });
  }
  return blocks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = await readFile(resolve(root, 'README.md'), 'utf8');
  const blocks = extractSnippets(readme);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const [i, { line, code }] of blocks.entries()) {
    const name = `snippet-${String(i + 1).padStart(2, '0')}.ts`;
    // `export {}` keeps every snippet a module of its own, so names never clash between snippets.
    await writeFile(resolve(outDir, name), `// README.md line ${line}\nexport {};\n${code}`);
  }
  console.log(`readme-snippets: ${blocks.length} TypeScript block(s) of README.md -> examples/readme/`);
}
