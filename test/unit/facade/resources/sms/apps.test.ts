import { describe, expect, it } from 'vitest';
import { type SmsApp, type SmsAppInput, ValidationError } from '../../../../../src/index.js';
import { json } from '../../helpers.js';
import { client } from '../../../../helpers/client.js';
import { rejection } from '../../../../helpers/rejection.js';

const app: SmsApp = { id: 'a1', smsServiceId: 's1', name: 'Texts', status: 'ACTIVE', regions: ['EU'], test: false };

describe('sms.apps.list', () => {
  it('awaits to one page and iterates every app across pages', async () => {
    const first = json(200, { totalSize: 2, pageSize: 1, smsApps: [app], nextPageToken: 't2' });
    const { c, fetch } = client([first, first, json(200, { totalSize: 2, pageSize: 1, smsApps: [{ ...app, id: 'a2' }] })]);
    const page = await c.sms.apps.list({ pageSize: 1 });
    expect([page.items, page.totalSize, page.nextPageToken]).toEqual([[app], 2, 't2']);
    const ids: string[] = [];
    for await (const a of c.sms.apps.list({ pageSize: 1 })) ids.push(a.id);
    expect(ids).toEqual(['a1', 'a2']);
    expect(fetch.calls.map((r) => `${r.url.pathname}${r.url.search}`)).toEqual([
      '/v1/projects/p1/sms/smsApps?pageSize=1',
      '/v1/projects/p1/sms/smsApps?pageSize=1',
      '/v1/projects/p1/sms/smsApps?pageSize=1&pageToken=t2',
    ]);
  });

  it('rejects pageSize over 100 before sending', async () => {
    const { c, fetch } = client([json(200, {})]);
    const err = await rejection<ValidationError>(c.sms.apps.list({ pageSize: 101 }));
    expect([err.field, err.rule]).toEqual(['pageSize', 'maximum']);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('sms.apps.create', () => {
  it('posts the app, linked to an existing Conversation app', async () => {
    const { c, fetch } = client([json(201, app)]);
    const input: SmsAppInput = { name: 'Texts', region: 'EU', convApiAppId: '01KXD2MJSAN61CNE0CJ6VT6PXP' };
    expect(await c.sms.apps.create(input)).toEqual(app);
    expect(`${fetch.calls[0]?.method} ${fetch.calls[0]?.url.pathname}`).toBe('POST /v1/projects/p1/sms/smsApps');
    expect(JSON.parse(fetch.calls[0]?.body ?? '')).toEqual(input);
  });

  it('accepts convApiApp: false next to convApiAppId', async () => {
    const { c, fetch } = client([json(201, app)]);
    await c.sms.apps.create({ name: 'Texts', region: 'US', convApiApp: false, convApiAppId: 'c1' });
    expect(fetch.calls).toHaveLength(1);
  });

  it.each([
    [{ name: 'Texts', region: 'EU', convApiApp: true, convApiAppId: 'c1' }, 'convApiAppId', 'exclusive'],
    [{ name: 'Texts', region: 'AU' }, 'region', 'enum'],
    [{ name: '', region: 'EU' }, 'name', 'minLength'],
    [{ region: 'EU' }, 'name', 'required'],
  ])('rejects invalid input %# (%s) without sending', async (body, field, rule) => {
    const { c, fetch } = client([json(201, app)]);
    const err = await rejection<ValidationError>(c.sms.apps.create(body as SmsAppInput));
    expect(err).toBeInstanceOf(ValidationError);
    expect([err.field, err.rule]).toEqual([field, rule]);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('sms.apps.get / update / delete', () => {
  it('gets one app', async () => {
    const { c, fetch } = client([json(200, app)]);
    expect(await c.sms.apps.get('a1')).toEqual(app);
    expect(`${fetch.calls[0]?.method} ${fetch.calls[0]?.url.pathname}`).toBe('GET /v1/projects/p1/sms/smsApps/a1');
  });

  it('renames with PATCH', async () => {
    const { c, fetch } = client([json(200, { ...app, name: 'Alerts' })]);
    expect((await c.sms.apps.update('a1', { name: 'Alerts' })).name).toBe('Alerts');
    expect(`${fetch.calls[0]?.method} ${fetch.calls[0]?.url.pathname}`).toBe('PATCH /v1/projects/p1/sms/smsApps/a1');
    expect(JSON.parse(fetch.calls[0]?.body ?? '')).toEqual({ name: 'Alerts' });
  });

  it.each([
    ['empty', {}],
    ['undefined name', { name: undefined }],
  ])('rejects an update that changes nothing (no_fields_to_update): %s', async (_name, patch) => {
    const { c, fetch } = client([json(200, app)]);
    const err = await rejection<ValidationError>(c.sms.apps.update('a1', patch));
    expect([err.field, err.rule, err.issues.length]).toEqual(['body', 'oneRequired', 1]);
    expect(err.issues[0]?.message).toBe('must change at least one of name');
    expect(fetch.calls).toHaveLength(0);
  });

  it('deletes and resolves to undefined on 204', async () => {
    const { c, fetch } = client([new Response(null, { status: 204 })]);
    expect(await c.sms.apps.delete('a1')).toBeUndefined();
    expect(`${fetch.calls[0]?.method} ${fetch.calls[0]?.url.pathname}`).toBe('DELETE /v1/projects/p1/sms/smsApps/a1');
  });

  it('rejects an empty app id without sending', async () => {
    const { c, fetch } = client([new Response(null, { status: 204 })]);
    const err = await rejection<ValidationError>(c.sms.apps.delete(''));
    expect([err.field, err.rule]).toEqual(['smsAppId', 'minLength']);
    expect(fetch.calls).toHaveLength(0);
  });
});
