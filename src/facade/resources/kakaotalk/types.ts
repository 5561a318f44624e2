import type { components } from '../../../generated/schema.js';
import type { QueryOf } from '../types.js';

type Schemas = components['schemas'];

/** A KakaoTalk sender (channel), addressed by its `plusFriendId`. */
export type KakaoTalkSender = Schemas['KakaotalkSenderDto'];
export type KakaoTalkSenderList = Schemas['KakaotalkSenderListDto'];
export type KakaoTalkSenderState = Schemas['KakaotalkSenderStatesEnum'];
/** Status of a sender's or template's pending change set. */
export type KakaoTalkChangeStatus = Schemas['KakaotalkSenderStatusesEnum'];
/** `status` defaults to SUBMIT (send for review); DRAFT only saves the sender. */
export type KakaoTalkSenderInput = Schemas['KakaotalkInputSenderDto'];
/** `status` defaults to DRAFT here: send SUBMIT to have the change reviewed. */
export type KakaoTalkSenderUpdate = Schemas['KakaotalkInputUpdateSenderDto'];
/** The numeric one-time code KakaoTalk sends after `register`. */
export type KakaoTalkSenderVerification = Schemas['KakaotalkInputVerifySenderDto'];
export type KakaoTalkSenderListParams = QueryOf<'KakaotalkSendersController_listSenders_v1'>;
export type KakaoTalkSenderActivity = Schemas['KakaotalkSenderNotificationDto'];
export type KakaoTalkSenderActivityList = Schemas['KakaotalkSenderNotificationListDto'];
export type KakaoTalkSenderActivityListParams = QueryOf<'KakaotalkSendersController_listActivities_v1'>;

/** A KakaoTalk message template of a sender, addressed by its `code`. */
export type KakaoTalkTemplate = Schemas['KakaotalkTemplateDto'];
export type KakaoTalkTemplateList = Schemas['KakaotalkTemplateListDto'];
export type KakaoTalkTemplateState = Schemas['KakaotalkTemplateStatesEnum'];
/** Template content; messageType BASIC, emphasizeType NONE and categoryCode 999999 apply when left out. */
export type KakaoTalkTemplateDetailsInput = Schemas['KakaotalkInputTemplateDetailsDto'];
/** `status` defaults to SUBMIT (send for review); DRAFT only saves the template. */
export type KakaoTalkTemplateInput = Schemas['KakaotalkInputTemplateDto'];
/** `status` defaults to DRAFT here: send SUBMIT to have the change reviewed. */
export type KakaoTalkTemplateUpdate = Schemas['KakaotalkInputUpdateTemplateDto'];
export type KakaoTalkTemplateButtonInput = Schemas['KakaotalkInputButtonDto'];
export type KakaoTalkTemplateListParams = QueryOf<'KakaotalkTemplatesController_listTemplates_v1'>;
export type KakaoTalkTemplateActivity = Schemas['KakaotalkTemplateNotificationDto'];
export type KakaoTalkTemplateActivityList = Schemas['KakaotalkTemplateNotificationListDto'];
export type KakaoTalkTemplateActivityListParams = QueryOf<'KakaotalkTemplatesController_listActivities_v1'>;

export type KakaoTalkCommentInput = Schemas['KakaotalkCommentInputDto'];
export type KakaoTalkComment = Schemas['KakaotalkCommentDto'];

/** A node of the three-level sender (business) category tree. */
export type KakaoTalkSenderCategory = Schemas['KakaotalkSenderCategoryDto'];
export type KakaoTalkSenderCategories = Schemas['KakaotalkSenderCategoryListDto'];
/** A template category group; the `code` of its subcategories is a template's `categoryCode`. */
export type KakaoTalkTemplateCategory = Schemas['KakaotalkTemplateCategoryDto'];
export type KakaoTalkTemplateSubcategory = Schemas['KakaotalkTemplateSubcategoryDto'];
export type KakaoTalkTemplateCategoryList = Schemas['KakaotalkTemplateCategoryListDto'];
export type KakaoTalkTemplateCategoryListParams = QueryOf<'KakaotalkCategoriesController_getTemplateCategories_v1'>;
