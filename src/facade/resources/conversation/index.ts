export * from './conversation.js';
export type * from './types.js';
