// The official description has no top-level `webhooks:` and no named event schemas: each event
// body is declared inline under the `callbacks:` of the operation whose resource it reports on
// (BUNDLE_DONE on create bundle, the WhatsApp sender events on create/update sender, ...). The SDK
// types its webhook events from the generated `webhooks` type (one entry per trigger), and users
// name the bodies through `components['schemas']`, so this patch lifts every inline callback body
// into a named component and lists it under `webhooks:` by its trigger. The names are the ones
// openapi/provisioning.yaml uses, so a regenerated client keeps its type names.
import { type Json, HTTP_METHODS, isPlainObject } from './openapi-doc.js';
import type { PatchOutcome } from './spec-patch.js';

// Bodies whose name in our spec predates the "<Trigger>Event" rule.
const NAME_EXCEPTIONS: Readonly<Record<string, string>> = {
  RCS_SENDER_STATUS_UPDATED: 'RcsSenderStatusUpdatedCallback',
  RCS_SENDER_OPERATOR_STATUS_UPDATED: 'RcsSenderOperatorStatusUpdatedCallback',
  RCS_SENDER_COMMENT_ADDED: 'RcsSenderCommentAddedCallback',
  RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED: 'RcsBrandRegistrationProcessStatusUpdatedCallback',
  RCS_ACCOUNT_COMMENT_ADDED: 'RcsAccountCommentCallback',
};

// Family unions our spec offers besides the per-event schemas (users may import them by name).
export const EVENT_FAMILIES: Readonly<Record<string, RegExp>> = {
  WhatsappAccountWebhookEvent: /^WHATSAPP_(ACCOUNT|WABA)_/,
  WhatsappSenderWebhookEvent: /^WHATSAPP_SENDER_/,
  WhatsappTemplateWebhookEvent: /^WHATSAPP_TEMPLATE_/,
  KakaotalkSenderWebhookEvent: /^KAKAOTALK_SENDER_/,
  KakaotalkTemplateWebhookEvent: /^KAKAOTALK_TEMPLATE_/,
};

/** The component name of a trigger's body: WHATSAPP_TEMPLATE_APPROVED -> WhatsappTemplateApprovedEvent. */
export function eventSchemaName(trigger: string): string {
  const exception = NAME_EXCEPTIONS[trigger];
  if (exception) return exception;
  const words = trigger.toLowerCase().split(/_+/).filter(Boolean);
  return `${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}Event`;
}

const TRIGGER = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;
const asTrigger = (v: unknown): string | undefined => (typeof v === 'string' && TRIGGER.test(v) ? v : undefined);

// The trigger a callback body is for: `type` as const, one-value enum or example, else the `type`
// of the body's example. Official bodies type `type` as a plain string and show the value in an
// example, so every place an example can sit is looked at.
function triggerOf(schema: Json, media: Json): string | undefined {
  const type = isPlainObject(schema?.properties?.type) ? schema.properties.type : {};
  const candidates = [
    type.const,
    Array.isArray(type.enum) && type.enum.length === 1 ? type.enum[0] : undefined,
    type.example,
    Array.isArray(type.examples) ? type.examples[0] : undefined,
    schema?.example?.type,
    Array.isArray(schema?.examples) ? schema.examples[0]?.type : undefined,
    media?.example?.type,
    ...(isPlainObject(media?.examples) ? Object.values<Json>(media.examples).map((e) => e?.value?.type) : []),
  ];
  return candidates.map(asTrigger).find(Boolean);
}

const refTo = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const refName = (ref: unknown): string | undefined => (typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? ref.slice(21) : undefined);

// Every POST (or other method) inside every callback of every operation under `paths`.
function* callbackOperations(doc: Json) {
  for (const [path, item] of Object.entries<Json>(isPlainObject(doc.paths) ? doc.paths : {})) {
    for (const method of HTTP_METHODS) {
      const op = item?.[method];
      if (!isPlainObject(op?.callbacks)) continue;
      for (const [name, callback] of Object.entries<Json>(op.callbacks)) {
        for (const [expression, cbItem] of Object.entries<Json>(isPlainObject(callback) ? callback : {})) {
          for (const cbMethod of HTTP_METHODS) {
            if (isPlainObject(cbItem?.[cbMethod])) {
              yield { where: `${method.toUpperCase()} ${path} callback ${name}`, op: cbItem[cbMethod], expression };
            }
          }
        }
      }
    }
  }
}

