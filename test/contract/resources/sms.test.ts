import { describe, expect, inject, it } from 'vitest';
import { createTestClient } from '../../../src/testing/index.js';
import type { SmsAppInput } from '../../../src/index.js';

// Prism answers with the spec's response examples; the requests must satisfy the spec or it answers 422.
const client = createTestClient(inject('prismUrl'));
const APP_ID = '439fffeedc41494ca58b99a534139bb0';

describe('SMS apps against the mock', () => {
  it('list awaits to the first page and for await visits every app', async () => {
    const page = await client.sms.apps.list({ pageSize: 50 });
    expect([page.items.length, page.totalSize, page.pageSize, page.hasNextPage()]).toEqual([1, 1, 50, false]);
    const ids: string[] = [];
    for await (const app of client.sms.apps.list()) ids.push(app.id);
    expect(ids).toEqual([APP_ID]);
  });

  it.each<[string, SmsAppInput]>([
    ['alone', { name: 'Sms app name', region: 'EU' }],
    ['with a new Conversation app', { name: 'Sms app name', region: 'EU', convApiApp: true }],
    ['linked to an existing Conversation app', { name: 'Sms app name', region: 'EU', convApiAppId: '01KXD2MJSAN61CNE0CJ6VT6PXP' }],
  ])('creates an app %s', async (_name, input) => {
    const app = await client.sms.apps.create(input);
    expect([app.id, app.status, app.conversationApiAppDetails?.region]).toEqual([APP_ID, 'ACTIVE', 'EU']);
  });

  it('gets, renames and deletes an app', async () => {
    expect((await client.sms.apps.get(APP_ID)).regions).toEqual(['EU']);
    expect((await client.sms.apps.update(APP_ID, { name: 'Sms app name' })).name).toBe('Sms app name');
    expect(await client.sms.apps.delete(APP_ID)).toBeUndefined();
  });
});
