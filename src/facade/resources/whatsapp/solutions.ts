import type { APIPromise } from '../../core/api-promise.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import type { WhatsAppSolution, WhatsAppSolutionCreateResult, WhatsAppSolutionInput, WhatsAppSolutionList } from './types.js';

const COLLECTION = '/v1/projects/{projectId}/whatsapp/solutions';
const ITEM = '/v1/projects/{projectId}/whatsapp/solutions/{solutionId}';

/** Meta Multi-Partner Solutions, which let Tech Providers onboard customers through Embedded Signup. */
export class WhatsAppSolutions extends APIResource {
  static readonly operations = {
    list: 'WhatsappSolutionsController_listSolutions_v1',
    create: 'WhatsappSolutionsController_createSolution_v1',
    get: 'WhatsappSolutionsController_getSolution_v1',
    assign: 'WhatsappSolutionsController_assignSolution_v1',
  } as const satisfies OperationMap;

  /** Every solution of the project (one response, not paginated). */
  list(opts?: RequestOptions): APIPromise<WhatsAppSolutionList> {
    return this._get(COLLECTION, {}, opts);
  }

  /** Registers solutions from the access token of Meta's solution-creation flow (business manager SINCH_BR, SINCH_MX or SINCH_UK). */
  create(body: WhatsAppSolutionInput, opts?: RequestOptions): APIPromise<WhatsAppSolutionCreateResult> {
    return this._post(COLLECTION, { body }, opts);
  }

  /** One Multi-Partner Solution, including whether the project is assigned to it. */
  get(solutionId: string, opts?: RequestOptions): APIPromise<WhatsAppSolution> {
    return this._get(ITEM, { path: { solutionId } }, opts);
  }

  /** Links the project to the solution for Embedded Signup; an onboarded project cannot switch. */
  assign(solutionId: string, opts?: RequestOptions): APIPromise<void> {
    return this._defer(() => this._post(`${ITEM}/assign`, { path: { solutionId } }, opts))._map(() => undefined);
  }
}