/**
 * Names every inline callback body after its trigger, points the callback at it, and adds a
 * `webhooks:` entry per trigger (plus the family unions of our spec) where the document has none.
 */
export function liftCallbackBodies(doc: Json): PatchOutcome {
  const schemas = ((doc.components ??= {}).schemas ??= {});
  const lifted = [];
  const unnamed = [];
  const entries = new Map(); // trigger -> webhooks entry
  for (const { where, op } of callbackOperations(doc)) {
    const media = op.requestBody?.content?.['application/json'];
    if (!isPlainObject(media?.schema)) continue;
    let name = refName(media.schema.$ref);
    const trigger = triggerOf(name ? schemas[name] : media.schema, media);
    if (!trigger) {
      unnamed.push(where);
      continue;
    }
    if (!name) {
      name = eventSchemaName(trigger);
      if (!(name in schemas)) {
        schemas[name] = media.schema; // the first declaration wins; create and update repeat it
        lifted.push(name);
      }
      media.schema = refTo(name);
    }
    if (!entries.has(trigger)) entries.set(trigger, webhookEntry(op, trigger, name));
  }
  const added = [];
  if (entries.size > 0) {
    const webhooks = isPlainObject(doc.webhooks) ? doc.webhooks : {};
    for (const trigger of [...entries.keys()].sort()) {
      if (!(trigger in webhooks)) {
        webhooks[trigger] = entries.get(trigger);
        added.push(trigger);
      }
    }
    if (!isPlainObject(doc.webhooks)) placeAfterPaths(doc, 'webhooks', webhooks);
    for (const [family, pattern] of Object.entries(EVENT_FAMILIES)) {
      const members = [...entries].filter(([t]) => pattern.test(t)).map(([, e]) => e.post.requestBody.content['application/json'].schema);
      if (members.length > 0 && !(family in schemas)) {
        schemas[family] = { description: 'Any event of this family (a union of the per-event bodies).', anyOf: members };
        lifted.push(family);
      }
    }
  }
  const notes = [];
  if (lifted.length) notes.push(`named ${lifted.length} callback ${lifted.length === 1 ? 'body' : 'bodies'} (${summary(lifted)})`);
  if (added.length) notes.push(`added ${added.length} webhooks ${added.length === 1 ? 'entry' : 'entries'}`);
  if (unnamed.length) notes.push(`no event type found in ${unnamed.length} callback(s): ${summary(unnamed)}`);
  return { applied: lifted.length + added.length > 0, detail: notes.join('; ') || 'every callback body is named and listed under webhooks' };
}

function webhookEntry(op: Json, trigger: string, name: string): Json {
  const post = {
    summary: `${trigger} event`,
    ...(op.description ? { description: op.description } : {}),
    ...(Array.isArray(op.parameters) ? { parameters: structuredClone(op.parameters) } : {}),
    requestBody: { required: true, content: { 'application/json': { schema: refTo(name) } } },
    responses: isPlainObject(op.responses) ? structuredClone(op.responses) : { 200: { description: 'Event received.' } },
  };
  return { post };
}

// `webhooks` right after `paths`, where OpenAPI documents usually keep it (stable output order).
function placeAfterPaths(doc: Json, key: string, value: Json): void {
  const entries = Object.entries(doc);
  for (const [k] of entries) delete doc[k];
  let placed = false;
  for (const [k, v] of entries) {
    doc[k] = v;
    if (k === 'paths') {
      doc[key] = value;
      placed = true;
    }
  }
  if (!placed) doc[key] = value;
}

const summary = (items: readonly string[], max = 3): string =>
  items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
