import { describe, expect, inject, it } from 'vitest';
import { createTestClient } from '../../../src/testing/index.js';
import { Triggers, type WebhookInput } from '../../../src/index.js';

// Prism answers with the spec's response examples; the requests must satisfy the spec or it answers 422.
const client = createTestClient(inject('prismUrl'));
const input: WebhookInput = { target: 'https://my.server.com/callback', secret: 'f3b9c2e4a8d14b7c9e0a6d2f5c8b1e7a', triggers: [Triggers.ALL] };

describe('webhooks against the mock', () => {
  it('list awaits to the first page', async () => {
    const page = await client.webhooks.list({ pageSize: 15 });
    expect([page.items.length, page.totalSize, page.pageSize, page.hasNextPage()]).toEqual([2, 2, 15, false]);
    expect(page.items[0]?.triggers).toEqual(['WHATSAPP_TEMPLATE_APPROVED', 'WHATSAPP_TEMPLATE_REJECTED']);
  });

  it('for await visits every webhook', async () => {
    const targets: string[] = [];
    for await (const hook of client.webhooks.list()) targets.push(hook.target);
    expect(targets).toEqual(['https://my.server.com/callback1', 'https://my.server.com/callback2']);
  });

  it('creates a webhook with normalized triggers', async () => {
    const triggers = Triggers.normalize(['WHATSAPP_TEMPLATE_REJECTED', 'WHATSAPP_TEMPLATE_APPROVED', 'WHATSAPP_TEMPLATE_REJECTED']);
    expect(triggers).toEqual(['WHATSAPP_TEMPLATE_APPROVED', 'WHATSAPP_TEMPLATE_REJECTED']);
    const hook = await client.webhooks.create({ ...input, triggers });
    expect(hook).toEqual({
      id: '7c60ce550f1d40198d5ffb113d58591b',
      projectId: 'ea026751-3edf-40a9-ad93-1b382bd60a78',
      target: 'https://my.server.com/callback',
      triggers: ['ALL'],
    });
  });

  it('gets one webhook', async () => {
    const hook = await client.webhooks.get('7c60ce550f1d40198d5ffb113d58591b');
    expect([hook.id, hook.target, hook.triggers]).toEqual(['7c60ce550f1d40198d5ffb113d58591b', 'https://my.server.com/callback', ['ALL']]);
  });

  it('replaces and updates a webhook', async () => {
    const replaced = await client.webhooks.replace('7c60ce550f1d40198d5ffb113d58591b', { ...input, triggers: Triggers.family('WHATSAPP_TEMPLATE') });
    // The official replace example: the webhook now listens to two template triggers.
    expect([replaced.id, replaced.triggers]).toEqual(['7c60ce550f1d40198d5ffb113d58591b', ['WHATSAPP_TEMPLATE_APPROVED', 'WHATSAPP_TEMPLATE_REJECTED']]);
    const updated = await client.webhooks.update('7c60ce550f1d40198d5ffb113d58591b', { triggers: [Triggers.BUNDLE_DONE] });
    expect(updated.projectId).toBe('ea026751-3edf-40a9-ad93-1b382bd60a78');
  });

  it('deletes a webhook', async () => {
    expect(await client.webhooks.delete('7c60ce550f1d40198d5ffb113d58591b')).toBeUndefined();
  });
});
