import { APIResource } from '../resource.js';
import { KakaoTalkCategories } from './categories.js';
import { KakaoTalkSenders } from './senders.js';
import { KakaoTalkTemplates } from './templates.js';

/**
 * KakaoTalk: senders (channels), their message templates and the category codes both need.
 *
 * ```ts
 * for await (const t of client.kakaotalk.templates.list(plusFriendId)) console.log(t.code, t.state);
 * ```
 */
export class KakaoTalk extends APIResource {
  readonly senders = new KakaoTalkSenders(this._client);
  /** Templates belong to a sender: pass its `plusFriendId` first. */
  readonly templates = new KakaoTalkTemplates(this._client);
  readonly categories = new KakaoTalkCategories(this._client);
}

export type { KakaoTalkCategories, KakaoTalkSenders, KakaoTalkTemplates };
export { isFinalKakaoTalkSender } from './senders.js';
export { isFinalKakaoTalkTemplate } from './templates.js';
export type * from './types.js';
