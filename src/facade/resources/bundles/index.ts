export * from './bundles.js';
export type * from './types.js';
