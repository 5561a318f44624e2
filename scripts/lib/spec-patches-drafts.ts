// Defects of the official description 1.2.117 where its schema contradicts its own text or
// examples, corrected in openapi/provisioning.yaml (x-official-spec-defect) and to be re-applied
// after every download. Same shape as the entries of spec-patches.ts (an `fn` that mutates the
// parsed document and reports { applied, detail }, and the reason and source); PATCHES there
// ends with DRAFT_PATCHES.
import { type Json, isPlainObject } from './openapi-doc.js';
import { type PatchOutcome, type SpecPatch, applied, notNeeded } from './spec-patch.js';

/** Drops `fields` from the `required` list of component schema `name`; reports what it dropped. */
function unrequire(doc: Json, name: string, fields: readonly string[]): string[] {
  const schema = doc.components?.schemas?.[name];
  if (!isPlainObject(schema) || !Array.isArray(schema.required)) return [];
  const dropped = schema.required.filter((f) => fields.includes(f));
  if (dropped.length === 0) return [];
  schema.required = schema.required.filter((f) => !fields.includes(f));
  if (schema.required.length === 0) delete schema.required;
  return dropped.map((f) => `${name}.${f}`);
}

const DRAFT_FIELDS: [schema: string, fields: string[]][] = [
  ['KakaotalkInputSenderDto', ['details']],
  ['KakaotalkInputSenderDetailsDto', ['adminPhoneNo', 'name', 'topLevelCategoryCode', 'midLevelCategoryCode', 'subLevelCategoryCode']],
  ['KakaotalkInputTemplateDetailsDto', ['content']],
  ['KakaotalkInputButtonDto', ['name']],
  ['WhatsappTemplateInputDto', ['details']],
  ['WhatsappTemplateDetailsInputDto', ['components']],
];

/** Fields the text says a draft may omit are not required by the schema (the SDK requires them to submit). */
export function draftOptionalFields(doc: Json): PatchOutcome {
  const dropped = DRAFT_FIELDS.flatMap(([name, fields]) => unrequire(doc, name, fields));
  if (dropped.length === 0) return notNeeded('no draft-only field is required');
  return applied(`no longer required: ${dropped.join(', ')}`);
}

/** BundlesBundlesSmsAppDto.numberVerified is required, yet absent from every official bundle example. */
export function bundleNumberVerifiedOptional(doc: Json): PatchOutcome {
  const dropped = unrequire(doc, 'BundlesBundlesSmsAppDto', ['numberVerified']);
  return dropped.length ? applied('BundlesBundlesSmsAppDto.numberVerified no longer required') : notNeeded('numberVerified is not required');
}

export const DRAFT_PATCHES: readonly SpecPatch[] = [
  {
    id: 'draft-optional-fields',
    fn: draftOptionalFields,
    reason:
      'The schema marks as required what the text says a draft does not need (KakaoTalk sender details and their ' +
      'fields, KakaoTalk template content and button names, WhatsApp template details and components): the SDK and ' +
      'the mock would refuse the drafts the API documents. The SDK still requires them to submit.',
    source:
      'catalogue kakaotalk.yaml KakaotalkInputSenderDto.details and fields ("not needed for draft"), ' +
      'whatsapp-senders-templates.yaml WhatsappTemplateInputDto.details, WhatsappTemplateDetailsInputDto.components',
  },
  {
    id: 'bundle-number-verified-optional',
    fn: bundleNumberVerifiedOptional,
    reason:
      'numberVerified is required in the schema, but none of the five official bundle examples carries it, so the ' +
      'official examples fail their own schema in the mock and a generated type promises a field responses lack.',
    source: 'catalogue core.yaml BundlesBundlesSmsAppDto.numberVerified ("absent from all examples"); the 1.2.117 bundle examples',
  },
];
