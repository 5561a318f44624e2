import { describe, expect, it } from 'vitest';
import { buttonTypeIssues } from '../../../../../src/facade/resources/kakaotalk/checks.js';
import { type KakaoTalkTemplateButtonInput, type KakaoTalkTemplateInput, ValidationError } from '../../../../../src/index.js';
import { json, type scriptedFetch } from '../../helpers.js';
import { client } from '../../../../helpers/client.js';
import { rejection } from '../../../../helpers/rejection.js';

const PFID = '5WY5zKfY3pB56EmDVUPQ';
const sender = { id: 'cf11794a-6a5e-4a12-b103-da79bd378bf1', plusFriendId: PFID, state: 'ACTIVE' };
const template = { id: '1a76b24e-bead-4c72-b468-6c3bdfff0ee6', code: 'S7yFqaKqJ8tsnBZH2CEd', state: 'APPROVED' };
const senderInput = {
  plusFriendId: PFID,
  details: { adminPhoneNo: '+48777777777', name: 'Test Name', topLevelCategoryCode: '019', midLevelCategoryCode: '0006', subLevelCategoryCode: '0001' },
};
const button = (type: KakaoTalkTemplateButtonInput['type'], ordering: number): KakaoTalkTemplateButtonInput => ({
  ordering,
  type,
  name: `Button ${ordering}`,
  linkMo: 'https://example.com/m',
});
const templateInput = (buttons: KakaoTalkTemplateButtonInput[]): KakaoTalkTemplateInput => ({
  details: { name: 'Order shipped', language: 'EN', content: 'Your order is on its way.', buttons },
});

