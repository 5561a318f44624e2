import { describe, expect, inject, it } from 'vitest';
import { createTestClient } from '../../../src/testing/index.js';

// Prism answers with the spec's response examples.
const client = createTestClient(inject('prismUrl'));
const APP_ID = '01KXD2MJSAN61CNE0CJ6VT6PXP';

describe('conversation channel information against the mock', () => {
  it('reads the Instagram profile', async () => {
    const info = await client.conversation.getInstagram(APP_ID);
    expect(info).toEqual({ id: '1234567890', username: 'Sinch', status: 'ACTIVE', followersCount: 1, followsCount: 3, mediaCount: 0 });
  });

  it('reads the Messenger page', async () => {
    const info = await client.conversation.getMessenger(APP_ID);
    expect([info.status, info.name, info.globalBrandPageName]).toEqual(['ACTIVE', 'Example name', 'Example globalBrandPageName']);
  });

  it('reads the Telegram bot', async () => {
    const info = await client.conversation.getTelegram(APP_ID);
    expect([info.username, info.canJoinGroups, info.canReadAllGroupMessages]).toEqual(['sinch_bot', true, false]);
  });

  it('reads the Viber bot', async () => {
    const info = await client.conversation.getViber(APP_ID);
    expect([info.uri, info.location, info.subscribersCount]).toEqual(['https://www.example.com', { lon: 10, lat: 10 }, 10]);
  });
});
