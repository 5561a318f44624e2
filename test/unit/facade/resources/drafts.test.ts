import { describe, expect, it } from 'vitest';
import { ValidationError, type KakaoTalkSenderInput, type KakaoTalkTemplateInput } from '../../../../src/index.js';
import { json } from '../helpers.js';
import { client } from '../../../helpers/client.js';

const DRAFT = json(201, { id: 'x', plusFriendId: '@shop', changes: { status: 'DRAFT' } });

// Drafts may be incomplete: the official description says a KakaoTalk sender draft needs no
// details and a template draft no content or button names (its schema says otherwise; the spec
// follows the text). A submitted one (SUBMIT is the create default) needs them all.
const details = { adminPhoneNo: '+48777777777', name: 'Shop', topLevelCategoryCode: '019', midLevelCategoryCode: '0006', subLevelCategoryCode: '0001' };
const rules = (e: unknown) => (e as ValidationError).issues.map((i) => `${i.path}:${i.rule}`);

describe('KakaoTalk sender drafts', () => {
  it('a draft without details is sent as is', async () => {
    const { c, fetch } = client([DRAFT]);
    await c.kakaotalk.senders.create({ plusFriendId: '@shop', status: 'DRAFT' });
    expect(fetch.calls.map((r) => JSON.parse(r.body))).toEqual([{ plusFriendId: '@shop', status: 'DRAFT' }]);
  });

  it('a draft with some details is sent too', async () => {
    const { c, fetch } = client([DRAFT]);
    await c.kakaotalk.senders.create({ plusFriendId: '@shop', status: 'DRAFT', details: { name: 'Shop' } as KakaoTalkSenderInput['details'] });
    expect(fetch.calls).toHaveLength(1);
  });

  it('submitting (the default) needs details, nothing is sent otherwise', async () => {
    const { c, fetch } = client([DRAFT]);
    const err = await c.kakaotalk.senders.create({ plusFriendId: '@shop' }).catch((e: unknown) => e);
    expect([err instanceof ValidationError, rules(err), fetch.calls.length]).toEqual([true, ['details:requiredIf'], 0]);
    expect((err as ValidationError).message).toContain('details: is required to submit the sender (status SUBMIT, the default); only a draft may omit it');
  });

  it('submitting needs each required detail', async () => {
    const { c, fetch } = client([DRAFT]);
    const { name: _n, midLevelCategoryCode: _m, ...partial } = details;
    const err = await c.kakaotalk.senders
      .create({ plusFriendId: '@shop', status: 'SUBMIT', details: partial as KakaoTalkSenderInput['details'] })
      .catch((e: unknown) => e);
    expect([rules(err), fetch.calls.length]).toEqual([['details.name:requiredIf', 'details.midLevelCategoryCode:requiredIf'], 0]);
    await c.kakaotalk.senders.create({ plusFriendId: '@shop', details });
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('KakaoTalk template drafts', () => {
  const draft = {
    status: 'DRAFT',
    details: { name: 'Order shipped', language: 'EN', buttons: [{ ordering: 1, type: 'WEB_LINK' }] },
  } as unknown as KakaoTalkTemplateInput;

  it('a draft without content or button names is sent', async () => {
    const { c, fetch } = client([DRAFT]);
    await c.kakaotalk.templates.create('@shop', draft);
    expect(fetch.calls).toHaveLength(1);
  });

  it('submitting it needs both', async () => {
    const { c, fetch } = client([DRAFT]);
    const err = await c.kakaotalk.templates.create('@shop', { ...draft, status: 'SUBMIT' }).catch((e: unknown) => e);
    expect([rules(err), fetch.calls.length]).toEqual([['details.content:requiredIf', 'details.buttons[0].name:requiredIf'], 0]);
  });
});

describe('WhatsApp template drafts', () => {
  const base = { name: 'order_update', language: 'EN', category: 'UTILITY' } as const;

  it('a draft without details, or with details but no components, is sent', async () => {
    const { c, fetch } = client([DRAFT]);
    await c.whatsapp.templates.create({ ...base, status: 'DRAFT' } as never);
    await c.whatsapp.templates.create({ ...base, status: 'DRAFT', details: {} } as never);
    expect(fetch.calls.map((r) => JSON.parse(r.body))).toEqual([
      { ...base, status: 'DRAFT' },
      { ...base, status: 'DRAFT', details: {} },
    ]);
  });

  it('submitting (the default) needs details and components, nothing is sent otherwise', async () => {
    const { c, fetch } = client([DRAFT]);
    expect(rules(await c.whatsapp.templates.create(base as never).catch((e: unknown) => e))).toEqual(['details:requiredIf']);
    expect(rules(await c.whatsapp.templates.create({ ...base, details: {} } as never).catch((e: unknown) => e))).toEqual(['details.components:requiredIf']);
    expect(fetch.calls).toHaveLength(0);
  });
});