const sent = (fetch: ReturnType<typeof scriptedFetch>) => fetch.calls.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`);

describe('kakaotalk.senders', () => {
  it('list pages through every sender, sending array filters as repeated parameters', async () => {
    const { c, fetch } = client([
      json(200, { totalSize: 2, pageSize: 1, senders: [sender], nextPageToken: 'n2' }),
      json(200, { totalSize: 2, pageSize: 1, senders: [{ ...sender, plusFriendId: 'second' }] }),
    ]);
    const ids: string[] = [];
    for await (const s of c.kakaotalk.senders.list({ pageSize: 1, filterStates: ['ACTIVE', 'VERIFYING'] })) ids.push(s.plusFriendId);
    expect(ids).toEqual([PFID, 'second']);
    expect(sent(fetch)).toEqual(
      [
        '/v1/projects/p1/kakaotalk/senders?pageSize=1&filterStates=ACTIVE&filterStates=VERIFYING',
        '/v1/projects/p1/kakaotalk/senders?pageSize=1&filterStates=ACTIVE&filterStates=VERIFYING&pageToken=n2',
      ].map((u) => `GET ${u}`),
    );
  });

  it('register, then verify with the numeric code', async () => {
    const { c, fetch } = client([json(200, { ...sender, state: 'VERIFYING' }), json(200, sender)]);
    expect((await c.kakaotalk.senders.register(PFID)).state).toBe('VERIFYING');
    expect((await c.kakaotalk.senders.verify(PFID, { code: 123456 })).state).toBe('ACTIVE');
    expect(sent(fetch)).toEqual([`POST /v1/projects/p1/kakaotalk/senders/${PFID}/register`, `POST /v1/projects/p1/kakaotalk/senders/${PFID}/verify`]);
    expect(fetch.calls[1]?.body).toBe('{"code":123456}');
  });

  it('deleteChanges and delete resolve to undefined on 204', async () => {
    const { c, fetch } = client([new Response(null, { status: 204 })]);
    expect(await c.kakaotalk.senders.deleteChanges(PFID)).toBeUndefined();
    expect(await c.kakaotalk.senders.delete(PFID)).toBeUndefined();
    expect(sent(fetch)).toEqual([`DELETE /v1/projects/p1/kakaotalk/senders/${PFID}/changes`, `DELETE /v1/projects/p1/kakaotalk/senders/${PFID}`]);
  });

  it.each([
    [{ ...senderInput, details: { ...senderInput.details, topLevelCategoryCode: '19' } }, 'details.topLevelCategoryCode', 'pattern'],
    [{ ...senderInput, plusFriendId: 'x'.repeat(31) }, 'plusFriendId', 'maxLength'],
    [{ details: senderInput.details } as never, 'plusFriendId', 'required'],
  ])('create rejects bad input %# (%s %s) without sending', async (body, field, rule) => {
    const { c, fetch } = client([json(201, sender)]);
    const err = await rejection<ValidationError>(c.kakaotalk.senders.create(body));
    expect(err).toBeInstanceOf(ValidationError);
    expect([err.field, err.rule]).toEqual([field, rule]);
    expect(fetch.calls).toHaveLength(0);
  });

  it('verify rejects a code sent as a string (the API wants a number)', async () => {
    const { c, fetch } = client([json(200, sender)]);
    const err = await rejection<ValidationError>(c.kakaotalk.senders.verify(PFID, { code: '123456' as never }));
    expect([err.field, err.rule]).toEqual(['code', 'type']);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('kakaotalk.templates', () => {
  it('addresses a template by sender then code, encoding both', async () => {
    const { c, fetch } = client([json(200, template)]);
    expect(await c.kakaotalk.templates.get('pf/1', 'code 2')).toEqual(template);
    expect(sent(fetch)).toEqual(['GET /v1/projects/p1/kakaotalk/senders/pf%2F1/templates/code%202']);
  });

  it('create sends buttons of distinct types as given', async () => {
    const { c, fetch } = client([json(201, template)]);
    const body = templateInput([button('WEB_LINK', 1), button('APP_LINK', 2)]);
    expect(await c.kakaotalk.templates.create(PFID, body)).toEqual(template);
    expect(sent(fetch)).toEqual([`POST /v1/projects/p1/kakaotalk/senders/${PFID}/templates`]);
    expect(JSON.parse(fetch.calls[0]?.body ?? '')).toEqual(body);
  });

  it('create and update reject two buttons of one type (uniqueBy) without sending', async () => {
    const { c, fetch } = client([json(201, template)]);
    const buttons = [button('WEB_LINK', 1), button('APP_LINK', 2), button('WEB_LINK', 3)];
    const created = await rejection<ValidationError>(c.kakaotalk.templates.create(PFID, templateInput(buttons)));
    expect(created).toBeInstanceOf(ValidationError);
    expect(created.issues).toEqual([
      {
        path: 'details.buttons[2].type',
        rule: 'uniqueBy',
        message: 'repeats the type of an earlier button; each button type may appear once',
        values: ['WEB_LINK'],
      },
    ]);
    const updated = await rejection<ValidationError>(c.kakaotalk.templates.update(PFID, template.code, { details: { buttons } }));
    expect([updated.field, updated.rule]).toEqual(['details.buttons[2].type', 'uniqueBy']);
    expect(fetch.calls).toHaveLength(0);
  });

  it('update merges the spec rules and the button rule into one error', async () => {
    const { c } = client([json(200, template)]);
    const err = await rejection<ValidationError>(
      c.kakaotalk.templates.update(PFID, template.code, { details: { title: '', buttons: [button('BOT_KEYWORD', 1), button('BOT_KEYWORD', 2)] } }),
    );
    expect(err.issues.map((i) => `${i.path} ${i.rule}`)).toEqual(['details.title minLength', 'details.buttons[1].type uniqueBy']);
  });

  it('list rejects pageSize above 1000 before sending', async () => {
    const { c, fetch } = client([json(200, {})]);
    const err = await rejection<ValidationError>(c.kakaotalk.templates.list(PFID, { pageSize: 1001 }));
    expect([err.field, err.rule]).toEqual(['pageSize', 'maximum']);
    expect(fetch.calls).toHaveLength(0);
  });

  it('listActivities, deleteChanges and addComment use the template sub-paths', async () => {
    const { c, fetch } = client([
      json(200, { totalSize: 1, pageSize: 50, notifications: [{ type: 'CREATED' }] }),
      new Response(null, { status: 204 }),
      json(201, { type: 'CREATED', comment: 'Please review' }),
    ]);
    expect((await c.kakaotalk.templates.listActivities(PFID, 'T1')).items).toEqual([{ type: 'CREATED' }]);
    expect(await c.kakaotalk.templates.deleteChanges(PFID, 'T1')).toBeUndefined();
    expect((await c.kakaotalk.templates.addComment(PFID, 'T1', { comment: 'Please review' })).type).toBe('CREATED');
    const base = `/v1/projects/p1/kakaotalk/senders/${PFID}/templates/T1`;
    expect(sent(fetch)).toEqual([`GET ${base}/activities`, `DELETE ${base}/changes`, `POST ${base}/comments`]);
  });
});

describe('kakaotalk.categories', () => {
  it('listForSenders returns the whole tree from one request', async () => {
    const tree = { categories: [{ parentCode: '', depth: 1, code: '001', name: '건강', subcategories: [] }] };
    const { c, fetch } = client([json(200, tree)]);
    expect(await c.kakaotalk.categories.listForSenders()).toEqual(tree);
    expect(sent(fetch)).toEqual(['GET /v1/projects/p1/kakaotalk/categories/senders']);
  });

  it('listForTemplates rejects an empty plusFriendId without sending', async () => {
    const { c, fetch } = client([json(200, {})]);
    const err = await rejection<ValidationError>(c.kakaotalk.categories.listForTemplates(''));
    expect([err.field, err.rule]).toEqual(['plusFriendId', 'minLength']);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('buttonTypeIssues', () => {
  it('accepts absent, null and distinct buttons', () => {
    expect(buttonTypeIssues(undefined)).toEqual([]);
    expect(buttonTypeIssues({ details: { buttons: null } })).toEqual([]);
    expect(buttonTypeIssues({ details: { buttons: [{ type: 'WEB_LINK' }, { type: 'APP_LINK' }, {}] } })).toEqual([]);
  });

  it('flags every repeat after the first occurrence', () => {
    const issues = buttonTypeIssues({ details: { buttons: [{ type: 'A' }, { type: 'A' }, { type: 'B' }, { type: 'A' }] } });
    expect(issues.map((i) => i.path)).toEqual(['details.buttons[1].type', 'details.buttons[3].type']);
  });
});
