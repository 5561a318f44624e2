import { responseMeta } from '../internal/request-meta.js';
import { ApiError, type Operation } from '../core/errors.js';

/** The `{ data } | { error }` union openapi-fetch resolves with. */
export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Turns an openapi-fetch result into its data, or throws the typed {@link ApiError}
 * subclass for the status. Works on results of `client.raw` calls too:
 * `const webhook = unwrap(await client.raw.GET(path, { params }))`.
 */
export function unwrap<T>(result: FetchResult<T>, operation?: Operation): T {
  const { response } = result;
  if (response.ok) return result.data as T;
  const meta = responseMeta.get(response);
  throw ApiError.from({
    status: response.status,
    body: result.error,
    headers: response.headers,
    operation: operation ?? meta?.operation,
    secrets: meta?.secrets,
  });
}
