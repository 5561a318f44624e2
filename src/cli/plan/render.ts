// The human form of a plan: one line per resource, a field diff under updates, a summary.
import type { Colour, Io } from '../io.js';
import { ACTIONS, type Action, type Change, type Plan } from './types.js';

const SYMBOL: Record<Action, [string, Colour]> = {
  create: ['+', 'green'],
  update: ['~', 'yellow'],
  unchanged: ['=', 'grey'],
  blocked: ['!', 'red'],
  delete: ['-', 'red'],
  unmanaged: ['?', 'magenta'],
};

const show = (value: unknown): string => (value === undefined ? '(none)' : JSON.stringify(value));

export function changeLine(io: Io, change: Change): string {
  const [symbol, colour] = SYMBOL[change.action];
  const extra = change.reason ? `: ${change.reason}` : change.note ? ` (${change.note})` : '';
  return `${io.paint(colour, `${symbol} ${change.action.padEnd(9)}`)} ${change.kind} ${change.key}${extra}`;
}

export function renderPlan(io: Io, plan: Plan): void {
  for (const change of plan.changes) {
    io.out(changeLine(io, change));
    for (const d of change.diff ?? []) io.out(`      ${d.field}: ${show(d.from)} -> ${show(d.to)}`);
  }
  if (plan.changes.length === 0) io.out('The manifest manages nothing (no webhooks, whatsapp.templates or kakaotalk.templates section).');
  const counts = ACTIONS.map((a) => [a, plan.changes.filter((c) => c.action === a).length] as const).filter(([, n]) => n > 0);
  io.out('');
  io.out(`Plan: ${counts.map(([a, n]) => `${n} ${a}`).join(', ') || 'nothing to do'}.`);
  for (const note of plan.notes) io.out(`Note: ${note}`);
}
