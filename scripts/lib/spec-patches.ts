// Known defects of the official Provisioning OpenAPI description (1.2.117) that break the Prism
// mock or the codegen, fixed after every download. Each patch is one function that mutates the
// parsed document in place and reports { applied, detail }; when upstream has fixed a defect the
// patch finds nothing to do and reports applied: false ("no longer needed"), never an error.
// Facts come from the Provisioning API facts catalogue the spec was written from (catalogue/*.yaml;
// the file and entry are named in each patch's `source`).
import { type Json, eachOperation, isPlainObject } from './openapi-doc.js';
import { liftCallbackBodies } from './spec-patch-callbacks.js';
import { type PatchOutcome, type PatchResult, type SpecPatch, applied, notNeeded } from './spec-patch.js';
import { DRAFT_PATCHES } from './spec-patches-drafts.js';

// --- (a) one requirement object listing alternative schemes --------------------------------

// A scheme that authenticates through the Authorization header on its own. Two of these in one
// requirement object can never both be sent, so such an object can only mean "any of them".
function usesAuthorizationHeader(scheme: unknown): boolean {
  if (!isPlainObject(scheme)) return false;
  if (scheme.type === 'http') return /^(basic|bearer)$/i.test(String(scheme.scheme));
  return scheme.type === 'oauth2' || scheme.type === 'openIdConnect';
}

// Returns the list with combined requirements split into alternatives, or null when none is combined.
function splitRequirements(list: unknown, schemes: Record<string, Json>): Json[] | null {
  if (!Array.isArray(list)) return null;
  let changed = false;
  const out = [];
  for (const req of list) {
    const names = isPlainObject(req) ? Object.keys(req) : [];
    if (names.length > 1 && names.every((n) => usesAuthorizationHeader(schemes[n]))) {
      for (const n of names) out.push({ [n]: req[n] }); // scopes kept as published
      changed = true;
    } else {
      out.push(req);
    }
  }
  if (!changed) return null;
  const keys = out.map((r) => JSON.stringify(r));
  return out.filter((_, i) => keys.indexOf(keys[i]!) === i); // [{A,B},{A}] must not list A twice
}

/** Splits `security: [{BasicAuth, BearerAuth, OAuth2Production}]` (all at once) into alternatives. */
export function splitCombinedSecurity(doc: Json): PatchOutcome {
  const schemes = isPlainObject(doc.components?.securitySchemes) ? doc.components.securitySchemes : {};
  const fixed = [];
  const global = splitRequirements(doc.security, schemes);
  if (global) {
    doc.security = global;
    fixed.push('global');
  }
  eachOperation(doc, (op, where) => {
    const split = splitRequirements(op.security, schemes);
    if (split) {
      op.security = split;
      fixed.push(where);
    }
  });
  if (fixed.length === 0) return notNeeded('no security requirement combines alternative schemes');
  return applied(`split into alternatives: ${summarise(fixed)}`);
}

// --- (b) string fields typed as object -------------------------------------------------------

const STRING_KEYWORDS = ['format', 'minLength', 'maxLength', 'pattern'];

/** Types WebhookUpdateWebhookInputDto.target and .secret as strings (published as `object`). */
export function stringTypeWebhookUpdateFields(doc: Json): PatchOutcome {
  const props = doc.components?.schemas?.WebhookUpdateWebhookInputDto?.properties;
  const fixed = [];
  for (const name of ['target', 'secret']) {
    const prop = isPlainObject(props) ? props[name] : undefined;
    if (isPlainObject(prop) && prop.type === 'object' && !prop.properties && STRING_KEYWORDS.some((k) => k in prop)) {
      prop.type = 'string';
      fixed.push(name);
    }
  }
  if (fixed.length === 0) return notNeeded('target and secret are not object-typed string fields');
  return applied(`WebhookUpdateWebhookInputDto.${fixed.join(', .')} now type: string`);
}

// --- (c) enum written as a YAML map ----------------------------------------------------------

