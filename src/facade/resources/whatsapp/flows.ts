import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import type { WhatsAppFlow, WhatsAppFlowList, WhatsAppFlowListParams, WhatsAppFlowScreenList } from './types.js';

/** WhatsApp Flows defined in the project's WhatsApp Business Account (read-only here; build them at Meta). */
export class WhatsAppFlows extends APIResource {
  static readonly operations = {
    list: 'WhatsappFlowsController_listFlows_v1',
    listScreens: 'WhatsappFlowsController_listFlowScreens_v1',
  } as const satisfies OperationMap;

  /** Flows of the WABA; `await` for one page, `for await` for all. */
  list(query: WhatsAppFlowListParams = {}, opts?: RequestOptions): PagePromise<WhatsAppFlow, WhatsAppFlowList> {
    return this._list('/v1/projects/{projectId}/whatsapp/flows', 'flows', { query }, opts);
  }

  /** Screen ids of a flow, e.g. for a FLOW button's `navigateScreen`. */
  listScreens(flowId: string, opts?: RequestOptions): APIPromise<WhatsAppFlowScreenList> {
    return this._get('/v1/projects/{projectId}/whatsapp/flows/{flowId}/screens', { path: { flowId } }, opts);
  }
}
