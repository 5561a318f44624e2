import type { components } from '../../../generated/schema.js';
import type { QueryOf } from '../types.js';

type Schemas = components['schemas'];

/** An RCS sender (an RBM agent): brand profile, test numbers, launch countries and questionnaire. */
export type RcsSender = Schemas['RcsSenderDto'];
export type RcsSenderList = Schemas['RcsSenderListDto'];
export type RcsSenderState = Schemas['RcsSenderStatesEnum'];
/** Brand profile; name defaults to "RCS Sender" and color to #000000. */
export type RcsBrandInput = Schemas['RcsSenderDetailsBrandInputDto'];
/** Only region, billingCategory and useCase are needed to create; the details can follow with `update`. */
export type RcsSenderInput = Schemas['RcsSenderInputDto'];
/** PATCH body: fields left out stay as they are, `null` deletes a stored value. */
export type RcsSenderUpdate = Schemas['RcsUpdateSenderInputDto'];
export type RcsSenderUpdateParams = QueryOf<'RcsSendersController_updateSender_v1'>;
export type RcsSenderListParams = QueryOf<'RcsSendersController_listSenders_v1'>;
export type RcsSenderActivity = Schemas['RcsSenderNotificationDto'];
export type RcsSenderActivityList = Schemas['RcsSenderNotificationListDto'];
export type RcsSenderActivityListParams = QueryOf<'RcsSendersController_listActivities_v1'>;
/** Launch progress of one country, with its mobile operators. */
export type RcsCountryStatus = Schemas['RcsCountryStatusDto'];

export type RcsAccountActivity = Schemas['RcsAccountNotificationDto'];
export type RcsAccountActivityList = Schemas['RcsAccountNotificationListDto'];
export type RcsAccountActivityListParams = QueryOf<'RcsAccountsController_listActivities_v1'>;

export type RcsCommentInput = Schemas['RcsCommentInputDto'];
export type RcsComment = Schemas['RcsCommentDto'];

/** The launch questions (with suggested answers) for a use case. */
export type RcsQuestionnaire = Schemas['RcsSenderDetailsQuestionnaireBaseDto'];
export type RcsQuestionnaireParams = QueryOf<'RcsQuestionnaireController_getQuestions_v1'>;
export type RcsUseCase = Schemas['RcsInputSenderUseCasesEnum'];

export type RcsTestNumbersInput = Schemas['RcsTestNumbersInputDto'];
/** Every test number of a sender with its invitation state. */
export type RcsTestNumbers = Schemas['RcsTestNumbersDto'];
/** Invitation state of one test number (PENDING, VERIFIED, DECLINED ...). */
export type RcsTestNumberState = Schemas['RcsTestNumberStateDto'];
export type RcsTestNumberCapabilities = Schemas['RcsTestNumberCapabilitiesDto'];