// Maps whose keys are names chosen by the author, so an entry called "enum" is not the keyword.
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'dependentSchemas',
  '$defs',
  'definitions',
  'schemas',
  'parameters',
  'headers',
  'responses',
  'requestBodies',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
  'paths',
  'webhooks',
  'content',
  'encoding',
  'mapping',
  'variables',
  'scopes',
]);
// Values that are instance data, not schema: never walked (an example may well have an "enum" field).
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);
const isScalar = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const escapePointer = (k: string | number): string => String(k).replace(/~/g, '~0').replace(/\//g, '~1');

function walkEnums(node: Json, names: boolean, pointer: string, seen: Set<unknown>, found: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walkEnums(item, false, `${pointer}/${i}`, seen, found));
    return;
  }
  if (!isPlainObject(node) || seen.has(node)) return; // anchors can share a node (or loop)
  seen.add(node);
  const e = node.enum;
  if (!names && isPlainObject(e) && Object.keys(e).length > 0 && Object.values(e).every(isScalar)) {
    node.enum = Object.values(e); // the map's values are the wire values (keys are labels)
    found.push(`${pointer}/enum`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (!names && (key.startsWith('x-') || DATA_KEYS.has(key))) continue;
    walkEnums(value, !names && NAME_MAPS.has(key), `${pointer}/${escapePointer(key)}`, seen, found);
  }
}

/** Turns every `enum` written as a map ({Archived: ARCHIVED, ...}) into the list of its values. */
export function enumMapsToLists(doc: Json): PatchOutcome {
  const found: Json[] = [];
  walkEnums(doc, false, '#', new Set(), found);
  if (found.length === 0) return notNeeded('every enum is a list');
  return applied(`converted ${found.length} enum map(s): ${summarise(found)}`);
}

// --- (d) maxLength on an array ---------------------------------------------------------------

/** Renames maxLength to maxItems on BundlesConversationAppWebhooksInputDto.triggers (an array). */
export function conversationWebhookTriggersMaxItems(doc: Json): PatchOutcome {
  const props = doc.components?.schemas?.BundlesConversationAppWebhooksInputDto?.properties;
  const triggers = isPlainObject(props) ? props.triggers : undefined;
  const isArray = isPlainObject(triggers) && (triggers.type === 'array' || 'items' in triggers);
  if (!isArray || !('maxLength' in triggers)) return notNeeded('triggers has no maxLength');
  if ('maxItems' in triggers) {
    delete triggers.maxLength;
    return applied('dropped maxLength from triggers (maxItems already set)');
  }
  const limit = triggers.maxLength;
  renameKey(triggers, 'maxLength', 'maxItems');
  return applied(`triggers: maxLength ${limit} -> maxItems ${limit}`);
}

// --- (e) overlapping oneOf ------------------------------------------------------------------

// An alternative that is (or points to) an object schema; primitives such as `boolean` are disjoint
// from objects and from each other, so a oneOf of those is fine as published.
const isObjectAlternative = (alt: unknown): boolean => isPlainObject(alt) && ('$ref' in alt || alt.type === 'object' || 'properties' in alt);

function walkOneOfs(node: Json, pointer: string, seen: Set<unknown>, found: string[]): void {
  if (!isPlainObject(node) && !Array.isArray(node)) return;
  if (seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) return node.forEach((n, i) => walkOneOfs(n, `${pointer}/${i}`, seen, found));
  if (Array.isArray(node.oneOf) && !node.discriminator && node.oneOf.filter(isObjectAlternative).length >= 2) {
    renameKey(node, 'oneOf', 'anyOf');
    found.push(pointer);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || key === 'example' || key === 'examples') continue;
    walkOneOfs(value, `${pointer}/${escapePointer(key)}`, seen, found);
  }
}

/** Rewrites `oneOf` unions of object schemas without a discriminator as `anyOf`. */
export function overlappingOneOfToAnyOf(doc: Json): PatchOutcome {
  const found: Json[] = [];
  walkOneOfs(doc, '#', new Set(), found);
  if (found.length === 0) return notNeeded('no oneOf of object alternatives without a discriminator');
  return applied(`oneOf -> anyOf at ${found.length} place(s): ${summarise(found)}`);
}

// --- (f) template URL typed with format url -----------------------------------------------------

/** Drops `format: url` from WhatsappUrlButtonInputDto.url, which takes a {{1}} template variable. */
export function urlButtonTemplateFormat(doc: Json): PatchOutcome {
  const url = doc.components?.schemas?.WhatsappUrlButtonInputDto?.properties?.url;
  if (!isPlainObject(url) || url.format !== 'url') return notNeeded('WhatsappUrlButtonInputDto.url has no url format');
  delete url.format;
  return applied('WhatsappUrlButtonInputDto.url: format url dropped');
}

// --- (g) a single-use code typed as a URI -------------------------------------------------------

