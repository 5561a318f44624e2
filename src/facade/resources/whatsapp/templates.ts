import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource, type OperationMap, type RequestOptions } from '../resource.js';
import { type PollCall, type WaitOptions, describeReview, pollOptions, waitUntil } from '../../core/wait.js';
import { compareChecks, templateChecks } from './checks.js';
import type {
  WhatsAppComment,
  WhatsAppCommentInput,
  WhatsAppPartialTemplate,
  WhatsAppPartialTemplateList,
  WhatsAppTemplate,
  WhatsAppTemplateActivity,
  WhatsAppTemplateActivityList,
  WhatsAppTemplateActivityParams,
  WhatsAppTemplateCompareInput,
  WhatsAppTemplateComparison,
  WhatsAppTemplateDeleteParams,
  WhatsAppTemplateGetParams,
  WhatsAppTemplateGetParamsWithoutMask,
  WhatsAppTemplateInput,
  WhatsAppTemplateLanguage,
  WhatsAppTemplateList,
  WhatsAppTemplateListByNameParams,
  WhatsAppTemplateListByNameParamsWithoutMask,
  WhatsAppTemplateListParams,
  WhatsAppTemplateListParamsWithoutMask,
  WhatsAppTemplateUpdate,
} from './types.js';

type FullPages = PagePromise<WhatsAppTemplate, WhatsAppTemplateList>;
type PartialPages = PagePromise<WhatsAppPartialTemplate, WhatsAppPartialTemplateList>;

const COLLECTION = '/v1/projects/{projectId}/whatsapp/templates';
const BY_NAME = '/v1/projects/{projectId}/whatsapp/templates/{templateName}';
const ITEM = '/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}';

/** Change statuses that wait for the caller: a DRAFT to submit, a REJECTED change to fix. */
const SETTLED_TEMPLATE_CHANGES: readonly string[] = ['DRAFT', 'REJECTED'];

/**
 * True when Meta is done reviewing the template for now: no change under review (`changes.status`
 * IN_PROGRESS) and a state other than PENDING. A DRAFT or REJECTED change also counts, since only
 * the caller can move it on.
 */
export function isFinalWhatsAppTemplate(template: Pick<WhatsAppTemplate, 'state' | 'changes'>): boolean {
  const change = template.changes?.status;
  if (change !== undefined) return SETTLED_TEMPLATE_CHANGES.includes(change);
  return template.state !== undefined && template.state !== 'PENDING';
}

/**
 * WhatsApp message templates, addressed by name and language. Submissions are reviewed by Meta
 * asynchronously: watch the WHATSAPP_TEMPLATE_* webhooks or poll `get`.
 */
export class WhatsAppTemplates extends APIResource {
  static readonly operations = {
    list: 'WhatsappTemplatesController_listTemplates_v1',
    create: 'WhatsappTemplatesController_createTemplate_v1',
    listByName: 'WhatsappTemplatesController_listTemplatesByName_v1',
    deleteAllLanguages: 'WhatsappTemplatesController_deleteTemplatesByName_v1',
    get: 'WhatsappTemplatesController_getTemplate_v1',
    delete: 'WhatsappTemplatesController_deleteTemplateByNameAndLanguage_v1',
    update: 'WhatsappTemplatesController_updateTemplate_v1',
    listActivities: 'WhatsappTemplatesController_listActivities_v1',
    addComment: 'WhatsappTemplatesController_createComment_v1',
    compare: 'WhatsappTemplatesController_compareTemplates_v1',
    sync: 'WhatsappTemplatesController_syncTemplates_v1',
  } as const satisfies OperationMap;

  /**
   * Templates in alphabetical order (`templateName` matches a name prefix); `await` for one page,
   * `for await` for all. With `fieldMask` the items carry only the fields asked for.
   */
  list(query?: WhatsAppTemplateListParamsWithoutMask, opts?: RequestOptions): FullPages;
  list(query: WhatsAppTemplateListParams, opts?: RequestOptions): PartialPages;
  list(query: WhatsAppTemplateListParams = {}, opts?: RequestOptions): FullPages | PartialPages {
    return this._list(COLLECTION, 'templates', { query }, opts) as FullPages | PartialPages;
  }

  /** Every language of one template. */
  listByName(templateName: string, query?: WhatsAppTemplateListByNameParamsWithoutMask, opts?: RequestOptions): FullPages;
  listByName(templateName: string, query: WhatsAppTemplateListByNameParams, opts?: RequestOptions): PartialPages;
  listByName(templateName: string, query: WhatsAppTemplateListByNameParams = {}, opts?: RequestOptions): FullPages | PartialPages {
    return this._list(BY_NAME, 'templates', { path: { templateName }, query }, opts) as FullPages | PartialPages;
  }

  /**
   * Creates a template and submits it for review, or only saves it with `status: 'DRAFT'`.
   * A submitted template needs a BODY component and a sample for every variable.
   */
  create(body: WhatsAppTemplateInput, opts?: RequestOptions): APIPromise<WhatsAppTemplate> {
    return this._defer(() => this._post(COLLECTION, { body, checks: templateChecks(body, 'SUBMIT') }, opts));
  }

