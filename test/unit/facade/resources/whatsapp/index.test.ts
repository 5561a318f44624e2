import { describe, expect, it } from 'vitest';
import { FailedDependencyError, ValidationError } from '../../../../../src/index.js';
import { json, papiError, type scriptedFetch } from '../../helpers.js';
import { client } from '../../../../helpers/client.js';
import { rejection } from '../../../../helpers/rejection.js';

const account = { state: 'ONBOARDED', isEmbeddedSignup: false, businessManager: 'SINCH_UK', wabaMaxPriceOnboarded: false, compatibleRegions: ['eu'] };
const solution = { id: '123', details: { name: 'Test name' }, assigned: false };

const sent = (f: ReturnType<typeof scriptedFetch>) => f.calls.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`);

describe('whatsapp account', () => {
  it('gets, creates, updates and deletes the one account of the project', async () => {
    const { c, fetch } = client([json(200, account), json(201, account), json(200, account), new Response(null, { status: 204 })]);
    expect(await c.whatsapp.get()).toEqual(account);
    const input = { wabaName: 'Brand', clientBusinessManagerId: '1234567890', senderDetails: { displayName: 'Brand', businessCategory: 'OTHER' as const } };
    expect(await c.whatsapp.create(input)).toEqual(account);
    expect(await c.whatsapp.update({ wabaName: 'Brand 2' })).toEqual(account);
    expect(await c.whatsapp.delete()).toBeUndefined();
    expect(sent(fetch)).toEqual([
      'GET /v1/projects/p1/whatsapp',
      'POST /v1/projects/p1/whatsapp',
      'PATCH /v1/projects/p1/whatsapp',
      'DELETE /v1/projects/p1/whatsapp',
    ]);
    expect(JSON.parse(fetch.calls[1]?.body ?? '')).toEqual(input);
    expect(JSON.parse(fetch.calls[2]?.body ?? '')).toEqual({ wabaName: 'Brand 2' });
  });

  it('rejects an update without any field before sending (oneRequired)', async () => {
    const { c, fetch } = client([json(200, account)]);
    const err = (await rejection(c.whatsapp.update({}))) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect([err.field, err.rule]).toEqual(['body', 'oneRequired']);
    expect(err.message).toContain('companyLegalName, wabaName, clientBusinessManagerId, senderDetails');
    expect(fetch.calls).toHaveLength(0);
  });

  it('rejects a create body that matches neither form, without sending', async () => {
    const { c, fetch } = client([json(201, account)]);
    const err = (await rejection(
      c.whatsapp.create({ wabaName: 'x'.repeat(256), clientBusinessManagerId: '1', senderDetails: { displayName: 'a', businessCategory: 'OTHER' } }),
    )) as ValidationError;
    expect([err.field, err.rule]).toEqual(['wabaName', 'maxLength']);
    expect(fetch.calls).toHaveLength(0);
  });

  it('pages through activities', async () => {
    const { c, fetch } = client([
      json(200, { totalSize: 3, pageSize: 2, notifications: [{ type: 'CREATED' }, { type: 'EDITED' }], nextPageToken: 'n2' }),
      json(200, { totalSize: 3, pageSize: 2, notifications: [{ type: 'COMMENT_ADDED', comment: 'hi' }] }),
    ]);
    const types: string[] = [];
    for await (const a of c.whatsapp.listActivities({ pageSize: 2 })) types.push(a.type);
    expect(types).toEqual(['CREATED', 'EDITED', 'COMMENT_ADDED']);
    expect(sent(fetch)).toEqual(['GET /v1/projects/p1/whatsapp/activities?pageSize=2', 'GET /v1/projects/p1/whatsapp/activities?pageSize=2&pageToken=n2']);
  });

  it('adds a comment, and refuses an empty one', async () => {
    const { c, fetch } = client([json(201, { type: 'CREATED', comment: 'Looks good' })]);
    expect(await c.whatsapp.addComment({ comment: 'Looks good' })).toEqual({ type: 'CREATED', comment: 'Looks good' });
    const err = (await rejection(c.whatsapp.addComment({ comment: '' }))) as ValidationError;
    expect([err.field, err.rule]).toEqual(['comment', 'minLength']);
    expect(sent(fetch)).toEqual(['POST /v1/projects/p1/whatsapp/comments']);
  });

  it('enables template analytics with a PUT and surfaces 424 as FailedDependencyError', async () => {
    const { c, fetch } = client([new Response(null, { status: 200 }), papiError(424, 'template_insights_not_yet_available', 'Not yet.')]);
    expect(await c.whatsapp.enableTemplateAnalytics()).toBeUndefined();
    const err = (await rejection(c.whatsapp.enableTemplateAnalytics())) as FailedDependencyError;
    expect(err).toBeInstanceOf(FailedDependencyError);
    expect(err.errorCode).toBe('template_insights_not_yet_available');
    expect(sent(fetch)).toEqual(['PUT /v1/projects/p1/whatsapp/enableTemplateAnalytics', 'PUT /v1/projects/p1/whatsapp/enableTemplateAnalytics']);
  });

  it('deprecated helpers: the long-lived token needs a facebookToken or facebookCode (oneRequired)', async () => {
    const { c, fetch } = client([json(201, { longLivedAccessToken: 'LL' }), json(200, { wabas: [] })]);
    const err = (await rejection(c.whatsapp.createLongLivedAccessToken({ businessManager: 'SINCH_UK' }))) as ValidationError;
    expect([err.field, err.rule]).toEqual(['body', 'oneRequired']);
    expect(fetch.calls).toHaveLength(0);
    expect(await c.whatsapp.createLongLivedAccessToken({ facebookCode: 'code' })).toEqual({ longLivedAccessToken: 'LL' });
    expect(await c.whatsapp.listWabaDetails({ facebookToken: 't' })).toEqual({ wabas: [] });
    expect(sent(fetch)).toEqual(['POST /v1/projects/p1/whatsapp/longLivedAccessToken', 'POST /v1/projects/p1/whatsapp/wabaDetails']);
  });
});

describe('whatsapp flows', () => {
  it('lists flows page by page and the screens of one flow', async () => {
    const { c, fetch } = client([
      json(200, { totalSize: 1, pageSize: 50, flows: [{ id: '123', name: 'flow1', status: 'FLOW_STATUS_PUBLISHED' }] }),
      json(200, { screens: [{ id: 'MY_FIRST_SCREEN' }] }),
    ]);
    const page = await c.whatsapp.flows.list();
    expect(page.items.map((f) => f.name)).toEqual(['flow1']);
    expect(page.hasNextPage()).toBe(false);
    expect(await c.whatsapp.flows.listScreens('123')).toEqual({ screens: [{ id: 'MY_FIRST_SCREEN' }] });
    expect(sent(fetch)).toEqual(['GET /v1/projects/p1/whatsapp/flows', 'GET /v1/projects/p1/whatsapp/flows/123/screens']);
  });

  it('rejects a pageSize over 100 and an empty flow id without sending', async () => {
    const { c, fetch } = client([json(200, {})]);
    const err = (await rejection(c.whatsapp.flows.list({ pageSize: 101 }).then((p) => p))) as ValidationError;
    expect([err.field, err.rule]).toEqual(['pageSize', 'maximum']);
    const empty = (await rejection(c.whatsapp.flows.listScreens(''))) as ValidationError;
    expect([empty.field, empty.rule]).toEqual(['flowId', 'minLength']);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('whatsapp solutions', () => {
  it('lists (one response), creates, gets and assigns', async () => {
    const { c, fetch } = client([
      json(200, { solutions: [solution] }),
      json(201, { solutions: [solution], failedSolutions: [] }),
      json(200, solution),
      new Response(null, { status: 204 }),
    ]);
    expect(await c.whatsapp.solutions.list()).toEqual({ solutions: [solution] });
    const input = { accessToken: 'meta-token', businessManager: 'SINCH_UK' as const, details: { name: 'Test name' } };
    expect((await c.whatsapp.solutions.create(input)).failedSolutions).toEqual([]);
    expect(await c.whatsapp.solutions.get('123')).toEqual(solution);
    expect(await c.whatsapp.solutions.assign('123')).toBeUndefined();
    expect(sent(fetch)).toEqual([
      'GET /v1/projects/p1/whatsapp/solutions',
      'POST /v1/projects/p1/whatsapp/solutions',
      'GET /v1/projects/p1/whatsapp/solutions/123',
      'POST /v1/projects/p1/whatsapp/solutions/123/assign',
    ]);
  });

  it('rejects a business manager that solutions do not accept, without sending', async () => {
    const { c, fetch } = client([json(201, {})]);
    const err = (await rejection(
      c.whatsapp.solutions.create({ accessToken: 't', businessManager: 'SINCH_AMERICA' as never, details: { name: 'n' } }),
    )) as ValidationError;
    expect([err.field, err.rule]).toEqual(['businessManager', 'enum']);
    expect(fetch.calls).toHaveLength(0);
  });
});
