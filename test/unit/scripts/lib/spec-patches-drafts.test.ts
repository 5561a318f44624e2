import { describe, expect, it } from 'vitest';
import { DRAFT_PATCHES, bundleNumberVerifiedOptional, draftOptionalFields } from '../../../../scripts/lib/spec-patches-drafts.js';
import { loadSpec } from '../../../helpers/spec.js';

// The published (1.2.117) shapes, as the catalogue records them.
const published = (): any => ({
  components: {
    schemas: {
      KakaotalkInputSenderDto: { required: ['plusFriendId', 'details'] },
      KakaotalkInputSenderDetailsDto: { required: ['adminPhoneNo', 'name', 'topLevelCategoryCode', 'midLevelCategoryCode', 'subLevelCategoryCode'] },
      KakaotalkInputTemplateDetailsDto: { required: ['name', 'language', 'content'] },
      KakaotalkInputButtonDto: { required: ['ordering', 'type', 'name'] },
      WhatsappTemplateInputDto: { required: ['name', 'language', 'category', 'details'] },
      WhatsappTemplateDetailsInputDto: { required: ['components'] },
      BundlesBundlesSmsAppDto: { required: ['id', 'smsServiceId', 'name', 'status', 'regions', 'test', 'numberVerified'] },
    },
  },
});

describe('draft and example patches', () => {
  it('drop exactly the draft-only fields from required, and say so', () => {
    const doc = published();
    const outcome = draftOptionalFields(doc);
    expect(outcome.applied).toBe(true);
    expect(outcome.detail).toContain('KakaotalkInputSenderDto.details');
    const req = (n: string) => doc.components.schemas[n].required;
    expect([req('KakaotalkInputSenderDto'), req('KakaotalkInputSenderDetailsDto'), req('KakaotalkInputTemplateDetailsDto')]).toEqual([
      ['plusFriendId'],
      undefined,
      ['name', 'language'],
    ]);
    expect([req('KakaotalkInputButtonDto'), req('WhatsappTemplateInputDto'), req('WhatsappTemplateDetailsInputDto')]).toEqual([
      ['ordering', 'type'],
      ['name', 'language', 'category'],
      undefined,
    ]);
    expect(draftOptionalFields(doc).applied).toBe(false); // idempotent
  });

  it('make numberVerified optional and nothing else', () => {
    const doc = published();
    expect(bundleNumberVerifiedOptional(doc).applied).toBe(true);
    expect(doc.components.schemas.BundlesBundlesSmsAppDto.required).toEqual(['id', 'smsServiceId', 'name', 'status', 'regions', 'test']);
    expect(bundleNumberVerifiedOptional(doc).applied).toBe(false);
  });

  it('find nothing left to do on the bundled spec, which already carries the corrections', () => {
    const doc = structuredClone(loadSpec());
    expect(DRAFT_PATCHES.map((p) => [p.id, p.fn(doc).applied])).toEqual([
      ['draft-optional-fields', false],
      ['bundle-number-verified-optional', false],
    ]);
    expect(DRAFT_PATCHES.every((p) => p.reason.length > 0 && p.source.length > 0)).toBe(true);
  });
});
