import type { PagePromise } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import { RcsQuestionnaires } from './questionnaire.js';
import { RcsSenders } from './senders.js';
import type { RcsAccountActivity, RcsAccountActivityList, RcsAccountActivityListParams, RcsComment, RcsCommentInput } from './types.js';

/**
 * RCS: the project's account trail (activities and comments), the launch questionnaire and
 * the senders.
 *
 * ```ts
 * const sender = await client.rcs.senders.launch(senderId);
 * const settled = await client.rcs.senders.waitForLaunch(sender.id);
 * ```
 */
export class Rcs extends APIResource {
  static readonly operations = {
    listActivities: 'RcsAccountsController_listActivities_v1',
    addComment: 'RcsAccountsController_createComment_v1',
  } as const satisfies OperationMap;

  readonly questionnaire = new RcsQuestionnaires(this._client);
  readonly senders = new RcsSenders(this._client);

  /** The RCS account's activity trail, newest first. */
  listActivities(query: RcsAccountActivityListParams = {}, opts?: RequestOptions): PagePromise<RcsAccountActivity, RcsAccountActivityList> {
    return this._list('/v1/projects/{projectId}/rcs/activities', 'notifications', { query }, opts);
  }

  /** Adds a comment to the RCS account's trail. */
  addComment(body: RcsCommentInput, opts?: RequestOptions): APIPromise<RcsComment> {
    return this._post('/v1/projects/{projectId}/rcs/comments', { body }, opts);
  }
}

export type { RcsQuestionnaires, RcsSenders };
export type * from './types.js';
