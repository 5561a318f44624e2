// Prism, the mock behind startMockServer(), answers a request that breaks the spec with the
// status of the spec's error response and that response's *example* body, which for this spec is
// a placeholder ({ errorCode: "string", message: "string" ... }). The actual reasons travel only in
// its `sl-violations` response header. This puts them where an SDK error shows them.

/** One rule a request broke, as Prism reports it in its `sl-violations` header. */
export interface MockViolation {
  /** Where, e.g. `['request', 'body', 'target']`. */
  location: string[];
  severity: string;
  /** The JSON Schema keyword or Prism check, e.g. `format`, `enum`, `required`. */
  code: string | number;
  message: string;
}

/** The header Prism lists its violations in. */
export const MOCK_VIOLATIONS_HEADER = 'sl-violations';

/** The `errorCode` an error from the mock carries when Prism refused the request (never sent by Sinch). */
export const MOCK_ERROR_CODE = 'mock_request_invalid';

/** The violations of a Prism response, or undefined when it has none (or the header is not Prism's JSON list). */
export function mockViolations(headers: Headers): MockViolation[] | undefined {
  const raw = headers.get(MOCK_VIOLATIONS_HEADER);
  if (!raw) return undefined;
  try {
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return undefined;
    const violations = list.filter((v): v is MockViolation => v !== null && typeof v === 'object' && typeof (v as MockViolation).message === 'string');
    return violations.length > 0 ? violations : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps a `fetch` so that an error response carrying Prism violations gets a body that says
 * what was wrong: `errorCode` {@link MOCK_ERROR_CODE}, a `message` listing the violations, and
 * `additionalInformation.mockViolations` (the list) and `additionalInformation.mockBody` (the
 * placeholder body Prism sent). The SDK's ApiError then shows them in its message and fields.
 * {@link createTestClient} uses it; pass it as the `fetch` option to use it with your own client.
 */
export function withMockViolations(fetchImpl: typeof globalThis.fetch = globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if (response.ok) return response;
    const violations = mockViolations(response.headers);
    if (!violations) return response;
    const text = await response.text();
    let mockBody: unknown = text;
    try {
      mockBody = JSON.parse(text);
    } catch {
      // keep the text
    }
    const body = {
      errorCode: MOCK_ERROR_CODE,
      message: `The mock refused the request: ${violations.map((v) => v.message).join('; ')}`,
      resolution: 'Fix the request so it matches openapi/provisioning.yaml (the mock checks requests against it).',
      additionalInformation: { mockViolations: violations, mockBody },
    };
    const headers = new Headers(response.headers);
    headers.set('content-type', 'application/json');
    headers.delete('content-length');
    return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
  };
}
