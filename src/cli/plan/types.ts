// A plan: one change per resource, in the order they are printed and applied.
import type {
  KakaoTalkTemplateInput,
  KakaoTalkTemplateUpdate,
  WebhookInput,
  WebhookUpdate,
  WhatsAppTemplateInput,
  WhatsAppTemplateLanguage,
  WhatsAppTemplateUpdate,
} from '../../index.js';

export const ACTIONS = ['create', 'update', 'unchanged', 'blocked', 'delete', 'unmanaged'] as const;
export type Action = (typeof ACTIONS)[number];
export type Kind = 'webhook' | 'whatsapp-template' | 'kakaotalk-template';

/** One field that differs: `from` is the live value, `to` the manifest's. Secrets show as "(new secret)". */
export interface FieldDiff {
  field: string;
  from?: unknown;
  to?: unknown;
}

/** What apply sends for a change (never printed: it may hold a secret). */
export type Step =
  | { op: 'webhook.create'; body: WebhookInput }
  | { op: 'webhook.update'; id: string; patch: WebhookUpdate }
  | { op: 'webhook.delete'; id: string }
  | { op: 'whatsapp.create'; body: WhatsAppTemplateInput }
  | { op: 'whatsapp.update'; name: string; language: WhatsAppTemplateLanguage; patch: WhatsAppTemplateUpdate }
  | { op: 'whatsapp.delete'; name: string; language: WhatsAppTemplateLanguage }
  | { op: 'kakaotalk.create'; sender: string; body: KakaoTalkTemplateInput }
  | { op: 'kakaotalk.update'; sender: string; code: string; patch: KakaoTalkTemplateUpdate }
  | { op: 'kakaotalk.delete'; sender: string; code: string };

export interface Change {
  kind: Kind;
  /** The natural key: webhook target; template name/LANGUAGE; KakaoTalk sender/code (sender/name before it has a code). */
  key: string;
  action: Action;
  diff?: FieldDiff[];
  /** Why a change is blocked, or why a resource is left alone. */
  reason?: string;
  /** Live review status worth knowing (e.g. "awaiting review"). */
  note?: string;
  step?: Step;
}

export interface Plan {
  changes: Change[];
  /** Lines printed under the plan, e.g. that webhook secrets are not compared. */
  notes: string[];
}

/** Changes that apply would make (blocked ones count: the manifest is not reached yet). */
export function pending(plan: Plan): Change[] {
  return plan.changes.filter((c) => c.action === 'create' || c.action === 'update' || c.action === 'delete' || c.action === 'blocked');
}

/** The `--json` shape: `{ changes: [{ kind, key, action, diff?, reason? }], notes }`. */
export function planJson(plan: Plan): { changes: Omit<Change, 'step'>[]; notes: string[] } {
  return {
    changes: plan.changes.map(({ kind, key, action, diff, reason, note }) => ({
      kind,
      key,
      action,
      ...(diff ? { diff } : {}),
      ...(reason ? { reason } : {}),
      ...(note ? { note } : {}),
    })),
    notes: plan.notes,
  };
}