/** Drops `format: uri` from WhatsappSenderInputDtoDeprecated.facebookCode, a one-time code. */
export function facebookCodeFormat(doc: Json): PatchOutcome {
  const code = doc.components?.schemas?.WhatsappSenderInputDtoDeprecated?.properties?.facebookCode;
  if (!isPlainObject(code) || code.format !== 'uri') return notNeeded('facebookCode has no uri format');
  delete code.format;
  return applied('WhatsappSenderInputDtoDeprecated.facebookCode: format uri dropped');
}

// --- (h) a property written as a list of schemas ------------------------------------------------

// The published copy renders a property named `example` as `examples: [<its schema>]` (the
// `required` lists still say `example`). A list is not a schema: Redocly refuses the document and
// no tool can read the property. `examples: [S]` becomes `example: S` (the wire name) unless the
// schema already has an `example` property; any other list-valued entry keeps its key, as S or as
// anyOf of the listed schemas.
function repairListProperties(props: Record<string, Json>): string[] {
  const fixed = [];
  for (const [key, value] of Object.entries(props)) {
    if (!Array.isArray(value) || value.length === 0 || !value.every(isPlainObject)) continue;
    const schema = value.length === 1 ? value[0] : { anyOf: value };
    if (key === 'examples' && !('example' in props)) {
      props.examples = schema;
      renameKey(props, 'examples', 'example');
      fixed.push('examples -> example');
    } else {
      props[key] = schema;
      fixed.push(key);
    }
  }
  return fixed;
}

