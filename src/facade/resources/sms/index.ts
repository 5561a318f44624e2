import { APIResource } from '../resource.js';
import { SmsApps } from './apps.js';

export { SmsApps } from './apps.js';
export type { SmsApp, SmsAppInput, SmsAppList, SmsAppListParams, SmsAppUpdate } from './types.js';

/** SMS: the project's SMS apps. */
export class Sms extends APIResource {
  /** SMS apps: list, create, get, rename, delete. */
  readonly apps = new SmsApps(this._client);
}
