// Turns our bundled spec into a description shaped like Sinch's downloadable one (1.2.117), so
// spec:fetch can be tested on the full API instead of on snippets. Each step reproduces one fact
// of issue 11 / the catalogue about the official document; none of them is a fix, they are the
// defects and habits the patches in scripts/lib/spec-patches.ts must cope with.
//
// Known differences from the real download: it is smaller (about 0.8 MB instead of 2.5 MB, which
// holds far larger examples), it keeps the sender verification-status operation (1.2.117 predates
// it; `withoutVerificationStatus` removes it) and it states each callback's event type in places
// the catalogue does not pin down for every family (see `TYPE_PLACEMENT`).
type Json = any;

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every node of the document, with its key path (callback bodies and examples included). */
function* walk(node: Json, path: string[] = []): Generator<[Json, string[]]> {
  if (!isObject(node) && !Array.isArray(node)) return;
  yield [node, path];
  for (const [k, v] of Object.entries(node)) yield* walk(v, [...path, k]);
}

/** Inside example values: data, not schema. */
const inData = (path: string[]) => path.some((k) => k === 'example' || k === 'examples' || k === 'value' || k === 'default');

// Which operations declare which events as callbacks (catalogue operations[].callbacks).
const CALLBACK_OWNERS: Array<[RegExp, string[]]> = [
  [/^BUNDLE_DONE$/, ['BundlesBundlesController_create_v1']],
  [/^WHATSAPP_(ACCOUNT|WABA)_/, ['WhatsappAccountsController_createAccount_v1']],
  [/^WHATSAPP_SENDER_/, ['WhatsappSendersController_createSender_v1', 'WhatsappSendersController_update_v1']],
  [/^WHATSAPP_TEMPLATE_/, ['WhatsappTemplatesController_createTemplate_v1', 'WhatsappTemplatesController_updateTemplate_v1']],
  [/^KAKAOTALK_SENDER_/, ['KakaotalkSendersController_createSender_v1']],
  [/^KAKAOTALK_TEMPLATE_/, ['KakaotalkTemplatesController_createTemplate_v1']],
  [/^RCS_ACCOUNT_/, ['RcsAccountsController_createComment_v1']],
  [/^RCS_/, ['RcsSendersController_createSender_v1']],
];

// Where an inline body says which event it is. BUNDLE_DONE (const) and the RCS bodies (example)
// are as the catalogue records them; the WhatsApp account bodies type `type` as a plain string
// (catalogue), so their value sits in the body's example; the others vary on purpose.
function placeType(trigger: string, body: Json, media: Json): void {
  const type = body.properties.type;
  delete type.const;
  delete type.enum;
  delete type.example;
  if (trigger === 'BUNDLE_DONE') type.const = trigger;
  else if (/^KAKAOTALK_/.test(trigger)) type.enum = [trigger];
  else if (/^WHATSAPP_(ACCOUNT|WABA)_/.test(trigger)) media.example = { type: trigger };
  else type.example = trigger;
}
export const TYPE_PLACEMENT = 'BUNDLE_DONE: const; KAKAOTALK_*: one-value enum; WHATSAPP_ACCOUNT_*: body example; others: type.example';

const operationsById = (doc: Json) => {
  const byId = new Map<string, Json>();
  for (const item of Object.values<Json>(doc.paths)) for (const op of Object.values<Json>(item)) if (op?.operationId) byId.set(op.operationId, op);
  return byId;
};

const pascal = (s: string) =>
  s
    .toLowerCase()
    .split('_')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/** No `webhooks:`, no named event bodies: each body inline under its operations' `callbacks:`. */
