import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import { type PollCall, type WaitOptions, describeReview, pollOptions, waitUntil } from '../../core/wait.js';
import { senderInputChecks, verifyChecks } from './checks.js';
import type {
  WhatsAppComment,
  WhatsAppCommentInput,
  WhatsAppSender,
  WhatsAppSenderActivity,
  WhatsAppSenderActivityList,
  WhatsAppSenderActivityParams,
  WhatsAppSenderInput,
  WhatsAppSenderList,
  WhatsAppSenderListParams,
  WhatsAppSenderRegisterInput,
  WhatsAppSenderRegistration,
  WhatsAppSenderUpdate,
  WhatsAppSenderVerificationStatus,
  WhatsAppSenderVerifyInput,
  WhatsAppSuggestedUsernames,
} from './types.js';

const COLLECTION = '/v1/projects/{projectId}/whatsapp/senders';
const ITEM = '/v1/projects/{projectId}/whatsapp/senders/{senderId}';

/** Change statuses that wait for someone: the caller must fix, submit or discard the change. */
const SETTLED_CHANGES: readonly string[] = ['DRAFT', 'REJECTED', 'ERROR', 'MULTIPLE_WABA_ERROR'];
/** Sender states that no longer move by themselves (PENDING_VERIFICATION waits for register + verify). */
const SETTLED_STATES: readonly string[] = ['ACTIVE', 'INACTIVE', 'PENDING_VERIFICATION', 'SUSPENDED', 'ERROR'];

/**
 * True when Sinch and Meta are done with the sender for now: no change under review
 * (`changes.status` IN_PROGRESS) and a state other than IN_PROGRESS. A change that is DRAFT,
 * REJECTED or ERROR also counts, since only the caller can move it on.
 */
export function isFinalWhatsAppSender(sender: Pick<WhatsAppSender, 'state' | 'changes'>): boolean {
  const change = sender.changes?.status;
  if (change !== undefined) return SETTLED_CHANGES.includes(change);
  return sender.state !== undefined && SETTLED_STATES.includes(sender.state);
}

/**
 * WhatsApp senders (phone numbers) of the project. Creation and edits finish asynchronously:
 * watch the WHATSAPP_SENDER_* webhooks or {@link WhatsAppSenders.waitForFinalState}.
 */
export class WhatsAppSenders extends APIResource {
  static readonly operations = {
    list: 'WhatsappSendersController_listSenders_v1',
    create: 'WhatsappSendersController_createSender_v1',
    get: 'WhatsappSendersController_get_v1',
    update: 'WhatsappSendersController_update_v1',
    delete: 'WhatsappSendersController_delete_v1',
    listActivities: 'WhatsappSendersController_listActivities_v1',
    deleteChanges: 'WhatsappSendersController_deleteChanges_v1',
    addComment: 'WhatsappSendersController_createComment_v1',
    register: 'WhatsappSendersController_register_v1',
    getSuggestedUsernames: 'WhatsappSendersController_getSuggestedUsernames_v1',
    verify: 'WhatsappSendersController_verify_v1',
    getVerificationStatus: 'WhatsappSendersController_getVerificationStatus_v1',
  } as const satisfies OperationMap;

  /** Senders of the project, filtered by state or change status; `await` for one page, `for await` for all. */
  list(query: WhatsAppSenderListParams = {}, opts?: RequestOptions): PagePromise<WhatsAppSender, WhatsAppSenderList> {
    return this._list(COLLECTION, 'senders', { query }, opts);
  }

  /**
   * Starts creating a sender; the result comes back with `changes.status` IN_PROGRESS.
   * The region limits the business manager (BR: SINCH_BR or SINCH_MX, EU: SINCH_UK).
   */
  create(body: WhatsAppSenderInput, opts?: RequestOptions): APIPromise<WhatsAppSender> {
    return this._defer(() => this._post(COLLECTION, { body, checks: senderInputChecks(body) }, opts));
  }

