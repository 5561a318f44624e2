export * from './webhooks.js';
export type * from './types.js';
