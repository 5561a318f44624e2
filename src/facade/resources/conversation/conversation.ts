import type { APIPromise } from '../../core/api-promise.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import type { InstagramInfo, MessengerInfo, TelegramBotInfo, ViberBotInfo } from './types.js';

/**
 * Channel information of a Conversation API app, read live from the channel (Closed Beta).
 * A 404 NotFoundError with errorCode `conversation_app_no_<channel>_channel` means the app
 * has no such channel.
 */
export class Conversation extends APIResource {
  static readonly operations = {
    getInstagram: 'ConversationInstagramController_get_v1',
    getMessenger: 'ConversationMessengerController_get_v1',
    getTelegram: 'ConversationTelegramController_get_v1',
    getViber: 'ConversationViberController_get_v1',
  } as const satisfies OperationMap;

  /** Profile of the Instagram account attached to the app (followers, media count ...). */
  getInstagram(conversationAppId: string, opts?: RequestOptions): APIPromise<InstagramInfo> {
    return this._get('/v1/projects/{projectId}/conversation/apps/{conversationAppId}/instagram', { path: { conversationAppId } }, opts);
  }

  /** The Facebook page behind the app's Messenger channel. */
  getMessenger(conversationAppId: string, opts?: RequestOptions): APIPromise<MessengerInfo> {
    return this._get('/v1/projects/{projectId}/conversation/apps/{conversationAppId}/messenger', { path: { conversationAppId } }, opts);
  }

  /** The Telegram bot behind the app, with its group and inline-query settings. */
  getTelegram(conversationAppId: string, opts?: RequestOptions): APIPromise<TelegramBotInfo> {
    return this._get('/v1/projects/{projectId}/conversation/apps/{conversationAppId}/telegram', { path: { conversationAppId } }, opts);
  }

  /** The Viber bot behind the app (category, location, subscribers ...). */
  getViber(conversationAppId: string, opts?: RequestOptions): APIPromise<ViberBotInfo> {
    return this._get('/v1/projects/{projectId}/conversation/apps/{conversationAppId}/viber', { path: { conversationAppId } }, opts);
  }
}
