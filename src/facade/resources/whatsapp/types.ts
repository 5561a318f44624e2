import type { components, operations } from '../../../generated/schema.js';
import type { QueryOf } from '../types.js';

type Schemas = components['schemas'];

// Comments (account, senders, templates)

/** A comment on the account, a sender or a template, as the API returns it. */
export type WhatsAppComment = Schemas['WhatsappCommentDto'];
export type WhatsAppCommentInput = Schemas['WhatsappCommentInputDto'];

// The account

export type WhatsAppAccount = Schemas['WhatsappAccountDto'];
export type WhatsAppAccountState = Schemas['WhatsappAccountStateEnum'];
/** Partner-initiated (`wabaName` + `senderDetails`) or the deprecated On-Behalf-Of form (`companyLegalName`). */
export type WhatsAppAccountInput = operations['WhatsappAccountsController_createAccount_v1']['requestBody']['content']['application/json'];
export type WhatsAppAccountUpdate = Schemas['WhatsappInputUpdateAccountDto'];
export type WhatsAppAccountActivity = Schemas['WhatsappAccountNotificationDto'];
export type WhatsAppAccountActivityList = Schemas['WhatsappAccountNotificationListDto'];
export type WhatsAppAccountActivityParams = QueryOf<'WhatsappAccountsController_listActivities_v1'>;
export type WhatsAppLongLivedAccessTokenInput = Schemas['WhatsappLongLivedAccessTokenInputDto'];
export type WhatsAppLongLivedAccessToken = Schemas['WhatsappLongLivedAccessTokenDto'];
export type WhatsAppWabaDetailsInput = Schemas['WhatsappWabaDetailsListInputDto'];
export type WhatsAppWabaDetailsList = Schemas['WhatsappWabaDetailsListDto'];

// Senders

export type WhatsAppSender = Schemas['WhatsappSenderDto'];
export type WhatsAppSenderList = Schemas['WhatsappSenderListDto'];
export type WhatsAppSenderState = Schemas['WhatsappSenderStatesEnum'];
export type WhatsAppSenderChangeStatus = Schemas['WhatsappSenderStatusesEnum'];
export type WhatsAppSenderListParams = QueryOf<'WhatsappSendersController_listSenders_v1'>;
/** One of: Embedded Signup, a new Sinch-provisioned number, partner-initiated, or the deprecated Facebook-token body. */
export type WhatsAppSenderInput = operations['WhatsappSendersController_createSender_v1']['requestBody']['content']['application/json'];
export type WhatsAppSenderUpdate = Schemas['WhatsappUpdateSenderInputDto'];
export type WhatsAppSenderActivity = Schemas['WhatsappSenderNotificationDto'];
export type WhatsAppSenderActivityList = Schemas['WhatsappSenderNotificationListDto'];
export type WhatsAppSenderActivityParams = QueryOf<'WhatsappSendersController_listActivities_v1'>;
export type WhatsAppSenderRegisterInput = Schemas['WhatsappSenderInputRegisterDto'];
export type WhatsAppSenderRegistration = Schemas['WhatsappSenderRegisterDto'];
export type WhatsAppSenderVerifyInput = Schemas['WhatsappSenderInputVerifyDto'];
export type WhatsAppSenderVerificationStatus = Schemas['WhatsappSenderVerificationStatusDto'];
export type WhatsAppSuggestedUsernames = Schemas['WhatsappSuggestedUsernamesDto'];

// Templates

export type WhatsAppTemplate = Schemas['WhatsappTemplateDto'];
/** A template reduced to the fields named in `fieldMask`: every field is optional. */
export type WhatsAppPartialTemplate = Schemas['WhatsappPartialTemplateDto'];
export type WhatsAppTemplateList = Schemas['WhatsappTemplateListDto'];
export type WhatsAppPartialTemplateList = Schemas['WhatsappPartialTemplateListDto'];
export type WhatsAppTemplateLanguage = Schemas['WhatsappTemplateLanguagesEnum'];
export type WhatsAppTemplateState = Schemas['WhatsappTemplateStatesEnum'];
export type WhatsAppTemplateFieldMask = Schemas['WhatsappTemplateDtoFieldMaskPathsEnum'];
export type WhatsAppTemplateInput = Schemas['WhatsappTemplateInputDto'];
export type WhatsAppTemplateUpdate = Schemas['WhatsappUpdateTemplateInputDto'];
export type WhatsAppTemplateListParams = QueryOf<'WhatsappTemplatesController_listTemplates_v1'>;
export type WhatsAppTemplateListByNameParams = QueryOf<'WhatsappTemplatesController_listTemplatesByName_v1'>;
export type WhatsAppTemplateGetParams = QueryOf<'WhatsappTemplatesController_getTemplate_v1'>;
export type WhatsAppTemplateDeleteParams = QueryOf<'WhatsappTemplatesController_deleteTemplateByNameAndLanguage_v1'>;
export type WhatsAppTemplateActivity = Schemas['WhatsappTemplateNotificationDto'];
export type WhatsAppTemplateActivityList = Schemas['WhatsappTemplateNotificationListDto'];
export type WhatsAppTemplateActivityParams = QueryOf<'WhatsappTemplatesController_listActivities_v1'>;
export type WhatsAppTemplateCompareInput = Schemas['WhatsappInputTemplateCompareDto'];
export type WhatsAppTemplateComparison = Schemas['WhatsappTemplateCompareDto'];

/** List filters without a `fieldMask`: the API returns whole templates. */
export interface WhatsAppTemplateListParamsWithoutMask extends Omit<WhatsAppTemplateListParams, 'fieldMask'> {
  fieldMask?: undefined;
}
/** Filters for `listByName` without a `fieldMask`: the API returns whole templates. */
export interface WhatsAppTemplateListByNameParamsWithoutMask extends Omit<WhatsAppTemplateListByNameParams, 'fieldMask'> {
  fieldMask?: undefined;
}
/** `get` without a `fieldMask`: the API returns the whole template. */
export interface WhatsAppTemplateGetParamsWithoutMask extends Omit<WhatsAppTemplateGetParams, 'fieldMask'> {
  fieldMask?: undefined;
}

// Flows

export type WhatsAppFlow = components['schemas']['WhatsappFlowDto'];
export type WhatsAppFlowList = components['schemas']['WhatsappFlowListDto'];
export type WhatsAppFlowListParams = QueryOf<'WhatsappFlowsController_listFlows_v1'>;
export type WhatsAppFlowScreen = components['schemas']['WhatsappFlowScreenDto'];
export type WhatsAppFlowScreenList = components['schemas']['WhatsappFlowScreenListDto'];

// Solutions

export type WhatsAppSolution = components['schemas']['WhatsappSolutionDto'];
export type WhatsAppSolutionList = components['schemas']['WhatsappSolutionListDto'];
export type WhatsAppSolutionInput = components['schemas']['WhatsappSolutionInputDto'];
/** The solutions created and, per partner app, the ones that failed. */
export type WhatsAppSolutionCreateResult = components['schemas']['WhatsappCreateSolutionListDto'];
