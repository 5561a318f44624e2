import type { Outgoing } from '../internal/transport.js';

/**
 * The request openapi-fetch would build for `client.raw.request(method, template, ...)`, in
 * parts for {@link Transport.send}: path parameters percent-encoded into the template, the
 * query in openapi-fetch's default style (`form`, arrays exploded as repeated keys, objects as
 * `deepObject`, undefined and null skipped), the body as JSON with its content type, then the
 * client's default headers and the call's own (later ones win).
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
  let url = baseUrl + template.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const value = pathParams[name];
    return value === undefined || value === null ? match : encodeURIComponent(String(value));
  });
  const search = query === undefined ? '' : serializeQuery(query);
  if (search) url += `?${search}`;

  const headers = new Headers();
  if (body !== undefined) headers.set('content-type', 'application/json');
  setAll(headers, defaultHeaders);
  if (callHeaders) setAll(headers, callHeaders);
  let serialized: string | undefined;
  if (body !== undefined) {
    serialized =
      headers.get('content-type') === 'application/x-www-form-urlencoded'
        ? new URLSearchParams(body as Record<string, string>).toString()
        : JSON.stringify(body);
  }
  return { method: method.toUpperCase(), url, headers, body: serialized, json: body, signal };
}

/** Like openapi-fetch's mergeHeaders: null removes a header, undefined is skipped. */
function setAll(headers: Headers, record: Record<string, string | null | undefined>): void {
  for (const name in record) {
    const value = record[name];
    if (value === null) headers.delete(name);
    else if (value !== undefined) headers.set(name, value);
  }
}

function primitive(name: string, value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    throw new Error('Deeply-nested arrays/objects aren’t supported. Provide your own `querySerializer()` to handle these.');
  }
  return value === undefined || value === null ? '' : `${name}=${encodeURIComponent(value as string | number | boolean)}`;
}

/** openapi-fetch's default query serialiser (createQuerySerializer() without options). */
function serializeQuery(query: object): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) parts.push(value.map((v: unknown) => primitive(name, v)).join('&'));
    } else if (typeof value === 'object') {
      parts.push(Object.entries(value as object).map(([k, v]) => primitive(`${name}[${k}]`, v)).join('&'));
    } else {
      parts.push(primitive(name, value));
    }
  }
  return parts.join('&');
}