function inlineCallbacks(doc: Json): void {
  const schemas = doc.components.schemas;
  const ops = operationsById(doc);
  const named = new Set<string>();
  for (const [trigger, item] of Object.entries<Json>(doc.webhooks)) {
    const name = item.post.requestBody.content['application/json'].schema.$ref.split('/').pop();
    named.add(name);
    const owners = CALLBACK_OWNERS.find(([re]) => re.test(trigger))![1];
    for (const id of owners) {
      const body = structuredClone(schemas[name]);
      const media: Json = { schema: body };
      placeType(trigger, body, media);
      const callbackName = pascal(trigger.replace(/^(WHATSAPP|KAKAOTALK|RCS)_(ACCOUNT|SENDER|TEMPLATE)_|^WHATSAPP_/, ''));
      const op = ops.get(id);
      op.callbacks ??= {};
      op.callbacks[callbackName] = {
        '{$request.body#webhooks.target}': {
          post: {
            summary: item.post.summary,
            parameters: item.post.parameters,
            requestBody: { content: { 'application/json': media } },
            responses: item.post.responses,
          },
        },
      };
    }
  }
  delete doc.webhooks;
  for (const [name, schema] of Object.entries<Json>(schemas)) {
    const isUnion = Array.isArray(schema.anyOf) && schema.anyOf.every((m: Json) => named.has(m.$ref?.split('/').pop()));
    if (named.has(name) || isUnion || name === 'ProvisioningWebhookEvent') delete schemas[name];
  }
}

/** Global security: one requirement object naming all three schemes (read as "all at once"). */
function andSecurity(doc: Json): void {
  doc.security = [{ BasicAuth: [], BearerAuth: [], OAuth2Production: [] }];
}

// The header and button schemas whose `example` property the copy renders as `examples: [<schema>]`.
export const LIST_VALUED = [
  'WhatsappMediaHeaderComponentDto',
  'WhatsappUrlButtonDto',
  'WhatsappCopyCodeButtonDto',
  'WhatsappCardHeaderComponentDto',
  'WhatsappPartialMediaHeaderComponentDto',
  'WhatsappPartialUrlButtonDto',
  'WhatsappPartialCardHeaderComponentDto',
  'WhatsappMediaHeaderComponentInputDto',
  'WhatsappUrlButtonInputDto',
  'WhatsappCopyCodeButtonInputDto',
  'WhatsappInputCardHeaderComponentDto',
];
function listValuedProperties(doc: Json): void {
  for (const name of LIST_VALUED) {
    const props = doc.components.schemas[name].properties;
    const entries = Object.entries<Json>(props).map(([k, v]) => (k === 'example' ? ['examples', [v]] : [k, v]));
    for (const k of Object.keys(props)) delete props[k];
    for (const [k, v] of entries) props[k] = v; // `required` keeps saying `example`
  }
}

/** The PATCH webhook body types target and secret as `object` while keeping string limits. */
function objectTypedPatchStrings(doc: Json): void {
  const props = doc.components.schemas.WebhookUpdateWebhookInputDto.properties;
  props.target.type = 'object';
  props.secret.type = 'object';
}

/** The RCS brand-registration callback writes its status enum as a map (labels to values). */
function enumAsMap(doc: Json): void {
  const op = operationsById(doc).get('RcsSendersController_createSender_v1');
  for (const cb of Object.values<Json>(op.callbacks)) {
    const status = cb['{$request.body#webhooks.target}'].post.requestBody.content['application/json'].schema.properties.status;
    if (status?.enum) status.enum = Object.fromEntries(status.enum.map((v: string) => [pascal(v), v]));
  }
}

