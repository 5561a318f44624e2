// The planner: manifest entries against live resources, matched by natural key. Nothing here
// sends a request; `apply` carries out the steps.
import type { KakaoTalkTemplate, Webhook, WhatsAppTemplate } from '../../index.js';
import type { KakaoTalkTemplateEntry, Manifest, WebhookEntry, WhatsAppTemplateEntry } from '../manifest/types.js';
import { schemaProperties } from '../spec.js';
import { diffFields, sameSet } from './diff.js';
import type { LiveState } from './live.js';
import type { Change, Plan } from './types.js';

export interface PlanOptions {
  /** Delete live resources of a managed section that the manifest does not list. */
  prune?: boolean;
  /** Send every managed webhook's secret again (secrets cannot be read back, so never compared). */
  rotateSecrets?: boolean;
}

export const SECRET_NOTE = 'Webhook secrets are not compared: the API never returns them. Use --rotate-secrets to send them again.';

export function buildPlan(manifest: Manifest, live: LiveState, options: PlanOptions = {}): Plan {
  const changes: Change[] = [];
  const notes: string[] = [];
  if (manifest.webhooks && live.webhooks) {
    changes.push(...planWebhooks(manifest.webhooks, live.webhooks, options));
    if (manifest.webhooks.length > 0) notes.push(SECRET_NOTE);
  }
  if (manifest.whatsappTemplates && live.whatsappTemplates) changes.push(...planWhatsApp(manifest.whatsappTemplates, live.whatsappTemplates, options));
  if (manifest.kakaotalk && live.kakaotalkTemplates) changes.push(...planKakaoTalk(manifest.kakaotalk.templates, live.kakaotalkTemplates, options));
  return { changes, notes };
}

function planWebhooks(entries: readonly WebhookEntry[], live: readonly Webhook[], options: PlanOptions): Change[] {
  const byTarget = new Map(live.map((w) => [w.target, w]));
  const changes: Change[] = entries.map((entry): Change => {
    const key = entry.target;
    const found = byTarget.get(entry.target);
    byTarget.delete(entry.target);
    const triggers = [...new Set(entry.triggers)].sort();
    if (!found) {
      return { kind: 'webhook', key, action: 'create', step: { op: 'webhook.create', body: { target: entry.target, secret: entry.secret, triggers } } };
    }
    const diff = sameSet(found.triggers, triggers) ? [] : [{ field: 'triggers', from: [...found.triggers].sort(), to: triggers }];
    if (options.rotateSecrets) diff.push({ field: 'secret', from: '(not readable)', to: '(new secret)' } as never);
    if (diff.length === 0) return { kind: 'webhook', key, action: 'unchanged' };
    const patch = { ...(diff.some((d) => d.field === 'triggers') ? { triggers } : {}), ...(options.rotateSecrets ? { secret: entry.secret } : {}) };
    return { kind: 'webhook', key, action: 'update', diff, step: { op: 'webhook.update', id: found.id, patch } };
  });
  for (const rest of byTarget.values()) {
    changes.push(
      options.prune
        ? { kind: 'webhook', key: rest.target, action: 'delete', step: { op: 'webhook.delete', id: rest.id } }
        : { kind: 'webhook', key: rest.target, action: 'unmanaged', reason: 'not in the manifest (apply --prune deletes it)' },
    );
  }
  return changes;
}

const waKey = (name: unknown, language: unknown) => `${String(name)}/${String(language)}`;

