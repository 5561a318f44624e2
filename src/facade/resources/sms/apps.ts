import type { APIPromise } from '../../core/api-promise.js';
import type { ValidationIssue } from '../../core/errors.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource, type OperationMap, type RequestOptions, type RuleTables } from '../resource.js';
import { createIssues, updateIssues } from './checks.js';
import type { SmsApp, SmsAppInput, SmsAppList, SmsAppListParams, SmsAppUpdate } from './types.js';

const COLLECTION = '/v1/projects/{projectId}/sms/smsApps';
const ITEM = '/v1/projects/{projectId}/sms/smsApps/{smsAppId}';

/** SMS apps of the project (the `sms/smsApps` endpoints). */
export class SmsApps extends APIResource {
  static readonly operations = {
    list: 'SmsSmsAppsController_listSmsApps_v1',
    create: 'SmsSmsAppsController_createSmsApp_v1',
    get: 'SmsSmsAppsController_getSmsApp_v1',
    update: 'SmsSmsAppsController_updateSmsApp_v1',
    delete: 'SmsSmsAppsController_deleteSmsApp_v1',
  } as const satisfies OperationMap;

  /** SMS apps of the project, 50 per page by default (pageSize 1..100); `await` for one page, `for await` for all. */
  list(query: SmsAppListParams = {}, opts?: RequestOptions): PagePromise<SmsApp, SmsAppList> {
    return this._list(COLLECTION, 'smsApps', { query }, opts);
  }

  /** Creates an SMS app in a region, optionally linked to a Conversation API app. */
  create(body: SmsAppInput, opts?: RequestOptions): APIPromise<SmsApp> {
    return this._defer(() => this._post(COLLECTION, { body, checks: createIssues(body) }, opts));
  }

  /** One SMS app by its ID; a NotFoundError (`sms_app_not_found`) when the project has none by that ID. */
  get(smsAppId: string, opts?: RequestOptions): APIPromise<SmsApp> {
    return this._get(ITEM, { path: { smsAppId } }, opts);
  }

  /** Renames the app (the name is the only field that can change). */
  update(smsAppId: string, patch: SmsAppUpdate, opts?: RequestOptions): APIPromise<SmsApp> {
    const checks = (tables: RuleTables): ValidationIssue[] => updateIssues(patch, Object.keys(tables.ruleSchemas['SmsUpdateSmsAppDto']?.properties ?? {}));
    return this._patch(ITEM, { path: { smsAppId }, body: patch, checks }, opts);
  }

  /** Deletes the SMS app; a malformed ID is a BadRequestError (`invalid_id_format`). */
  delete(smsAppId: string, opts?: RequestOptions): APIPromise<void> {
    return this._delete(ITEM, { path: { smsAppId } }, opts);
  }
}
