import { describe, expect, inject, it } from 'vitest';
import type { KakaoTalkSenderInput, KakaoTalkTemplateInput } from '../../../src/index.js';
import { createTestClient } from '../../../src/testing/index.js';
import { loadSpec, operations } from '../../helpers/spec.js';

// Prism answers with the spec's response examples; the requests must satisfy the spec or it answers 422.
const client = createTestClient(inject('prismUrl'));
const ops = operations(loadSpec());
const PFID = '5WY5zKfY3pB56EmDVUPQ';
const CODE = 'S7yFqaKqJ8tsnBZH2CEd';

/** The response example Prism sends back for an operation. */
function example(operationId: string): unknown {
  const { op } = ops.find((o) => o.operationId === operationId)!;
  const status = Object.keys(op.responses)
    .filter((c) => c.startsWith('2'))
    .sort()[0]!;
  return Object.values<{ value: unknown }>(op.responses[status].content['application/json'].examples)[0]!.value;
}

const senderInput: KakaoTalkSenderInput = {
  plusFriendId: '@acme_shop',
  status: 'SUBMIT',
  details: {
    adminPhoneNo: '+821012345678',
    name: 'ACME Shop',
    logoImage: 'https://cdn.example.com/acme-logo.png',
    topLevelCategoryCode: '019',
    midLevelCategoryCode: '0006',
    subLevelCategoryCode: '0001',
  },
};
const templateInput: KakaoTalkTemplateInput = {
  details: {
    name: 'Order shipped',
    language: 'KO',
    content: '#{name}님, 주문하신 상품이 발송되었습니다.',
    categoryCode: '001001',
    buttons: [
      { ordering: 1, type: 'DELIVERY_SEARCH', name: '배송 조회' },
      { ordering: 2, type: 'WEB_LINK', name: '주문 내역', linkMo: 'https://m.example.com/orders', linkPc: 'https://example.com/orders' },
    ],
  },
};

describe('KakaoTalk senders against the mock', () => {
  it('list awaits to the first page; for await yields its senders', async () => {
    const page = await client.kakaotalk.senders.list({ pageSize: 10, filterStates: ['ACTIVE'] });
    expect(page.response).toEqual(example('KakaotalkSendersController_listSenders_v1'));
    expect([page.items.length, page.items[0]?.plusFriendId, page.totalSize, page.hasNextPage()]).toEqual([2, PFID, 2, false]);
    const states: unknown[] = [];
    for await (const sender of client.kakaotalk.senders.list()) states.push(sender.state);
    // The official example: an active sender and one whose first submission was rejected (no state).
    expect(states).toEqual(['ACTIVE', undefined]);
  });

  it('creates, gets, updates, registers and verifies a sender', async () => {
    const sender = example('KakaotalkSendersController_getSender_v1');
    expect(await client.kakaotalk.senders.create(senderInput)).toEqual(example('KakaotalkSendersController_createSender_v1'));
    expect(await client.kakaotalk.senders.get(PFID)).toEqual(sender);
    const updated = await client.kakaotalk.senders.update(PFID, { details: { name: 'ACME Store' } });
    expect([updated.plusFriendId, updated.state, updated.changes?.status]).toEqual([PFID, 'ACTIVE', 'REJECTED']);
    expect(await client.kakaotalk.senders.register(PFID)).toEqual(example('KakaotalkSendersController_registerSender_v1'));
    expect(await client.kakaotalk.senders.verify(PFID, { code: 123456 })).toEqual(example('KakaotalkSendersController_verifySender_v1'));
  });

  it('lists activities, comments, and deletes changes and the sender', async () => {
    const activities = await client.kakaotalk.senders.listActivities(PFID, { pageSize: 10 });
    expect(activities.items).toEqual([
      { type: 'CREATED', created: '2023-12-20T15:00:11.310Z', author: 'Provisioning API user' },
      { type: 'COMMENT_ADDED', created: '2023-12-20T15:00:10.303Z', comment: 'Example comment', author: 'Provisioning API user' },
    ]);
    expect(await client.kakaotalk.senders.addComment(PFID, { comment: 'Logo updated, please re-check.' })).toEqual({
      type: 'CREATED',
      comment: 'Example comment',
      created: '2023-01-19T13:11:08.204Z',
    });
    expect(await client.kakaotalk.senders.deleteChanges(PFID)).toBeUndefined();
    expect(await client.kakaotalk.senders.delete(PFID)).toBeUndefined();
  });
});

describe('KakaoTalk templates against the mock', () => {
  it('list awaits to the first page', async () => {
    const page = await client.kakaotalk.templates.list(PFID, { templateName: 'Order', pageSize: 1000 });
    expect(page.response).toEqual(example('KakaotalkTemplatesController_listTemplates_v1'));
    expect([page.items.length, page.items[0]?.code, page.items[1]?.changes?.status]).toEqual([2, CODE, 'IN_PROGRESS']);
  });

  it('creates, gets and updates a template', async () => {
    const template = example('KakaotalkTemplatesController_get_v1');
    expect(await client.kakaotalk.templates.create(PFID, templateInput)).toEqual(example('KakaotalkTemplatesController_createTemplate_v1'));
    expect(await client.kakaotalk.templates.get(PFID, CODE)).toEqual(template);
    const updated = await client.kakaotalk.templates.update(PFID, CODE, { status: 'SUBMIT', details: { title: '배송 안내', buttons: null } });
    // Official: the update is under review, no state in the example.
    expect([updated.code, updated.state, updated.changes?.status]).toEqual([CODE, undefined, 'IN_PROGRESS']);
  });

  it('lists activities, comments, and deletes the draft and the template', async () => {
    const activities = await client.kakaotalk.templates.listActivities(PFID, CODE);
    expect(activities.items.map((a) => a.type)).toEqual(['CREATED', 'COMMENT_ADDED']);
    expect((await client.kakaotalk.templates.addComment(PFID, CODE, { comment: 'Wording changed.' })).type).toBe('CREATED');
    expect(await client.kakaotalk.templates.deleteChanges(PFID, CODE)).toBeUndefined();
    expect(await client.kakaotalk.templates.delete(PFID, CODE)).toBeUndefined();
  });
});

describe('KakaoTalk categories against the mock', () => {
  it('lists the sender category tree', async () => {
    const tree = await client.kakaotalk.categories.listForSenders();
    expect(tree).toEqual(example('KakaotalkCategoriesController_listSenderCategories_v1'));
    expect([tree.categories[0]?.code, tree.categories[0]?.subcategories[0]?.code, tree.categories[0]?.subcategories[0]?.subcategories[0]?.depth]).toEqual([
      '001',
      '0001',
      3,
    ]);
  });

  it('lists template categories whose subcategory codes serve as categoryCode', async () => {
    const page = await client.kakaotalk.categories.listForTemplates(PFID, { pageSize: 100 });
    expect(page.items.map((g) => [g.nameEnglish, g.subcategories.map((s) => s.code)])).toEqual([['Membership', ['001001', '001002', '001003']]]);
  });
});
