import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../../../../src/index.js';
import { json, papiError } from '../../helpers.js';
import { client } from '../../../../helpers/client.js';
import { rejection } from '../../../../helpers/rejection.js';

describe('conversation channel information', () => {
  it.each([
    ['getInstagram', 'instagram', { status: 'ACTIVE', username: 'Sinch', followersCount: 1 }],
    ['getMessenger', 'messenger', { status: 'ACTIVE', name: 'Sinch page' }],
    ['getTelegram', 'telegram', { status: 'ACTIVE', username: 'sinch_bot', canJoinGroups: true }],
    ['getViber', 'viber', { status: 'ERROR', statusDescription: 'token revoked', location: { lon: 10, lat: 59 } }],
  ] as const)('%s reads GET .../conversation/apps/{id}/%s', async (method, channel, info) => {
    const { c, fetch } = client([json(200, info)]);
    expect(await c.conversation[method]('app 1')).toEqual(info);
    expect(fetch.calls.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([`GET /v1/projects/p1/conversation/apps/app%201/${channel}`]);
  });

  it('rejects an empty app id without sending', async () => {
    const { c, fetch } = client([json(200, {})]);
    const err = (await rejection(c.conversation.getTelegram(''))) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect([err.field, err.rule]).toEqual(['conversationAppId', 'minLength']);
    expect(fetch.calls).toHaveLength(0);
  });

  it('turns a missing channel into NotFoundError with its error code', async () => {
    const { c } = client([papiError(404, 'conversation_app_no_viber_channel', 'No Viber channel.')]);
    const err = (await rejection(c.conversation.getViber('app1'))) as NotFoundError;
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.errorCode).toBe('conversation_app_no_viber_channel');
  });
});
