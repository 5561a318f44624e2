import type { components } from '../../../generated/schema.js';
import type { QueryOf } from '../types.js';

type Schemas = components['schemas'];

export type SmsApp = Schemas['SmsSmsAppDto'];
export type SmsAppList = Schemas['SmsSmsAppListDto'];
export type SmsAppListParams = QueryOf<'SmsSmsAppsController_listSmsApps_v1'>;
/**
 * A new SMS app. Link it to a Conversation API app with `convApiApp: true` (creates one) or
 * `convApiAppId` (an existing one), not both.
 */
export type SmsAppInput = Schemas['SmsInputSmsAppDto'];
export type SmsAppUpdate = Schemas['SmsUpdateSmsAppDto'];