  /** One language of a template, with its review state (`state`, `rejectionCode`); with `fieldMask`, only the fields asked for. */
  get(
    templateName: string,
    languageCode: WhatsAppTemplateLanguage,
    query?: WhatsAppTemplateGetParamsWithoutMask,
    opts?: RequestOptions,
  ): APIPromise<WhatsAppTemplate>;
  get(
    templateName: string,
    languageCode: WhatsAppTemplateLanguage,
    query: WhatsAppTemplateGetParams,
    opts?: RequestOptions,
  ): APIPromise<WhatsAppPartialTemplate>;
  get(
    templateName: string,
    languageCode: WhatsAppTemplateLanguage,
    query: WhatsAppTemplateGetParams = {},
    opts?: RequestOptions,
  ): APIPromise<WhatsAppTemplate | WhatsAppPartialTemplate> {
    return this._get(ITEM, { path: { templateName, languageCode }, query }, opts);
  }

  /**
   * Edits a draft or an APPROVED, REJECTED, PAUSED or DISABLED template. Saved as a draft unless
   * `status` is SUBMIT; `details.optimization: null` removes dynamic pricing.
   */
  update(templateName: string, languageCode: WhatsAppTemplateLanguage, patch: WhatsAppTemplateUpdate, opts?: RequestOptions): APIPromise<WhatsAppTemplate> {
    return this._defer(() => this._patch(ITEM, { path: { templateName, languageCode }, body: patch, checks: templateChecks(patch, 'DRAFT') }, opts));
  }

  /**
   * Deletes one language: only its draft, unless `deleteSubmitted: true`. The name and language
   * cannot be used again for 30 days, so prefer `update` over delete and re-create.
   */
  delete(templateName: string, languageCode: WhatsAppTemplateLanguage, query: WhatsAppTemplateDeleteParams = {}, opts?: RequestOptions): APIPromise<void> {
    return this._delete(ITEM, { path: { templateName, languageCode }, query }, opts);
  }

  /** Deletes every language of the template; the name is blocked for 30 days. */
  deleteAllLanguages(templateName: string, opts?: RequestOptions): APIPromise<void> {
    return this._delete(BY_NAME, { path: { templateName } }, opts);
  }

  /** The activity trail of one language, newest first. */
  listActivities(
    templateName: string,
    languageCode: WhatsAppTemplateLanguage,
    query: WhatsAppTemplateActivityParams = {},
    opts?: RequestOptions,
  ): PagePromise<WhatsAppTemplateActivity, WhatsAppTemplateActivityList> {
    return this._list(`${ITEM}/activities`, 'notifications', { path: { templateName, languageCode }, query }, opts);
  }

  /** Posts a comment on one language of the template (`listActivities` shows it); the API may refuse with a ConflictError (`resource_locked`). */
  addComment(templateName: string, languageCode: WhatsAppTemplateLanguage, body: WhatsAppCommentInput, opts?: RequestOptions): APIPromise<WhatsAppComment> {
    return this._post(`${ITEM}/comments`, { path: { templateName, languageCode }, body }, opts);
  }

  /**
   * Compares block statistics with one other template over 7, 30, 60 or 90 days; both need
   * 1,000 sends in that window.
   */
  compare(
    templateName: string,
    languageCode: WhatsAppTemplateLanguage,
    body: WhatsAppTemplateCompareInput,
    opts?: RequestOptions,
  ): APIPromise<WhatsAppTemplateComparison> {
    return this._defer(() =>
      this._post(`${ITEM}/compare`, { path: { templateName, languageCode }, body, checks: compareChecks(templateName, languageCode, body) }, opts),
    );
  }

  /** Re-reads the project's templates from Meta. */
  sync(opts?: RequestOptions): APIPromise<void> {
    return this._defer(() => this._post(`${COLLECTION}/sync`, {}, opts))._map(() => undefined);
  }

  /**
   * Polls one language of a template until {@link isFinalWhatsAppTemplate} says Meta is done
   * (APPROVED, REJECTED, PAUSED, DISABLED, or a DRAFT or REJECTED change) and returns it: inspect
   * `state` and `changes`. Throws WaitTimeoutError after `options.timeout` (default 10 minutes).
   */
  waitForFinalState(
    templateName: string,
    languageCode: WhatsAppTemplateLanguage,
    options: WaitOptions<WhatsAppTemplate> = {},
    opts: RequestOptions = {},
  ): Promise<WhatsAppTemplate> {
    const wait = { ...options, signal: opts.signal ?? options.signal };
    const poll = (call: PollCall) => this.get(templateName, languageCode, {}, pollOptions(opts, call));
    return waitUntil(poll, isFinalWhatsAppTemplate, `WhatsApp template ${templateName} (${languageCode})`, describeReview, wait);
  }
}
