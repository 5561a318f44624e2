import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import type { CallOptions, Transport } from '../internal/transport.js';
import { requestTemplates } from '../internal/request-meta.js';
import type { RawClient } from './options.js';
import { guardRaw } from './raw-guard.js';

/** Tells the transport which path template a request came from, for logs and errors. */
const pathTemplate: Middleware = {
  onRequest({ request, schemaPath }) {
    requestTemplates.set(request, schemaPath);
  },
};

/**
 * The `client.raw` pipeline: openapi-fetch builds the Request, after the raw guard (dot
 * segments, header values) has checked it; its fetch is the transport's Request form, so raw
 * calls meet the same hooks, tracing, traffic gate, auth and retries as the facade's.
 * `call` carries a derived client's settings (one object per client).
 */
export function createRaw(transport: Transport, baseUrl: string, headers: Record<string, string>, call: CallOptions | undefined): RawClient {
  const raw = guardRaw(
    createClient<paths, 'application/json'>({
      baseUrl,
      headers,
      fetch: (request: Request) => transport(request, call),
    }),
  );
  raw.use(pathTemplate);
  return raw;
}
