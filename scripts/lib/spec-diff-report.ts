import type { Bump, SpecChange, SpecDiff } from './spec-diff.js';
// Words for a spec diff (scripts/lib/spec-diff.ts): the report spec-diff prints and the
// changeset spec-update writes.

const HEADINGS: Record<Bump, string> = { major: 'Breaking changes', minor: 'Additions', patch: 'Documentation' };
const MAX_OPERATIONS = 4;
/** The changeset lists at most this many patch-level lines; the report lists all. */
export const MAX_DOC_LINES = 20;

/** The message, plus the operations it affects when the message does not already name them. */
export function describeChange(change: SpecChange): string {
  const others = change.operations.filter((op) => !change.message.includes(op));
  if (others.length === 0) return change.message;
  const shown = others.slice(0, MAX_OPERATIONS).map((op) => `\`${op}\``);
  const more = others.length > MAX_OPERATIONS ? ` and ${others.length - MAX_OPERATIONS} more` : '';
  return `${change.message} Affects ${shown.join(', ')}${more}.`;
}

function sections(diff: SpecDiff, { maxDocLines = Infinity } = {}): { bump: Bump; heading: string; lines: string[] }[] {
  const out: { bump: Bump; heading: string; lines: string[] }[] = [];
  for (const bump of ['major', 'minor', 'patch'] as const) {
    const changes = diff.changes.filter((c) => c.bump === bump);
    if (changes.length === 0) continue;
    const cap = bump === 'patch' ? maxDocLines : Infinity;
    const lines = changes.slice(0, cap).map((c) => `- ${describeChange(c)}`);
    if (changes.length > cap) lines.push(`- ... and ${changes.length - cap} more documentation changes.`);
    out.push({ bump, heading: HEADINGS[bump], lines });
  }
  return out;
}

const versions = (diff: SpecDiff): string => `${diff.from ?? '(no version)'} -> ${diff.to ?? '(no version)'}`;

/** The human report of `spec-diff`. */
export function formatReport(diff: SpecDiff): string {
  const title = diff.title ? `${diff.title} ` : '';
  if (diff.changes.length === 0) return `spec-diff: ${title}${versions(diff)}: no changes`;
  const count = `${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}`;
  const lines = [`spec-diff: ${title}${versions(diff)}: ${count}, release bump: ${diff.bump}`];
  for (const { bump, heading, lines: items } of sections(diff)) {
    lines.push('', `${heading} (${bump}):`);
    const rules = diff.changes.filter((c) => c.bump === bump).map((c) => c.rule);
    items.forEach((item, i) => lines.push(`  ${item} [${rules[i]}]`));
  }
  return lines.join('\n');
}

/** A changeset (.changeset/*.md) for the package, or null when nothing changed. */
export function changesetText(
  diff: SpecDiff,
  { packageName, specPath = 'openapi/provisioning.yaml' }: { packageName: string; specPath?: string },
): string | null {
  if (!diff.bump) return null;
  const api = diff.title ? `the ${diff.title} description` : 'the API description';
  const parts = [
    `---\n${JSON.stringify(packageName)}: ${diff.bump}\n---`,
    `Spec update: ${api} ${diff.from ?? '(no version)'} → ${diff.to ?? '(no version)'} (\`${specPath}\` and the types generated from it).`,
  ];
  for (const { heading, lines } of sections(diff, { maxDocLines: MAX_DOC_LINES })) parts.push(`${heading}:\n\n${lines.join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}
