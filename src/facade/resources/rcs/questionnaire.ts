import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RcsQuestionnaire, RcsQuestionnaireParams, RcsUseCase } from './types.js';

/** The launch questionnaire: questions only; answers go into a sender's `details.questionnaire`. */
export class RcsQuestionnaires extends APIResource {
  static readonly operations = {
    get: 'RcsQuestionnaireController_getQuestions_v1',
  } as const satisfies OperationMap;

  /**
   * Questions and suggested answers for a use case. `countries` adds the country blocks (gb, fr,
   * us); `usQuestionnaireBrandCampaignVersion` picks the US set by tax country and ownership.
   */
  get(useCase: RcsUseCase, query: RcsQuestionnaireParams = {}, opts?: RequestOptions): APIPromise<RcsQuestionnaire> {
    return this._get('/v1/projects/{projectId}/rcs/questionnaire/{useCase}', { path: { useCase }, query }, opts);
  }
}
