import { createQuerySerializer, defaultBodySerializer, defaultPathSerializer, mergeHeaders } from 'openapi-fetch';
import type { Outgoing } from '../internal/transport.js';

/** openapi-fetch's default query serializer (`createQuerySerializer()` without options), made once. */
const querySerializer = createQuerySerializer();
const JSON_CONTENT_TYPE = { 'Content-Type': 'application/json' } as const;
const NO_HEADERS = {} as const;
/**
 * openapi-fetch's body serializer as the client calls it, with the headers (it picks form
 * encoding for `application/x-www-form-urlencoded`); its declaration names only the body.
 */
const serializeBody = defaultBodySerializer as (body: unknown, headers: Headers) => string;

/**
 * The request openapi-fetch would build for `client.raw.request(method, template, ...)`, in
 * parts for {@link Transport.send}, with openapi-fetch's own helpers, as its `createFinalURL`
 * combines them: the default path serializer (path parameters percent-encoded into the template) and default query
 * serializer (`form`, arrays exploded as repeated keys, objects as `deepObject`, undefined and
 * null skipped); `mergeHeaders` over the JSON content type (when there is a body), the client's
 * default headers and the call's own (later ones win, null removes); `defaultBodySerializer`
 * for the body. test/unit/facade/pipeline/same-request.test.ts checks that the facade and
 * `client.raw` send byte-identical requests for every operation.
 */
export function buildRequest(
  baseUrl: string,
  defaultHeaders: Record<string, string>,
  method: string,
  template: string,
  pathParams: Record<string, unknown>,
  query: object | undefined,
  body: unknown,
  callHeaders: Record<string, string> | undefined,
  signal: AbortSignal | undefined,
): Outgoing {
  // What createFinalURL does, with the path serializer run over the template alone (not over the
  // base URL too) and no query serialization for a call without a query.
  let url = baseUrl + defaultPathSerializer(template, pathParams);
  const search = query === undefined ? '' : querySerializer(query as Record<string, unknown>);
  if (search) url += `?${search}`;
  // One merge instead of openapi-fetch's two: the body serializer reads only the content type,
  // and that of the merged headers is the one openapi-fetch's first merge sees (or the JSON
  // default it serializes as JSON anyway).
  const headers = mergeHeaders(body === undefined ? NO_HEADERS : JSON_CONTENT_TYPE, defaultHeaders, callHeaders);
  const serialized = body === undefined ? undefined : serializeBody(body, headers);
  return { method: method.toUpperCase(), url, headers, body: serialized, json: body, signal };
}