function planWhatsApp(entries: readonly WhatsAppTemplateEntry[], live: readonly WhatsAppTemplate[], options: PlanOptions): Change[] {
  const byKey = new Map(live.map((t) => [waKey(t.name, t.language), t]));
  const changes: Change[] = entries.map((entry): Change => {
    const { input } = entry;
    const key = waKey(input.name, input.language);
    const found = byKey.get(key);
    byKey.delete(key);
    const status = input.status ?? 'SUBMIT';
    if (!found) return { kind: 'whatsapp-template', key, action: 'create', step: { op: 'whatsapp.create', body: { ...input, status } } };
    const current = { category: found.category, details: found.changes?.details ?? found.details };
    const diff = diffFields({ category: input.category, details: input.details }, current);
    if (status === 'SUBMIT' && found.changes?.status === 'DRAFT') diff.push({ field: 'status', from: 'DRAFT', to: 'SUBMIT' });
    const underReview = found.state === 'PENDING' || found.changes?.status === 'IN_PROGRESS';
    if (diff.length === 0) {
      const rejected = found.changes ? found.changes.status === 'REJECTED' : found.state === 'REJECTED';
      if (rejected) {
        const code = found.rejectionCode ? ` (${found.rejectionCode})` : '';
        return { kind: 'whatsapp-template', key, action: 'blocked', reason: `Meta rejected this content${code}: change the template in the manifest` };
      }
      return { kind: 'whatsapp-template', key, action: 'unchanged', ...(underReview ? { note: 'submitted, awaiting review' } : {}) };
    }
    if (underReview) {
      return {
        kind: 'whatsapp-template',
        key,
        action: 'blocked',
        diff,
        reason: 'under review by Meta: a template cannot be edited until its review ends (apply --wait, or re-run later)',
      };
    }
    const patch = {
      status,
      category: input.category,
      details: input.details,
      ...(input.allowCategoryChange !== undefined ? { allowCategoryChange: input.allowCategoryChange } : {}),
    };
    return { kind: 'whatsapp-template', key, action: 'update', diff, step: { op: 'whatsapp.update', name: found.name, language: found.language, patch } };
  });
  for (const rest of byKey.values()) {
    const key = waKey(rest.name, rest.language);
    if (rest.isMetaGenerated) changes.push({ kind: 'whatsapp-template', key, action: 'unmanaged', reason: 'generated by Meta: never pruned' });
    else if (options.prune)
      changes.push({ kind: 'whatsapp-template', key, action: 'delete', step: { op: 'whatsapp.delete', name: rest.name, language: rest.language } });
    else
      changes.push({
        kind: 'whatsapp-template',
        key,
        action: 'unmanaged',
        reason: 'not in the manifest (apply --prune deletes it; the name is then blocked for 30 days)',
      });
  }
  return changes;
}

const kakaoName = (t: KakaoTalkTemplate): string | undefined => t.changes?.details?.name ?? t.details?.name;

function planKakaoTalk(entries: readonly KakaoTalkTemplateEntry[], live: ReadonlyMap<string, readonly KakaoTalkTemplate[]>, options: PlanOptions): Change[] {
  const left = new Map([...live].map(([sender, templates]) => [sender, new Set(templates)]));
  const updatable = schemaProperties('KakaotalkInputUpdateTemplateDetailsDto');
  const changes: Change[] = entries.map((entry): Change => {
    const { sender, input } = entry;
    const pool = left.get(sender) ?? new Set<KakaoTalkTemplate>();
    const found = [...pool].find((t) => (entry.code ? t.code === entry.code : kakaoName(t) === input.details.name));
    if (found) pool.delete(found);
    const status = input.status ?? 'SUBMIT';
    const key = `${sender}/${found?.code ?? entry.code ?? input.details.name}`;
    if (!found) {
      if (entry.code)
        return {
          kind: 'kakaotalk-template',
          key,
          action: 'blocked',
          reason: `no template with code ${entry.code} on sender ${sender}: remove the code to create it anew`,
        };
      return { kind: 'kakaotalk-template', key, action: 'create', step: { op: 'kakaotalk.create', sender, body: { ...input, status } } };
    }
    const diff = diffFields({ details: input.details }, { details: found.changes?.details ?? found.details });
    if (status === 'SUBMIT' && found.changes?.status === 'DRAFT') diff.push({ field: 'status', from: 'DRAFT', to: 'SUBMIT' });
    const underReview = found.changes?.status === 'IN_PROGRESS';
    if (diff.length === 0) {
      const rejected = found.changes ? found.changes.status === 'REJECTED' : found.state === 'REJECTED';
      if (rejected)
        return { kind: 'kakaotalk-template', key, action: 'blocked', reason: 'KakaoTalk rejected this content: change the template in the manifest' };
      return { kind: 'kakaotalk-template', key, action: 'unchanged', ...(underReview ? { note: 'submitted, awaiting review' } : {}) };
    }
    if (underReview)
      return {
        kind: 'kakaotalk-template',
        key,
        action: 'blocked',
        diff,
        reason: 'under review by KakaoTalk: a template cannot be edited until its review ends (apply --wait, or re-run later)',
      };
    if (diff.some((d) => d.field === 'details.language')) {
      return {
        kind: 'kakaotalk-template',
        key,
        action: 'blocked',
        diff,
        reason: 'the language of a KakaoTalk template cannot change: add it as a new template (without code) and prune the old one',
      };
    }
    const details = Object.fromEntries(Object.entries(input.details).filter(([k]) => updatable.includes(k)));
    return { kind: 'kakaotalk-template', key, action: 'update', diff, step: { op: 'kakaotalk.update', sender, code: found.code, patch: { status, details } } };
  });
  for (const [sender, rest] of left) {
    for (const t of rest) {
      const key = `${sender}/${t.code}`;
      changes.push(
        options.prune
          ? { kind: 'kakaotalk-template', key, action: 'delete', step: { op: 'kakaotalk.delete', sender, code: t.code } }
          : { kind: 'kakaotalk-template', key, action: 'unmanaged', reason: 'not in the manifest (apply --prune deletes it)' },
      );
    }
  }
  return changes;
}
