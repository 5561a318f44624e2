import type { PagePromise } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import { senderSubmitIssues } from './checks.js';
import { type PollCall, type WaitOptions, describeReview, pollOptions, waitUntil } from '../../core/wait.js';
import type {
  KakaoTalkComment,
  KakaoTalkCommentInput,
  KakaoTalkSender,
  KakaoTalkSenderActivity,
  KakaoTalkSenderActivityList,
  KakaoTalkSenderActivityListParams,
  KakaoTalkSenderInput,
  KakaoTalkSenderList,
  KakaoTalkSenderListParams,
  KakaoTalkSenderUpdate,
  KakaoTalkSenderVerification,
} from './types.js';

const COLLECTION = '/v1/projects/{projectId}/kakaotalk/senders';
const ITEM = '/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}';

/** Change statuses that wait for the caller: a DRAFT to submit, a REJECTED change to fix. */
const SETTLED_SENDER_CHANGES: readonly string[] = ['DRAFT', 'REJECTED'];

/**
 * True when KakaoTalk is done reviewing the sender for now: no change under review
 * (`changes.status` IN_PROGRESS) and a state. Every sender state counts (VERIFYING waits for
 * `verify`, the others for the caller or Sinch); so does a DRAFT or REJECTED change.
 */
export function isFinalKakaoTalkSender(sender: Pick<KakaoTalkSender, 'state' | 'changes'>): boolean {
  const change = sender.changes?.status;
  if (change !== undefined) return SETTLED_SENDER_CHANGES.includes(change);
  return sender.state !== undefined;
}

/**
 * KakaoTalk senders, addressed by their `plusFriendId` (the channel id). Lifecycle: `create`
 * (reviewed) -> `register` (state VERIFYING, an OTP is sent) -> `verify` with that code -> ACTIVE.
 * Only one KakaoTalk account exists per project.
 */
export class KakaoTalkSenders extends APIResource {
  static readonly operations = {
    list: 'KakaotalkSendersController_listSenders_v1',
    create: 'KakaotalkSendersController_createSender_v1',
    get: 'KakaotalkSendersController_getSender_v1',
    update: 'KakaotalkSendersController_updateSender_v1',
    delete: 'KakaotalkSendersController_deleteSender_v1',
    listActivities: 'KakaotalkSendersController_listActivities_v1',
    deleteChanges: 'KakaotalkSendersController_deleteChanges_v1',
    addComment: 'KakaotalkSendersController_createComment_v1',
    register: 'KakaotalkSendersController_registerSender_v1',
    verify: 'KakaotalkSendersController_verifySender_v1',
  } as const satisfies OperationMap;

  /** Senders of the project, optionally filtered by state or change status; pageSize is 1..100. */
  list(query: KakaoTalkSenderListParams = {}, opts?: RequestOptions): PagePromise<KakaoTalkSender, KakaoTalkSenderList> {
    return this._list(COLLECTION, 'senders', { query }, opts);
  }

  /** Creates a sender and submits it for review (`status: 'DRAFT'` only saves it). */
  create(body: KakaoTalkSenderInput, opts?: RequestOptions): APIPromise<KakaoTalkSender> {
    return this._post(COLLECTION, { body, checks: senderSubmitIssues(body) }, opts);
  }

  /** One sender by its `plusFriendId`; a NotFoundError (`sender_not_found`) when the project has none by that id. */
  get(plusFriendId: string, opts?: RequestOptions): APIPromise<KakaoTalkSender> {
    return this._get(ITEM, { path: { plusFriendId } }, opts);
  }

  /** Edits the pending change set; it stays a draft unless `status: 'SUBMIT'` is sent. */
  update(plusFriendId: string, patch: KakaoTalkSenderUpdate, opts?: RequestOptions): APIPromise<KakaoTalkSender> {
    return this._patch(ITEM, { path: { plusFriendId }, body: patch }, opts);
  }

  /** Schedules removal: the sender keeps working for 60 days, then disappears. */
  delete(plusFriendId: string, opts?: RequestOptions): APIPromise<void> {
    return this._delete(ITEM, { path: { plusFriendId } }, opts);
  }

  /** The sender's activity trail, newest first (review results, comments ...). */
  listActivities(
    plusFriendId: string,
    query: KakaoTalkSenderActivityListParams = {},
    opts?: RequestOptions,
  ): PagePromise<KakaoTalkSenderActivity, KakaoTalkSenderActivityList> {
    return this._list(`${ITEM}/activities`, 'notifications', { path: { plusFriendId }, query }, opts);
  }

  /** Discards the pending change set (only a DRAFT or REJECTED one). */
  deleteChanges(plusFriendId: string, opts?: RequestOptions): APIPromise<void> {
    return this._delete(`${ITEM}/changes`, { path: { plusFriendId } }, opts);
  }

  /** Posts a comment on the sender's activity trail, where `listActivities` shows it with the review results. */
  addComment(plusFriendId: string, body: KakaoTalkCommentInput, opts?: RequestOptions): APIPromise<KakaoTalkComment> {
    return this._post(`${ITEM}/comments`, { path: { plusFriendId }, body }, opts);
  }

  /** Starts registration: the sender goes to VERIFYING and KakaoTalk sends a one-time code. Not allowed once ACTIVE. */
  register(plusFriendId: string, opts?: RequestOptions): APIPromise<KakaoTalkSender> {
    return this._post(`${ITEM}/register`, { path: { plusFriendId } }, opts);
  }

  /** Completes registration with the code from `register` (a number, e.g. `{ code: 123456 }`). */
  verify(plusFriendId: string, body: KakaoTalkSenderVerification, opts?: RequestOptions): APIPromise<KakaoTalkSender> {
    return this._post(`${ITEM}/verify`, { path: { plusFriendId }, body }, opts);
  }

  /**
   * Polls the sender until {@link isFinalKakaoTalkSender} says the review is over (ACTIVE,
   * VERIFYING, a DRAFT or REJECTED change ...) and returns it: inspect `state` and `changes`.
   * Throws WaitTimeoutError after `options.timeout` (default 10 minutes).
   */
  waitForFinalState(plusFriendId: string, options: WaitOptions<KakaoTalkSender> = {}, opts: RequestOptions = {}): Promise<KakaoTalkSender> {
    const wait = { ...options, signal: opts.signal ?? options.signal };
    const poll = (call: PollCall) => this.get(plusFriendId, pollOptions(opts, call));
    return waitUntil(poll, isFinalKakaoTalkSender, `KakaoTalk sender ${plusFriendId}`, describeReview, wait);
  }
}
