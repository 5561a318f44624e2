import { describe, expect, expectTypeOf, it } from 'vitest';
import { APIPromise, NotFoundError, Page, Provisioning, ValidationError, type Webhook, type WithResponse } from '../../../../src/index.js';
import { json, scriptedFetch } from '../helpers.js';

const BASE = 'https://provisioning.test';
const webhook = { id: 'w1', target: 'https://example.com/cb', projectId: 'p1', triggers: ['ALL'] };
const client = (fetch: typeof globalThis.fetch) => new Provisioning({ projectId: 'p1', accessToken: 'tok', baseUrl: BASE, fetch });

describe('response metadata', () => {
  it('withResponse() gives the data, a readable Response and the request id of a successful call', async () => {
    const fetch = scriptedFetch(json(200, webhook, { 'x-request-id': 'req-1', 'x-extra': 'e' }));
    const call = client(fetch).webhooks.get('w1');
    expect(call).toBeInstanceOf(APIPromise);
    // Typed as a Promise: it can be passed where one is expected.
    expectTypeOf(call).toMatchTypeOf<Promise<Webhook>>();
    const { data, response, requestId } = await call.withResponse();
    expectTypeOf(data).toEqualTypeOf<Webhook>();
    expect(data).toEqual(webhook);
    expect(requestId).toBe('req-1');
    expect([response.status, response.headers.get('x-extra')]).toEqual([200, 'e']);
    expect(await response.json()).toEqual(webhook);
    expect(fetch.calls).toHaveLength(1);
  });

  it('asResponse() gives the Response without parsing, also for a body that is not JSON', async () => {
    const fetch = scriptedFetch(new Response('not json', { status: 200, headers: { 'content-type': 'application/json' } }));
    const response = await client(fetch).webhooks.get('w1').asResponse();
    expect(await response.text()).toBe('not json');
    // The same body awaited as data is an error: the parse happens only on demand.
    await expect(client(fetch).webhooks.get('w1')).rejects.toThrow(/Invalid JSON/);
  });

  it('one request whichever way the result is read, the data parsed once', async () => {
    const fetch = scriptedFetch(json(200, webhook, { 'x-request-id': 'req-2' }));
    const call = client(fetch).webhooks.get('w1');
    const [data, meta, response] = await Promise.all([call, call.withResponse(), call.asResponse()]);
    expect(fetch.calls).toHaveLength(1);
    expect(meta.data).toBe(data);
    expect(response.status).toBe(200);
  });

  it('an error status rejects all three with the typed error', async () => {
    const fetch = scriptedFetch(json(404, { errorCode: 'webhook_not_found', message: 'gone' }, { 'x-request-id': 'req-404' }));
    const c = client(fetch);
    await expect(c.webhooks.get('w1').withResponse()).rejects.toBeInstanceOf(NotFoundError);
    await expect(c.webhooks.get('w1').asResponse()).rejects.toMatchObject({ requestId: 'req-404' });
    await expect(c.webhooks.get('w1')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('methods that check their input first still reject (not throw) and offer withResponse', async () => {
    const fetch = scriptedFetch(json(201, webhook, { 'x-request-id': 'req-c' }));
    const c = client(fetch);
    const bad = c.webhooks.create({ target: 'https://example.com/cb', secret: 'long-enough-secret', triggers: ['ALL', 'BUNDLE_DONE'] });
    await expect(bad.withResponse()).rejects.toBeInstanceOf(ValidationError);
    const created = await c.webhooks.create({ target: 'https://example.com/cb', secret: 'long-enough-secret', triggers: ['ALL'] }).withResponse();
    expect([created.data.id, created.requestId]).toEqual(['w1', 'req-c']);
    // A method that returns nothing gives undefined as data, with the response.
    const nothing = await client(scriptedFetch(new Response(null, { status: 204, headers: { 'x-request-id': 'req-d' } })))
      .webhooks.delete('w1')
      .withResponse();
    expectTypeOf(nothing).toEqualTypeOf<WithResponse<void>>();
    expect([nothing.data, nothing.response.status, nothing.requestId]).toEqual([undefined, 204, 'req-d']);
  });

  it('list calls: withResponse() on the first page, the same page await gives; asResponse() too', async () => {
    const list = { webhooks: [webhook], totalSize: 1, pageSize: 1 };
    const fetch = scriptedFetch(json(200, list, { 'x-request-id': 'req-list' }));
    const listing = client(fetch).webhooks.list();
    const [page, meta] = await Promise.all([listing, listing.withResponse()]);
    expect(meta.data).toBe(page);
    expect(page).toBeInstanceOf(Page);
    expectTypeOf(meta.data.items).toEqualTypeOf<Webhook[]>();
    expect([meta.requestId, meta.data.items.map((w) => w.id)]).toEqual(['req-list', ['w1']]);
    expect((await listing.asResponse()).status).toBe(200);
    expect(fetch.calls).toHaveLength(1);
    // Nothing is sent for a listing that is never read.
    client(fetch).webhooks.list();
    expect(fetch.calls).toHaveLength(1);
  });
});
