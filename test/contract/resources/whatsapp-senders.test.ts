import { describe, expect, inject, it } from 'vitest';
import type { WhatsAppSenderInput, WhatsAppSenderUpdate } from '../../../src/index.js';
import { createTestClient } from '../../../src/testing/index.js';
import { loadSpec, type Json } from '../../helpers/spec.js';

// Prism answers with the spec's response examples; the requests must satisfy the spec or it answers 422.
const client = createTestClient(inject('prismUrl'));
const paths = loadSpec().paths;
const bodies = (path: string, method: string) => paths[path][method].requestBody.content['application/json'].examples as Record<string, Json>;
const COLLECTION = '/v1/projects/{projectId}/whatsapp/senders';
const SENDER_ID = 'cf11794a-6a5e-4a12-b103-da79bd378bf1';
const senders = client.whatsapp.senders;

describe('whatsapp senders against the mock', () => {
  it('list awaits to the first page, with filters', async () => {
    const page = await senders.list({ pageSize: 10, filterStates: ['ACTIVE', 'PENDING_VERIFICATION'], filterStatuses: ['DRAFT'] });
    expect([page.items.length, page.totalSize, page.items[0]?.id, page.items[0]?.state]).toEqual([2, 2, SENDER_ID, 'ACTIVE']);
    // The second sender of the official example is still being created: no state yet, changes IN_PROGRESS.
    expect([page.items[1]?.state, page.items[1]?.changes?.status]).toEqual([undefined, 'IN_PROGRESS']);
  });

  it('for await visits every sender of the (single-page) example and stops', async () => {
    const ids: string[] = [];
    for await (const s of senders.list()) ids.push(s.id);
    expect(ids).toEqual([SENDER_ID, SENDER_ID]);
  });

  it.each(Object.keys(bodies(COLLECTION, 'post')))('creates a sender from the %s example', async (name) => {
    const sender = await senders.create(bodies(COLLECTION, 'post')[name]!.value as WhatsAppSenderInput);
    expect([sender.id, sender.region, sender.metaLocalStorage, sender.state, sender.changes?.status, sender.changes?.errorCode]).toEqual([
      SENDER_ID,
      'EU',
      'DE',
      undefined,
      'IN_PROGRESS',
      undefined,
    ]);
  });

  it.each(Object.keys(bodies(`${COLLECTION}/{senderId}`, 'patch')))('updates a sender from the %s example', async (name) => {
    const sender = await senders.update(SENDER_ID, bodies(`${COLLECTION}/{senderId}`, 'patch')[name]!.value as WhatsAppSenderUpdate);
    expect(sender.changes?.status).toBe('IN_PROGRESS');
  });

  it('gets a sender and waits for it (already final: one poll)', async () => {
    expect((await senders.get(SENDER_ID)).businessManager).toBe('SINCH_UK');
    const polled: unknown[] = [];
    const sender = await senders.waitForFinalState(SENDER_ID, { onPoll: (s) => polled.push(s) });
    expect([sender.state, sender.changes?.status, polled.length]).toEqual(['ACTIVE', undefined, 1]);
  });

  it('deletes a sender and its pending changes', async () => {
    expect(await senders.delete(SENDER_ID)).toBeUndefined();
    expect(await senders.deleteChanges(SENDER_ID)).toBeUndefined();
  });

  it('lists activities and adds a comment', async () => {
    const page = await senders.listActivities(SENDER_ID, { pageSize: 10 });
    expect(page.items.map((a) => [a.type, a.author])).toEqual([
      ['CREATED', 'Provisioning API user'],
      ['COMMENT_ADDED', 'Provisioning API user'],
    ]);
    expect((await senders.addComment(SENDER_ID, { comment: 'Example comment.' })).type).toBe('CREATED');
  });

  it('registers, verifies and reads the verification status', async () => {
    expect(await senders.register(SENDER_ID, { method: 'SMS' })).toEqual({
      id: SENDER_ID,
      method: 'SMS',
      accepted: '2023-01-19T13:11:08.204Z',
      verificationCodeSent: true,
    });
    expect(await senders.verify(SENDER_ID, { code: '123456' })).toBeUndefined();
    expect(await senders.getVerificationStatus(SENDER_ID)).toEqual({ status: 'EXPIRED' });
    expect(await senders.getSuggestedUsernames(SENDER_ID)).toEqual({ usernames: ['Example usernames'] });
  });
});
