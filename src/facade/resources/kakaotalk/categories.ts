import type { PagePromise } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import type { KakaoTalkSenderCategories, KakaoTalkTemplateCategory, KakaoTalkTemplateCategoryList, KakaoTalkTemplateCategoryListParams } from './types.js';

/** The category codes KakaoTalk senders and templates must be filed under. */
export class KakaoTalkCategories extends APIResource {
  static readonly operations = {
    listForSenders: 'KakaotalkCategoriesController_listSenderCategories_v1',
    listForTemplates: 'KakaotalkCategoriesController_getTemplateCategories_v1',
  } as const satisfies OperationMap;

  /**
   * The whole sender category tree (not paginated): depth 1 codes are a sender's
   * `topLevelCategoryCode`, depth 2 its `midLevelCategoryCode`, depth 3 its `subLevelCategoryCode`.
   */
  listForSenders(opts?: RequestOptions): APIPromise<KakaoTalkSenderCategories> {
    return this._get('/v1/projects/{projectId}/kakaotalk/categories/senders', {}, opts);
  }

  /** Template category groups for a sender; a subcategory's 6-digit `code` is a template's `categoryCode`. */
  listForTemplates(
    plusFriendId: string,
    query: KakaoTalkTemplateCategoryListParams = {},
    opts?: RequestOptions,
  ): PagePromise<KakaoTalkTemplateCategory, KakaoTalkTemplateCategoryList> {
    return this._list('/v1/projects/{projectId}/kakaotalk/categories/senders/{plusFriendId}/templates', 'categories', { path: { plusFriendId }, query }, opts);
  }
}