/** Turns `properties` entries written as a list of schemas back into one schema each. */
export function listValuedProperties(doc: Json): PatchOutcome {
  const found: Json[] = [];
  const seen = new Set();
  const walk = (node: Json, pointer: string): void => {
    if (!isPlainObject(node) && !Array.isArray(node)) return;
    if (seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${pointer}/${i}`));
    if (isPlainObject(node.properties)) {
      for (const what of repairListProperties(node.properties)) found.push(`${pointer.replace('#/components/schemas/', '')} (${what})`);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-') || key === 'example' || key === 'examples' || key === 'enum' || key === 'default') continue;
      walk(value, `${pointer}/${escapePointer(key)}`);
    }
  };
  walk(doc, '#');
  if (found.length === 0) return notNeeded('every property is a schema');
  return applied(`repaired ${found.length} list-valued propert${found.length === 1 ? 'y' : 'ies'}: ${summarise(found)}`);
}

// --- (j) credentials not marked sensitive ----------------------------------------------------

// Fields that carry a credential: Sinch's own (webhook secrets, the sender bearer/auth tokens) or
// another system's (Facebook/Meta tokens and one-time codes, verification OTPs). The SDK redacts
// every field marked `x-sensitive: true` from logs and errors (scripts/generate.ts lists them).
export const SENSITIVE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  WebhookWebhookInputDto: ['secret'],
  WebhookUpdateWebhookInputDto: ['secret'],
  BundlesConversationAppWebhooksInputDto: ['secret'],
  BundlesConversationAppWebhooksDto: ['secret'],
  BundlesWebhookInputDto: ['secret'],
  WhatsappLongLivedAccessTokenInputDto: ['facebookToken', 'facebookCode'],
  WhatsappLongLivedAccessTokenDto: ['longLivedAccessToken'],
  WhatsappWabaDetailsListInputDto: ['facebookToken'],
  WhatsappSolutionInputDto: ['accessToken'],
  WhatsappSenderDto: ['bearerToken'],
  WhatsappSenderInputEsDto: ['authenticationCode'],
  WhatsappSenderInputDtoDeprecated: ['facebookAccessToken', 'facebookCode'],
  WhatsappSenderInputVerifyDto: ['code'],
  KakaotalkInputVerifySenderDto: ['code'],
  RcsSenderDto: ['authToken'],
};

/** Marks the credential fields of SENSITIVE_FIELDS `x-sensitive: true` (first keyword) where unmarked. */
export function markSensitiveFields(doc: Json): PatchOutcome {
  const schemas = doc.components?.schemas;
  const marked = [];
  for (const [schema, names] of Object.entries(SENSITIVE_FIELDS)) {
    const props = isPlainObject(schemas) ? schemas[schema]?.properties : undefined;
    for (const name of names) {
      const prop = isPlainObject(props) ? props[name] : undefined;
      if (!isPlainObject(prop) || prop['x-sensitive'] === true) continue;
      const entries = Object.entries(prop).filter(([k]) => k !== 'x-sensitive');
      for (const [k] of Object.entries(prop)) delete prop[k];
      Object.assign(prop, { 'x-sensitive': true }, Object.fromEntries(entries));
      marked.push(`${schema}.${name}`);
    }
  }
  if (marked.length === 0) return notNeeded('every known credential field is marked x-sensitive');
  return applied(`marked x-sensitive: ${summarise(marked)}`);
}

// --- (k) a pattern with no words for it ----------------------------------------------------------

// Patterns the SDK's validation messages describe in words (`x-pattern-description`, carried into
// the generated rules), keyed by schema and property, with the pattern they describe: a message
// is only as good as its match with the pattern, so a changed pattern is left undescribed.
export const PATTERN_DESCRIPTIONS: Readonly<Record<string, Readonly<Record<string, { pattern: string; description: string }>>>> = {
  RcsPhoneInputDto: {
    number: {
      pattern: '^\\+?[\\d+\\s]{6,15}$',
      description: "6 to 15 characters: digits, spaces and '+' only (hyphens, dots and brackets are not allowed)",
    },
  },
};

/** Adds the x-pattern-description of PATTERN_DESCRIPTIONS where the property has that very pattern and no description. */
export function describePatterns(doc: Json): PatchOutcome {
  const schemas = doc.components?.schemas;
  const described = [];
  for (const [schema, props] of Object.entries(PATTERN_DESCRIPTIONS)) {
    for (const [name, { pattern, description }] of Object.entries(props)) {
      const prop = isPlainObject(schemas) ? schemas[schema]?.properties?.[name] : undefined;
      if (!isPlainObject(prop) || prop.pattern !== pattern || prop['x-pattern-description'] !== undefined) continue;
      prop['x-pattern-description'] = description;
      described.push(`${schema}.${name}`);
    }
  }
  if (described.length === 0) return notNeeded('every known pattern has its description');
  return applied(`described: ${summarise(described)}`);
}

// Renames a key in place (same object, so aliases see it) and keeps it where it was in key order.
function renameKey(obj: Record<string, Json>, from: string, to: string): void {
  const entries = Object.entries(obj);
  for (const [k] of entries) delete obj[k];
  for (const [k, v] of entries) obj[k === from ? to : k] = v;
}

function summarise(items: readonly string[], max = 3): string {
  const head = items.slice(0, max).join('; ');
  return items.length > max ? `${head}; and ${items.length - max} more` : head;
}

// ---------------------------------------------------------------------------------------------

export const PATCHES: readonly SpecPatch[] = [
  {
    id: 'security-alternatives',
    fn: splitCombinedSecurity,
    reason:
      'The global security block is ONE requirement listing BasicAuth, BearerAuth and OAuth2Production, which ' +
      'means all three at once (Basic and Bearer cannot even share the Authorization header); Prism 5.14.2 then ' +
      'answers 401 to every request. The API takes any one of them.',
    source: 'catalogue core.yaml notes "Security schemes (1.2.117)"; alternatives per whatsapp-senders-templates.yaml notes',
  },
  {
    id: 'webhook-update-string-fields',
    fn: stringTypeWebhookUpdateFields,
    reason:
      'target and secret are typed object while carrying string limits (format url, minLength, maxLength): ' +
      'Prism rejects the string a real client sends and codegen emits an object type.',
    source: 'catalogue core.yaml WebhookUpdateWebhookInputDto (note and specType: object, 1.2.91 and later)',
  },
  {
    id: 'enum-map-to-list',
    fn: enumMapsToLists,
    reason:
      'An RCS brand-registration callback writes its status enum as a YAML map; JSON Schema requires a list, ' +
      'so validation fails and codegen cannot build the union.',
    source: 'catalogue rcs.yaml RcsBrandRegistrationProcessStatusUpdatedCallback specDefect (1.2.117)',
  },
  {
    id: 'conversation-webhook-triggers-max-items',
    fn: conversationWebhookTriggersMaxItems,
    reason:
      'triggers is an array but carries maxLength 20, which only applies to strings: the 20-trigger cap is ' +
      'silently lost in the mock and in validation. maxItems is what was meant.',
    source: 'catalogue core.yaml BundlesConversationAppWebhooksInputDto.triggers maxItemsNote',
  },
  {
    id: 'overlapping-oneof-to-anyof',
    fn: overlappingOneOfToAnyOf,
    reason:
      'Unions of object schemas are published as oneOf without a discriminator (full vs partial DTOs, the two ' +
      'bundle retention policies, the US questionnaire variants). The alternatives overlap, so a value that fits ' +
      'two of them fails oneOf: Prism answers 422 to valid requests and response validation fails. anyOf says ' +
      'what the API accepts; openapi-typescript emits the same union type, so no generated name changes.',
    source:
      'catalogue core.yaml BundlesConversationAppInputDto.retentionPolicy ("no discriminator declared"), ' +
      'kakaotalk.yaml / rcs.yaml / whatsapp-senders-templates.yaml oneOf fields',
  },
  {
    id: 'url-button-template-format',
    fn: urlButtonTemplateFormat,
    reason:
      'A URL button takes a template variable at its end (https://example.com/?name={{1}}), which no url format ' +
      'validator accepts: Prism rejects the official create-template example itself with 422.',
    source:
      'catalogue whatsapp-senders-templates.yaml WhatsappUrlButtonInputDto.url (dynamic part {{1}}) and the ' +
      'marketingOrUtilityFull example of create template',
  },
  {
    id: 'facebook-code-format',
    fn: facebookCodeFormat,
    reason: 'facebookCode is the single-use code from the Embedded Signup popup, not a URI; format uri makes Prism and ' + 'the SDK reject every real code.',
    source: 'catalogue whatsapp-senders-templates.yaml WhatsappSenderInputDtoDeprecated.facebookCode (format: uri, ' + 'note: single-use code); issue 11',
  },
  {
    id: 'list-valued-properties',
    fn: listValuedProperties,
    reason:
      'Twelve template header and button schemas (media, card header, URL and COPY_CODE button; their Partial and ' +
      'Input variants) write their `example` property as `examples: [<schema>]`. A list is not a schema: the ' +
      'validator refuses the whole description ("Expected type Schema (object) but got array").',
    source:
      'catalogue whatsapp-senders-templates.yaml notes (example/examples naming: required lists, fieldMask ' + 'enum and wire names say `example`); issue 11',
  },
  {
    id: 'callbacks-to-webhooks',
    fn: liftCallbackBodies,
    reason:
      "The description declares every event body inline in an operation's callbacks, with no name and no " +
      'top-level webhooks section. The SDK types events from the generated `webhooks` (one entry per trigger) and ' +
      'users import the bodies by name, so the bodies are named after their trigger (the names of our spec) and ' +
      'listed under webhooks.',
    source:
      'catalogue core.yaml BundleDone callback and the callbacks of rcs.yaml, kakaotalk.yaml and ' +
      'whatsapp-*.yaml operations (invented: true bodies); issue 11',
  },
  {
    id: 'mark-sensitive-fields',
    fn: markSensitiveFields,
    reason:
      'The official description does not mark credential fields (webhook secrets, Facebook tokens and codes, ' +
      'verification codes, sender tokens); the SDK redacts the fields marked x-sensitive from logs and errors, ' +
      'so an update must not drop the marks.',
    source:
      'catalogue whatsapp-accounts.yaml WhatsappLongLivedAccessTokenInputDto, whatsapp-senders-templates.yaml ' +
      'sender inputs (authenticationCode, facebookAccessToken, facebookCode), core.yaml webhook secret, rcs.yaml authToken',
  },
  {
    id: 'describe-patterns',
    fn: describePatterns,
    reason:
      'A pattern alone makes a poor message ("must match ^\\+?[\\d+\\s]{6,15}$"); the SDK says in words what the ' +
      'RCS phone pattern allows, which matters because the official examples themselves break it (+33 777-777-777).',
    source: 'catalogue rcs.yaml RcsPhoneInputDto.number (pattern) and the official RCS sender examples; issue 11',
  },
  ...DRAFT_PATCHES,
];

/**
 * Applies every patch in order, mutating `doc`; resolves each to { id, status, detail }. A patch
 * that throws on an unexpected shape is reported as skipped with `failed: true`: an odd upstream
 * document must not block the update (the validator still runs afterwards).
 */
export function applyPatches(doc: Json): PatchResult[] {
  return PATCHES.map(({ id, fn }) => {
    try {
      const { applied: done, detail } = fn(doc);
      return { id, status: done ? 'applied' : 'skipped', detail };
    } catch (err) {
      return { id, status: 'skipped', detail: `patch failed, left as published: ${(err as Error).message}`, failed: true };
    }
  });
}
export { liftCallbackBodies } from './spec-patch-callbacks.js';
