export * from './bundles.js';
