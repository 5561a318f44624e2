import type { components } from '../../../generated/schema.js';
import type { QueryOf } from '../types.js';

type Schemas = components['schemas'];

export type Bundle = Schemas['BundlesBundlesDto'];
export type BundleList = Schemas['BundlesListBundlesDto'];
/** DONE and FAILED are final; IN_PROGRESS is not. */
export type BundleState = Schemas['BundlesBundleServicesStateEnum'];
export type BundleListParams = QueryOf<'BundlesBundlesController_list_v1'>;
export type BundleSubprojectInput = Schemas['BundlesSubprojectInputDto'];
export type BundleSmsAppInput = Schemas['BundlesInputBundlesSmsAppDto'];
export type BundleConversationWebhookInput = Schemas['BundlesConversationAppWebhooksInputDto'];
/** CONVERSATION mode keeps conversations 1..3650 days; DISPATCH mode keeps messages 0..7 days. */
export type BundleRetentionPolicyInput =
  | Schemas['BundlesConversationAppConversationRetentionPolicyInputDto']
  | Schemas['BundlesConversationAppDispatchRetentionPolicyInputDto'];
/** At most 5 Conversation API webhooks; `retentionPolicy` must fit `processingMode` (DISPATCH when omitted). */
export type BundleConversationAppInput = Schemas['BundlesConversationAppInputDto'];
/**
 * What a bundle should create. `true` creates a block with defaults (`convApp: true` also links
 * the other resources to the new Conversation app); a block without its own name takes the
 * bundle's `name`.
 */
export type BundleInput = Schemas['BundlesInputBundlesDto'];