/** The other published defects the existing patches repair. */
function otherDefects(doc: Json): void {
  const s = doc.components.schemas;
  const triggers = s.BundlesConversationAppWebhooksInputDto.properties.triggers;
  triggers.maxLength = triggers.maxItems;
  delete triggers.maxItems;
  s.WhatsappUrlButtonInputDto.properties.url.format = 'url';
  s.WhatsappSenderInputDtoDeprecated.properties.facebookCode.format = 'uri';
  // Fields the text says a draft may omit, and numberVerified, which no official example has, are required there.
  const required: [string, string[]][] = [
    ['KakaotalkInputSenderDto', ['details']],
    ['KakaotalkInputSenderDetailsDto', ['adminPhoneNo', 'name', 'topLevelCategoryCode', 'midLevelCategoryCode', 'subLevelCategoryCode']],
    ['KakaotalkInputTemplateDetailsDto', ['content']],
    ['KakaotalkInputButtonDto', ['name']],
    ['WhatsappTemplateInputDto', ['details']],
    ['WhatsappTemplateDetailsInputDto', ['components']],
    ['BundlesBundlesSmsAppDto', ['numberVerified']],
  ];
  for (const [name, fields] of required) s[name].required = [...(s[name].required ?? []), ...fields];
  // Unions of objects are published as oneOf without a discriminator.
  for (const [node, path] of walk(doc)) {
    if (inData(path) || !Array.isArray(node.anyOf) || node.discriminator) continue;
    if (node.anyOf.filter((a: Json) => isObject(a) && ('$ref' in a || a.type === 'object')).length < 2) continue;
    const entries = Object.entries<Json>(node).map(([k, v]) => [k === 'anyOf' ? 'oneOf' : k, v]);
    for (const k of Object.keys(node)) delete node[k];
    for (const [k, v] of entries) node[k] = v;
  }
}

/** `x-enumDescriptions` on enums and `uniqueItems: false` on scalars, throughout. */
function scalarDecorations(doc: Json): void {
  for (const [node, path] of walk(doc)) {
    if (inData(path) || !['string', 'number', 'integer', 'boolean'].includes(node.type)) continue;
    node.uniqueItems = false;
    if (Array.isArray(node.enum)) node['x-enumDescriptions'] = Object.fromEntries(node.enum.map((v: Json) => [String(v), String(v)]));
  }
}

/** The docs' RCS phone numbers, which the official pattern rejects (+33 777-777-777). */
function docsExamples(doc: Json): void {
  const DOCS_PHONE = '+33 777-777-777';
  for (const [node, path] of walk(doc)) {
    // Response examples as the docs show them; request examples get the docs' one as a second
    // example (the first stays valid: the SDK rightly refuses the hyphens before sending, and
    // test/unit/facade/registry.test.ts sends each operation's first request example).
    if (path.includes('responses') && inData(path) && Array.isArray(node.phones)) {
      for (const p of node.phones) if (isObject(p) && 'number' in p) p.number = DOCS_PHONE;
    }
  }
  const media = operationsById(doc).get('RcsSendersController_createSender_v1').requestBody.content['application/json'];
  const first = structuredClone(Object.values<Json>(media.examples)[0].value);
  first.details.brand.phones = [{ label: 'Contact phone', number: DOCS_PHONE }];
  media.examples.gettingStarted = { value: first };
}

// Our own annotations; the official document has none of them.
const KEEP_EXTENSIONS = new Set(['x-tagGroups', 'x-badge', 'x-enumDescriptions']);
function stripOurExtensions(doc: Json): void {
  for (const [node, path] of walk(doc)) {
    if (inData(path)) continue;
    for (const k of Object.keys(node)) if (k.startsWith('x-') && !KEEP_EXTENSIONS.has(k)) delete node[k];
  }
}

/** The official-shaped description, made from a parsed copy of our spec (not modified). */
export function officialShape(ours: Json): Json {
  const doc = structuredClone(ours);
  doc.info.version = '1.2.117';
  for (const step of [
    inlineCallbacks,
    andSecurity,
    listValuedProperties,
    objectTypedPatchStrings,
    enumAsMap,
    otherDefects,
    docsExamples,
    stripOurExtensions,
    scalarDecorations,
  ]) {
    step(doc);
  }
  return doc;
}

/** The same without the sender verification-status operation and its DTO (as in 1.2.117). */
export function withoutVerificationStatus(doc: Json): Json {
  const out = structuredClone(doc);
  for (const [path, item] of Object.entries<Json>(out.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) if (op?.operationId === 'WhatsappSendersController_getVerificationStatus_v1') delete item[method];
    if (Object.keys(item).every((k) => k === 'parameters')) delete out.paths[path];
  }
  delete out.components.schemas.WhatsappSenderVerificationStatusDto;
  return out;
}
