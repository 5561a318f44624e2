import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import { oneRequired } from '../checks.js';
import { WhatsAppFlows } from './flows.js';
import { WhatsAppSenders } from './senders.js';
import { WhatsAppSolutions } from './solutions.js';
import { WhatsAppTemplates } from './templates.js';
import type {
  WhatsAppAccount,
  WhatsAppAccountActivity,
  WhatsAppAccountActivityList,
  WhatsAppAccountActivityParams,
  WhatsAppAccountInput,
  WhatsAppAccountUpdate,
  WhatsAppComment,
  WhatsAppCommentInput,
  WhatsAppLongLivedAccessToken,
  WhatsAppLongLivedAccessTokenInput,
  WhatsAppWabaDetailsInput,
  WhatsAppWabaDetailsList,
} from './types.js';

export type * from './types.js';
export * from './flows.js';
export * from './senders.js';
export * from './solutions.js';
export * from './templates.js';

const ACCOUNT = '/v1/projects/{projectId}/whatsapp';
const UPDATABLE = ['companyLegalName', 'wabaName', 'clientBusinessManagerId', 'senderDetails'] as const;

/**
 * The project's WhatsApp account (one per project, so its methods take no id), with its
 * senders, templates, flows and solutions.
 */
export class WhatsApp extends APIResource {
  static readonly operations = {
    get: 'WhatsappAccountsController_getAccount_v1',
    create: 'WhatsappAccountsController_createAccount_v1',
    update: 'WhatsappAccountsController_updateAccount_v1',
    delete: 'WhatsappAccountsController_deleteAccount_v1',
    listActivities: 'WhatsappAccountsController_listActivities_v1',
    addComment: 'WhatsappAccountsController_createComment_v1',
    enableTemplateAnalytics: 'WhatsappTemplateAnalyticsHelpersController_enableTemplateAnalytics_v1',
    createLongLivedAccessToken: 'WhatsappEmbeddedSignupHelperController_createLongLivedAccessToken_v1',
    listWabaDetails: 'WhatsappEmbeddedSignupHelperController_listWabaDetailsForToken_v1',
  } as const satisfies OperationMap;

  /** Phone numbers (senders) of the account. */
  readonly senders = new WhatsAppSenders(this._client);
  /** Message templates, addressed by name and language. */
  readonly templates = new WhatsAppTemplates(this._client);
  /** WhatsApp Flows of the account's WABA. */
  readonly flows = new WhatsAppFlows(this._client);
  /** Multi-Partner Solutions for Embedded Signup. */
  readonly solutions = new WhatsAppSolutions(this._client);

  /** The project's one WhatsApp account; a NotFoundError (`account_not_found`) until it has been created. */
  get(opts?: RequestOptions): APIPromise<WhatsAppAccount> {
    return this._get(ACCOUNT, {}, opts);
  }

  /** Starts onboarding the project's only account; until it is done `state` is absent and `changes.status` IN_PROGRESS. */
  create(body: WhatsAppAccountInput, opts?: RequestOptions): APIPromise<WhatsAppAccount> {
    return this._post(ACCOUNT, { body }, opts);
  }

  /** Edits a REJECTED account (the only state that allows it) and resubmits it; send at least one field. */
  update(patch: WhatsAppAccountUpdate, opts?: RequestOptions): APIPromise<WhatsAppAccount> {
    return this._defer(() => this._patch(ACCOUNT, { body: patch, checks: oneRequired(patch, UPDATABLE) }, opts));
  }

  /** Removes the account; refused while it still has senders or pending sender changes. */
  delete(opts?: RequestOptions): APIPromise<void> {
    return this._delete(ACCOUNT, {}, opts);
  }

  /** The account's activity trail, newest first; `await` for one page, `for await` for all. */
  listActivities(query: WhatsAppAccountActivityParams = {}, opts?: RequestOptions): PagePromise<WhatsAppAccountActivity, WhatsAppAccountActivityList> {
    return this._list(`${ACCOUNT}/activities`, 'notifications', { query }, opts);
  }

  /** Posts a comment on the account's activity trail (`listActivities`). */
  addComment(body: WhatsAppCommentInput, opts?: RequestOptions): APIPromise<WhatsAppComment> {
    return this._post(`${ACCOUNT}/comments`, { body }, opts);
  }

  /** Turns on Meta template analytics for the WABA (`wabaEnabledForInsights` shows the result). */
  enableTemplateAnalytics(opts?: RequestOptions): APIPromise<void> {
    return this._defer(() => this._put(`${ACCOUNT}/enableTemplateAnalytics`, {}, opts))._map(() => undefined);
  }

  /**
   * Exchanges the Facebook token or code from Embedded Signup for a token valid about 60 days.
   * @deprecated The API deprecates this helper without naming a successor. The token fed the
   * legacy sender body (`facebookAccessToken`); create Embedded Signup senders with
   * `senders.create({ wabaId, phoneNumberId, authenticationCode })` instead.
   */
  createLongLivedAccessToken(body: WhatsAppLongLivedAccessTokenInput, opts?: RequestOptions): APIPromise<WhatsAppLongLivedAccessToken> {
    return this._defer(() => this._post(`${ACCOUNT}/longLivedAccessToken`, { body, checks: oneRequired(body, ['facebookToken', 'facebookCode']) }, opts));
  }

  /**
   * WABAs reachable with a Facebook token, with the phone numbers shared to each.
   * @deprecated The API deprecates this Embedded Signup helper without naming a successor;
   * Embedded Signup now hands `wabaId` and `phoneNumberId` to `senders.create` directly.
   */
  listWabaDetails(body: WhatsAppWabaDetailsInput, opts?: RequestOptions): APIPromise<WhatsAppWabaDetailsList> {
    return this._post(`${ACCOUNT}/wabaDetails`, { body }, opts);
  }
}
