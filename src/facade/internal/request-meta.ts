import type { Operation } from '../core/errors.js';

/**
 * Side tables that carry what openapi-fetch does not pass along: the path template of a
 * Request (recorded by a middleware, read by the transport) and, per Response, the
 * operation and the secrets to scrub (recorded by the transport for `client.raw`
 * calls, read by `unwrap`).
 * Weak maps, so nothing outlives the objects it describes.
 */
export const requestTemplates = new WeakMap<Request, string>();

export interface ResponseMeta {
  operation: Operation;
  secrets: readonly string[];
}

export const responseMeta = new WeakMap<Response, ResponseMeta>();
