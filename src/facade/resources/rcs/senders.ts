import type { PagePromise } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import { type WaitOptions, pollOptions } from '../../core/wait.js';
import { senderIssues } from './checks.js';
import { waitForLaunch } from './launch.js';
import type {
  RcsComment,
  RcsCommentInput,
  RcsSender,
  RcsSenderActivity,
  RcsSenderActivityList,
  RcsSenderActivityListParams,
  RcsSenderInput,
  RcsSenderList,
  RcsSenderListParams,
  RcsSenderUpdate,
  RcsSenderUpdateParams,
  RcsTestNumberCapabilities,
  RcsTestNumberState,
  RcsTestNumbers,
  RcsTestNumbersInput,
} from './types.js';

const COLLECTION = '/v1/projects/{projectId}/rcs/senders';
const ITEM = '/v1/projects/{projectId}/rcs/senders/{senderId}';
const TEST_NUMBER = '/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}';

/**
 * RCS senders: create one (it becomes IN_TEST: reachable from its test numbers only), fill
 * in brand and questionnaire, then `launch` it to the countries of `details.countries`.
 * Test numbers are E.164 strings such as `+12223334444`.
 */
export class RcsSenders extends APIResource {
  static readonly operations = {
    list: 'RcsSendersController_listSenders_v1',
    create: 'RcsSendersController_createSender_v1',
    get: 'RcsSendersController_getSender_v1',
    update: 'RcsSendersController_updateSender_v1',
    listActivities: 'RcsSendersController_listActivities_v1',
    addComment: 'RcsSendersController_createSenderComment_v1',
    launch: 'RcsSendersController_launchSender_v1',
    addTestNumbers: 'RcsSendersController_addTestNumbers_v1',
    getTestNumber: 'RcsSendersController_getTestNumberState_v1',
    deleteTestNumber: 'RcsSendersController_deleteTestNumber_v1',
    getTestNumberCapabilities: 'RcsSendersController_getTestNumberCapabilities_v1',
    retryTestNumber: 'RcsSendersController_retryTestNumber_v1',
  } as const satisfies OperationMap;

  /** Senders of the project; filter by state or app, `search` matches names partially. pageSize is 1..100. */
  list(query: RcsSenderListParams = {}, opts?: RequestOptions): PagePromise<RcsSender, RcsSenderList> {
    return this._list(COLLECTION, 'senders', { query }, opts);
  }

  /** Creates a sender. Only region, billingCategory and useCase are needed now; the rest can follow with `update` before launch. */
  create(body: RcsSenderInput, opts?: RequestOptions): APIPromise<RcsSender> {
    return this._defer(() => this._post(COLLECTION, { body, checks: senderIssues(body) }, opts));
  }

  /** One sender with its state and the launch status per country and operator (`countryStatus`). */
  get(senderId: string, opts?: RequestOptions): APIPromise<RcsSender> {
    return this._get(ITEM, { path: { senderId } }, opts);
  }

  /**
   * Changes the fields given; `null` deletes a stored value. Once LAUNCHING or LAUNCHED only
   * `details.countries` may change. `query.usQuestionnaireVersion` picks the US question set.
   */
  update(senderId: string, patch: RcsSenderUpdate, query: RcsSenderUpdateParams = {}, opts?: RequestOptions): APIPromise<RcsSender> {
    return this._defer(() => this._patch(ITEM, { path: { senderId }, query, body: patch, checks: senderIssues(patch) }, opts));
  }

  /** The sender's activity trail, newest first. */
  listActivities(senderId: string, query: RcsSenderActivityListParams = {}, opts?: RequestOptions): PagePromise<RcsSenderActivity, RcsSenderActivityList> {
    return this._list(`${ITEM}/activities`, 'notifications', { path: { senderId }, query }, opts);
  }

  /** Posts a free-text comment on the sender's activity trail (`listActivities`). */
  addComment(senderId: string, body: RcsCommentInput, opts?: RequestOptions): APIPromise<RcsComment> {
    return this._post(`${ITEM}/comments`, { path: { senderId }, body }, opts);
  }

  /**
   * Starts the launch beyond test devices. Needs the questionnaire answered, at least one
   * country, a brand phone or email, and the banner, logo, privacy policy and terms URLs
   * (412 otherwise). Follow it with {@link waitForLaunch}.
   */
  launch(senderId: string, opts?: RequestOptions): APIPromise<RcsSender> {
    return this._post(`${ITEM}/launch`, { path: { senderId } }, opts);
  }

  /**
   * Polls `get` until the launch settles and returns the sender: state LAUNCHED on success;
   * any other state outside LAUNCHING / PREPARING_LAUNCH (e.g. UNLAUNCHED) means it did not
   * launch, and `countryStatus[].operators[].remark` tells why. Waits at most `options.timeout`
   * (10 minutes by default; brand approval can take longer), then throws a WaitTimeoutError;
   * `options.signal` also aborts a poll in flight.
   */
  waitForLaunch(senderId: string, options: WaitOptions<RcsSender> = {}, opts: RequestOptions = {}): Promise<RcsSender> {
    const wait = { ...options, signal: opts.signal ?? options.signal };
    return waitForLaunch((call) => this.get(senderId, pollOptions(opts, call)), senderId, wait);
  }

  /** Invites tester numbers (20 a day, 200 in all) and returns the state of every test number. Re-adding a number re-invites it. */
  addTestNumbers(senderId: string, body: RcsTestNumbersInput, opts?: RequestOptions): APIPromise<RcsTestNumbers> {
    return this._post(`${ITEM}/testNumbers`, { path: { senderId }, body }, opts);
  }

  /** Invitation state of one test number. */
  getTestNumber(senderId: string, testNumber: string, opts?: RequestOptions): APIPromise<RcsTestNumberState> {
    return this._get(TEST_NUMBER, { path: { senderId, testNumber } }, opts);
  }

  /** Removes one test number from the sender; a number that is not a tester of it is a NotFoundError (`user_is_not_tester_for_agent`). */
  deleteTestNumber(senderId: string, testNumber: string, opts?: RequestOptions): APIPromise<void> {
    return this._delete(TEST_NUMBER, { path: { senderId, testNumber } }, opts);
  }

  /** RBM features the test device supports (rich cards, dial actions ...). */
  getTestNumberCapabilities(senderId: string, testNumber: string, opts?: RequestOptions): APIPromise<RcsTestNumberCapabilities> {
    return this._get(`${TEST_NUMBER}/capabilities`, { path: { senderId, testNumber } }, opts);
  }

  /**
   * Re-sends the tester invite; a VERIFIED number becomes UNVERIFIED again.
   * @deprecated Deprecated by the API (1.2.126) without a named replacement; `addTestNumbers`
   * with the same number also re-sends the invite.
   */
  retryTestNumber(senderId: string, testNumber: string, opts?: RequestOptions): APIPromise<RcsTestNumberState> {
    return this._get(`${TEST_NUMBER}/retry`, { path: { senderId, testNumber } }, opts);
  }
}
