import { APIResource } from '../resource.js';
import { SmsApps } from './apps.js';

export { SmsApps, type SmsApp, type SmsAppInput, type SmsAppList, type SmsAppListParams, type SmsAppUpdate } from './apps.js';

/** SMS: the project's SMS apps. */
export class Sms extends APIResource {
  /** SMS apps: list, create, get, rename, delete. */
  readonly apps = new SmsApps(this._client);
}