  /** One sender with its state and any pending change (`changes`); `waitForFinalState` polls it. */
  get(senderId: string, opts?: RequestOptions): APIPromise<WhatsAppSender> {
    return this._get(ITEM, { path: { senderId } }, opts);
  }

  /** Edits an ACTIVE sender; `null` clears a nullable detail. Saved as a draft unless `status` is SUBMIT. */
  update(senderId: string, patch: WhatsAppSenderUpdate, opts?: RequestOptions): APIPromise<WhatsAppSender> {
    return this._patch(ITEM, { path: { senderId }, body: patch }, opts);
  }

  /** Schedules removal: the sender keeps working for 30 days. */
  delete(senderId: string, opts?: RequestOptions): APIPromise<void> {
    return this._delete(ITEM, { path: { senderId } }, opts);
  }

  /** The sender's activity trail, newest first. */
  listActivities(
    senderId: string,
    query: WhatsAppSenderActivityParams = {},
    opts?: RequestOptions,
  ): PagePromise<WhatsAppSenderActivity, WhatsAppSenderActivityList> {
    return this._list(`${ITEM}/activities`, 'notifications', { path: { senderId }, query }, opts);
  }

  /** Discards pending changes that are DRAFT, REJECTED or ERROR. */
  deleteChanges(senderId: string, opts?: RequestOptions): APIPromise<void> {
    return this._delete(`${ITEM}/changes`, { path: { senderId } }, opts);
  }

  /** Posts a comment on the sender's activity trail (`listActivities`). */
  addComment(senderId: string, body: WhatsAppCommentInput, opts?: RequestOptions): APIPromise<WhatsAppComment> {
    return this._post(`${ITEM}/comments`, { path: { senderId }, body }, opts);
  }

  /** Asks Meta to send the one-time code (SMS or VOICE) for a sender in PENDING_VERIFICATION; pass it to `verify`. */
  register(senderId: string, body: WhatsAppSenderRegisterInput, opts?: RequestOptions): APIPromise<WhatsAppSenderRegistration> {
    return this._post(`${ITEM}/register`, { path: { senderId }, body }, opts);
  }

  /** Usernames suggested for the sender, to pick one from. */
  getSuggestedUsernames(senderId: string, opts?: RequestOptions): APIPromise<WhatsAppSuggestedUsernames> {
    return this._get(`${ITEM}/suggestedUsernames`, { path: { senderId } }, opts);
  }

  /** Completes registration with the six-character code; omit `code` when Meta already verified the number. */
  verify(senderId: string, body: WhatsAppSenderVerifyInput = {}, opts?: RequestOptions): APIPromise<void> {
    return this._defer(() => this._post(`${ITEM}/verify`, { path: { senderId }, body, checks: verifyChecks(body) }, opts))._map(() => undefined);
  }

  /** Whether ownership of the sender's phone number is verified. */
  getVerificationStatus(senderId: string, opts?: RequestOptions): APIPromise<WhatsAppSenderVerificationStatus> {
    return this._get(`${ITEM}/verification-status`, { path: { senderId } }, opts);
  }

  /**
   * Polls the sender until {@link isFinalWhatsAppSender} says Sinch and Meta are done (ACTIVE,
   * PENDING_VERIFICATION, a REJECTED or ERROR change ...) and returns it: inspect `state` and
   * `changes`. Throws WaitTimeoutError after `options.timeout` (default 10 minutes).
   */
  waitForFinalState(senderId: string, options: WaitOptions<WhatsAppSender> = {}, opts: RequestOptions = {}): Promise<WhatsAppSender> {
    const wait = { ...options, signal: opts.signal ?? options.signal };
    const poll = (call: PollCall) => this.get(senderId, pollOptions(opts, call));
    return waitUntil(poll, isFinalWhatsAppSender, `WhatsApp sender ${senderId}`, describeReview, wait);
  }
}
