// Line numbers for manifest problems: the `yaml` package keeps every node's source range.
import { type Document, LineCounter, isNode } from 'yaml';
import type { NodePath } from './types.js';

/** `file:line:column` of the node at `path`, or of its nearest ancestor that exists. */
export function locator(file: string, doc: Document, lines: LineCounter): (path: NodePath) => string {
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const { line, col } = lines.linePos(node.range[0]);
        return `${file}:${line}:${col}`;
      }
    }
    return file;
  };
}

/** `details.components[0].text` -> ['details', 'components', 0, 'text']. */
export function splitIssuePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      out.push(part);
      continue;
    }
    if (match[1]) out.push(match[1]);
    for (const index of match[2]?.matchAll(/\[(\d+)\]/g) ?? []) out.push(Number(index[1]));
  }
  return out.filter((p) => p !== '');
}

/** ['webhooks', 0, 'target'] -> `webhooks[0].target`. */
export function joinPath(path: NodePath): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

export { LineCounter };
