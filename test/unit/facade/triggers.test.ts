import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/facade/core/errors.js';
import { Triggers } from '../../../src/facade/triggers.js';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}

describe('Triggers', () => {
  it('has the 39 spec values and a constant per value', () => {
    expect(Triggers.values).toHaveLength(39);
    expect(Triggers.WHATSAPP_TEMPLATE_APPROVED).toBe('WHATSAPP_TEMPLATE_APPROVED');
    expect(Triggers.ALL).toBe('ALL');
    for (const t of Triggers.values) expect(Triggers[t]).toBe(t);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(Triggers)).toBe(true);
  });

  it('is() narrows known values only', () => {
    expect([Triggers.is('BUNDLE_DONE'), Triggers.is('bundle_done'), Triggers.is(1), Triggers.is(undefined)]).toEqual([true, false, false, false]);
  });

  it('family() returns every member of a family, sorted', () => {
    expect(Triggers.family('WHATSAPP_TEMPLATE')).toEqual([
      'WHATSAPP_TEMPLATE_APPROVED',
      'WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE',
      'WHATSAPP_TEMPLATE_CATEGORY_UPDATED',
      'WHATSAPP_TEMPLATE_COMMENT_ADDED',
      'WHATSAPP_TEMPLATE_DELETED',
      'WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED',
      'WHATSAPP_TEMPLATE_REJECTED',
      'WHATSAPP_TEMPLATE_STATUS_UPDATED',
    ]);
    expect(Triggers.family('BUNDLE')).toEqual(['BUNDLE_DONE']);
    expect(Triggers.family('WHATSAPP_SENDER')).toHaveLength(11);
    expect(Triggers.family('WHATSAPP_ACCOUNT')).toHaveLength(5);
    expect(Triggers.family('WHATSAPP_WABA')).toEqual(['WHATSAPP_WABA_ACCOUNT_CHANGED']);
    expect(Triggers.family('RCS_SENDER')).toHaveLength(3);
    expect(Triggers.family('RCS_ACCOUNT')).toEqual(['RCS_ACCOUNT_COMMENT_ADDED']);
    expect(Triggers.family('RCS_BRAND_REGISTRATION')).toEqual(['RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED']);
    expect(Triggers.family('KAKAOTALK_SENDER')).toHaveLength(4);
    expect(Triggers.family('KAKAOTALK_TEMPLATE')).toHaveLength(3);
  });

  it('family() accepts a whole channel and does not match partial words', () => {
    expect(Triggers.family('RCS')).toHaveLength(5);
    expect(Triggers.family('WHATSAPP')).toHaveLength(25);
    expect(Triggers.family('KAKAOTALK')).toHaveLength(7);
    // WHATSAPP_SENDER must not swallow a hypothetical WHATSAPP_SENDERS_* family
    expect(Triggers.family('WHATSAPP_SENDER').every((t) => t.startsWith('WHATSAPP_SENDER_'))).toBe(true);
  });

  it('family() rejects unknown families', () => {
    const issues = issuesOf(() => Triggers.family('WHATSAPP_TEMPL' as never));
    expect(issues).toEqual([{ path: 'family', rule: 'enum', message: 'no trigger starts with "WHATSAPP_TEMPL"', values: ['WHATSAPP_TEMPL'] }]);
  });

  it('families partition all triggers except ALL', () => {
    const families = ['BUNDLE', 'KAKAOTALK', 'RCS', 'WHATSAPP'] as const;
    const all = families.flatMap((f) => Triggers.family(f)).sort();
    expect(all).toEqual(Triggers.values.filter((t) => t !== 'ALL').sort());
  });

  it('normalize() removes duplicates and sorts', () => {
    expect(Triggers.normalize(['WHATSAPP_TEMPLATE_REJECTED', 'BUNDLE_DONE', 'WHATSAPP_TEMPLATE_REJECTED', 'BUNDLE_DONE'])).toEqual([
      'BUNDLE_DONE',
      'WHATSAPP_TEMPLATE_REJECTED',
    ]);
    expect(Triggers.normalize(new Set(['ALL']))).toEqual(['ALL']);
    expect(Triggers.normalize('BUNDLE_DONE')).toEqual(['BUNDLE_DONE']);
    expect(Triggers.normalize(['ALL', 'ALL'])).toEqual(['ALL']);
  });

  it('normalize() rejects ALL mixed with other triggers, naming them', () => {
    const issues = issuesOf(() => Triggers.normalize(['BUNDLE_DONE', 'ALL', 'RCS_SENDER_STATUS_UPDATED']));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.rule).toBe('allExclusive');
    expect(issues[0]?.path).toBe('triggers');
    expect(issues[0]?.values).toEqual(['BUNDLE_DONE', 'RCS_SENDER_STATUS_UPDATED']);
  });

  it('normalize() lists every unknown value once', () => {
    const issues = issuesOf(() => Triggers.normalize(['NOPE', 'BUNDLE_DONE', 'bundle_done', 'NOPE']));
    expect(issues).toEqual([
      {
        path: 'triggers',
        rule: 'enum',
        message: 'unknown triggers "NOPE", "bundle_done"; see Triggers.values, or declare one Sinch added after this release with Triggers.unknown()',
        values: ['NOPE', 'bundle_done'],
      },
    ]);
  });

  it('normalize() rejects an empty list and non-lists', () => {
    expect(issuesOf(() => Triggers.normalize([])).map((i) => i.rule)).toEqual(['minItems']);
    expect(issuesOf(() => Triggers.normalize(undefined as never)).map((i) => i.rule)).toEqual(['type']);
    expect(issuesOf(() => Triggers.normalize([3] as never)).map((i) => `${i.path}:${i.rule}`)).toEqual(['triggers[0]:type']);
  });
});
