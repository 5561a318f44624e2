import type { operations } from '../../generated/schema.js';

// Types shared by every resource group. Each group's own `types.ts` derives its model types from
// the generated schema; the helpers they all need live here, spelt once.

/** The query parameters of an operation object (`never` when it takes none). */
export type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The query parameters of the operation with this id, e.g. `QueryOf<'SmsSmsAppsController_listSmsApps_v1'>`. */
export type QueryOf<K extends keyof operations> = QueryParams<operations[K]>;
