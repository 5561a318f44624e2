#!/usr/bin/env -S npx tsx
// Extracts every ```ts block of README.md and docs/*.md into examples/readme/<file>-NN.ts so
// that the typecheck (`npm run typecheck`) compiles the documentation's examples: docs that drift
// from the code fail the build. Blocks fenced as ```ts no-check are skipped. Not committed.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCli, runScript } from './lib/cli.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'examples/readme');

const HELP = `usage: tsx scripts/readme-snippets.ts [--help]

Replaces examples/readme/ with one file per \`\`\`ts block of README.md and docs/*.md (blocks
fenced \`\`\`ts no-check are skipped), so that \`npm run typecheck\` compiles every documented
example. With --help nothing is written.`;

export interface Snippet {
  /** Line of the opening fence in the Markdown file. */
  line: number;
  code: string;
}

export function extractSnippets(markdown: string): Snippet[] {
  const blocks: Snippet[] = [];
  const fence = /^```ts([^\n]*)\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    if (/no-check/.test(match[1] ?? '')) continue;
    const line = markdown.slice(0, match.index).split('\n').length;
    blocks.push({ line, code: match[2] ?? '' });
  }
  return blocks;
}

async function main(argv: string[]): Promise<number> {
  if (parseCli(argv, {}).help) {
    console.log(HELP);
    return 0;
  }
  const docs = (await readdir(resolve(root, 'docs')))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  let count = 0;
  for (const file of ['README.md', ...docs]) {
    const blocks = extractSnippets(await readFile(resolve(root, file), 'utf8'));
    const stem = file
      .replace(/^docs\//, '')
      .replace(/\.md$/, '')
      .toLowerCase();
    for (const [i, { line, code }] of blocks.entries()) {
      const name = `${stem}-${String(i + 1).padStart(2, '0')}.ts`;
      // `export {}` keeps every snippet a module of its own, so names never clash between snippets.
      await writeFile(resolve(outDir, name), `// ${file} line ${line}\nexport {};\n${code}`);
    }
    count += blocks.length;
  }
  console.log(`readme-snippets: ${count} TypeScript block(s) of README.md and docs/*.md -> examples/readme/`);
  return 0;
}

runScript(import.meta.url, 'readme-snippets', main);
