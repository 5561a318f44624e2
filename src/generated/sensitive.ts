// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/generate.ts from openapi/provisioning.yaml; run `npm run generate` after changing the spec.

/**
 * Names of the request and response fields the spec marks `x-sensitive: true` (credentials of
 * Sinch or of other systems). Their values are redacted from logs, error messages and error bodies.
 */
export const SENSITIVE_FIELDS: readonly string[] = [
  "accessToken",
  "authToken",
  "authenticationCode",
  "bearerToken",
  "code",
  "facebookAccessToken",
  "facebookCode",
  "facebookToken",
  "longLivedAccessToken",
  "secret",
];
