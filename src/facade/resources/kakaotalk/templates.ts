import type { PagePromise } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import { type PollCall, type WaitOptions, describeReview, pollOptions, waitUntil } from '../../core/wait.js';
import { buttonTypeIssues, templateSubmitIssues } from './checks.js';
import type {
  KakaoTalkComment,
  KakaoTalkCommentInput,
  KakaoTalkTemplate,
  KakaoTalkTemplateActivity,
  KakaoTalkTemplateActivityList,
  KakaoTalkTemplateActivityListParams,
  KakaoTalkTemplateInput,
  KakaoTalkTemplateList,
  KakaoTalkTemplateListParams,
  KakaoTalkTemplateUpdate,
} from './types.js';

const COLLECTION = '/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates';
const ITEM = '/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}';

/** Change statuses that wait for the caller: a DRAFT to submit, a REJECTED change to fix. */
const SETTLED_TEMPLATE_CHANGES: readonly string[] = ['DRAFT', 'REJECTED'];

/**
 * True when KakaoTalk is done reviewing the template for now: no change under review
 * (`changes.status` IN_PROGRESS) and a state (APPROVED or REJECTED). A DRAFT or REJECTED change
 * also counts, since only the caller can move it on.
 */
export function isFinalKakaoTalkTemplate(template: Pick<KakaoTalkTemplate, 'state' | 'changes'>): boolean {
  const change = template.changes?.status;
  if (change !== undefined) return SETTLED_TEMPLATE_CHANGES.includes(change);
  return template.state !== undefined;
}

/**
 * Message templates of a KakaoTalk sender: every method takes the sender's `plusFriendId`
 * first, then the template's `code`.
 */
export class KakaoTalkTemplates extends APIResource {
  static readonly operations = {
    list: 'KakaotalkTemplatesController_listTemplates_v1',
    create: 'KakaotalkTemplatesController_createTemplate_v1',
    get: 'KakaotalkTemplatesController_get_v1',
    update: 'KakaotalkTemplatesController_updateTemplate_v1',
    delete: 'KakaotalkTemplatesController_deleteTemplate_v1',
    listActivities: 'KakaotalkTemplatesController_listActivities_v1',
    deleteChanges: 'KakaotalkTemplatesController_deleteTemplateDraft_v1',
    addComment: 'KakaotalkTemplatesController_createComment_v1',
  } as const satisfies OperationMap;

  /** Templates of a sender, sorted by name; `templateName` matches a prefix. pageSize is 1..1000. */
  list(plusFriendId: string, query: KakaoTalkTemplateListParams = {}, opts?: RequestOptions): PagePromise<KakaoTalkTemplate, KakaoTalkTemplateList> {
    return this._list(COLLECTION, 'templates', { path: { plusFriendId }, query }, opts);
  }

  /**
   * Creates a template and submits it for review (`status: 'DRAFT'` only saves it). Template
   * names must be unique; take `details.categoryCode` from `categories.listForTemplates()`.
   */
  create(plusFriendId: string, body: KakaoTalkTemplateInput, opts?: RequestOptions): APIPromise<KakaoTalkTemplate> {
    return this._defer(() =>
      this._post(COLLECTION, { path: { plusFriendId }, body, checks: [...buttonTypeIssues(body), ...templateSubmitIssues(body)] }, opts),
    );
  }

  /** One template of the sender by its code. */
  get(plusFriendId: string, templateCode: string, opts?: RequestOptions): APIPromise<KakaoTalkTemplate> {
    return this._get(ITEM, { path: { plusFriendId, templateCode } }, opts);
  }

  /** Edits a template (its language cannot change); it stays a draft unless `status: 'SUBMIT'` is sent. */
  update(plusFriendId: string, templateCode: string, patch: KakaoTalkTemplateUpdate, opts?: RequestOptions): APIPromise<KakaoTalkTemplate> {
    return this._defer(() => this._patch(ITEM, { path: { plusFriendId, templateCode }, body: patch, checks: buttonTypeIssues(patch) }, opts));
  }

  /** Deletes the template; a NotFoundError (`template_not_found` or `sender_not_found`) says which of the two is missing. */
  delete(plusFriendId: string, templateCode: string, opts?: RequestOptions): APIPromise<void> {
    return this._delete(ITEM, { path: { plusFriendId, templateCode } }, opts);
  }

  /** The template's activity trail, newest first. */
  listActivities(
    plusFriendId: string,
    templateCode: string,
    query: KakaoTalkTemplateActivityListParams = {},
    opts?: RequestOptions,
  ): PagePromise<KakaoTalkTemplateActivity, KakaoTalkTemplateActivityList> {
    return this._list(`${ITEM}/activities`, 'notifications', { path: { plusFriendId, templateCode }, query }, opts);
  }

  /** Deletes the template's draft; only for templates never submitted to KakaoTalk. */
  deleteChanges(plusFriendId: string, templateCode: string, opts?: RequestOptions): APIPromise<void> {
    return this._delete(`${ITEM}/changes`, { path: { plusFriendId, templateCode } }, opts);
  }

  /** Posts a comment on the template's activity trail, where `listActivities` shows it with the review results. */
  addComment(plusFriendId: string, templateCode: string, body: KakaoTalkCommentInput, opts?: RequestOptions): APIPromise<KakaoTalkComment> {
    return this._post(`${ITEM}/comments`, { path: { plusFriendId, templateCode }, body }, opts);
  }

  /**
   * Polls the template until {@link isFinalKakaoTalkTemplate} says the review is over (APPROVED,
   * REJECTED, or a DRAFT or REJECTED change) and returns it: inspect `state` and `changes`.
   * Throws WaitTimeoutError after `options.timeout` (default 10 minutes).
   */
  waitForFinalState(
    plusFriendId: string,
    templateCode: string,
    options: WaitOptions<KakaoTalkTemplate> = {},
    opts: RequestOptions = {},
  ): Promise<KakaoTalkTemplate> {
    const wait = { ...options, signal: opts.signal ?? options.signal };
    const poll = (call: PollCall) => this.get(plusFriendId, templateCode, pollOptions(opts, call));
    return waitUntil(poll, isFinalKakaoTalkTemplate, `KakaoTalk template ${templateCode} of sender ${plusFriendId}`, describeReview, wait);
  }
}
