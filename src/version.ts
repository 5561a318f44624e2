// Written by scripts/sync-version.ts from package.json (`npm run version` runs it); do not edit.
/** The version of this SDK, as published on npm. */
export const VERSION = '0.0.0';
