// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/generate.ts from openapi/provisioning.yaml; run `npm run generate` after changing the spec.

/**
 * Names of the request and response fields the spec marks `x-sensitive: true` (credentials of
 * Sinch or of other systems) and uses for nothing else. They are masked by name in logs and error
 * bodies, and their values are scrubbed from error messages.
 */
export const SENSITIVE_FIELDS: readonly string[] = [
  "accessToken",
  "authToken",
  "authenticationCode",
  "bearerToken",
  "facebookAccessToken",
  "facebookCode",
  "facebookToken",
  "longLivedAccessToken",
  "secret",
];

/**
 * Names the spec marks `x-sensitive: true` on some schemas but also uses, unmarked, for other
 * data. The values a request sends under them are scrubbed from logs, errors and error bodies;
 * the name itself is not masked everywhere.
 */
export const SENSITIVE_VALUE_FIELDS: readonly string[] = [
  "code",
];
