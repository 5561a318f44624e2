import { describe, expect, inject, it } from 'vitest';
import type { WhatsAppAccountInput, WhatsAppAccountUpdate } from '../../../src/index.js';
import { createTestClient } from '../../../src/testing/index.js';
import { loadSpec, type Json } from '../../helpers/spec.js';

// Prism answers with the spec's response examples; the requests must satisfy the spec or it answers 422.
const client = createTestClient(inject('prismUrl'));
const paths = loadSpec().paths;
const bodies = (path: string, method: string) => paths[path][method].requestBody.content['application/json'].examples as Record<string, Json>;
const ACCOUNT = '/v1/projects/{projectId}/whatsapp';

describe('whatsapp account against the mock', () => {
  it('gets the account', async () => {
    const account = await client.whatsapp.get();
    expect([account.state, account.businessManager, account.wabaId, account.compatibleRegions]).toEqual(['ONBOARDED', 'SINCH_UK', '1234567890', ['eu', 'us']]);
  });

  it.each(Object.keys(bodies(ACCOUNT, 'post')))('creates the account from the %s example', async (name) => {
    const account = await client.whatsapp.create(bodies(ACCOUNT, 'post')[name]!.value as WhatsAppAccountInput);
    // The official pending example: no state yet, changes IN_PROGRESS.
    expect([account.wabaId, account.state, account.changes?.status]).toEqual(['1234567890', undefined, 'IN_PROGRESS']);
  });

  it.each(Object.keys(bodies(ACCOUNT, 'patch')))('updates the account from the %s example', async (name) => {
    const account = await client.whatsapp.update(bodies(ACCOUNT, 'patch')[name]!.value as WhatsAppAccountUpdate);
    // The operation's description: the example is a REJECTED account whose edit is IN_PROGRESS.
    expect([account.isEmbeddedSignup, account.state, account.changes?.status]).toEqual([false, 'REJECTED', 'IN_PROGRESS']);
  });

  it('deletes the account and enables template analytics', async () => {
    expect(await client.whatsapp.delete()).toBeUndefined();
    expect(await client.whatsapp.enableTemplateAnalytics()).toBeUndefined();
  });

  it('visits every activity with for await', async () => {
    const types: string[] = [];
    for await (const activity of client.whatsapp.listActivities({ pageSize: 50 })) types.push(activity.type);
    expect(types).toEqual(['CREATED', 'COMMENT_ADDED']);
  });

  it('adds a comment', async () => {
    expect(await client.whatsapp.addComment({ comment: 'Please review the business name.' })).toEqual({
      type: 'CREATED',
      comment: 'Example comment',
      created: '2023-01-19T13:11:08.204Z',
    });
  });

  it('calls the deprecated Embedded Signup helpers', async () => {
    expect(await client.whatsapp.createLongLivedAccessToken({ facebookCode: 'FACEBOOK_CODE', businessManager: 'SINCH_UK' })).toEqual({
      longLivedAccessToken: 'FACEBOOK_TOKEN',
    });
    const details = await client.whatsapp.listWabaDetails({ facebookToken: 'FACEBOOK_TOKEN' });
    expect(details.wabas.map((w) => [w.id, w.numbers.length])).toEqual([['100000000000000', 1]]);
  });
});

describe('whatsapp flows and solutions against the mock', () => {
  it('visits every flow and lists the screens of one', async () => {
    const names: string[] = [];
    for await (const flow of client.whatsapp.flows.list({ pageSize: 50 })) names.push(flow.name);
    expect(names).toEqual(['flow1', 'flow2']);
    expect(await client.whatsapp.flows.listScreens('12345678765432')).toEqual({ screens: [{ id: 'MY_FIRST_SCREEN' }] });
  });

  it('lists, creates, gets and assigns solutions', async () => {
    const list = await client.whatsapp.solutions.list();
    expect(list.solutions.map((s) => [s.id, s.assigned])).toEqual([
      ['123', false],
      ['123', true],
      ['123', false],
    ]);
    const created = await client.whatsapp.solutions.create({
      accessToken: '3cca3b57-e388-4aaa-abe3-ecb1c0c8265f',
      businessManager: 'SINCH_UK',
      details: { name: 'Test name' },
    });
    expect([created.solutions.length, created.failedSolutions]).toEqual([3, []]);
    expect((await client.whatsapp.solutions.get('123')).partnerApp).toEqual({ id: 789, name: 'Test partner app name' });
    expect(await client.whatsapp.solutions.assign('123')).toBeUndefined();
  });
});
