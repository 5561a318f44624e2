import { ApiError, type ProvisioningError } from '../core/errors.js';
import type { SpanObserver } from './call-observer.js';
import { VERSION } from '../../version.js';

/**
 * OpenTelemetry tracing. This module is loaded (by a dynamic import in observe.ts) only by a
 * client created with the `tracing` option, so it costs nothing in the main bundle; it never
 * imports `@opentelemetry/api` statically either: `tracing: true` loads the package on the first
 * call, `tracing: api` uses the module the application passes (for bundled and edge code).
 *
 * One CLIENT span per call (retries included, so a retried call is one span with
 * `http.request.resend_count`), named `{method} {url.template}` as the HTTP client semantic
 * conventions name a span whose URL template is known, e.g.
 * `GET /v1/projects/{projectId}/webhooks/{webhookId}`.
 */

/** The parts of `@opentelemetry/api` the SDK uses; `import * as api from '@opentelemetry/api'` fits it. */
export interface OtelApi {
  trace: {
    getTracer(name: string, version?: string): OtelTracer;
    setSpan(context: never, span: never): unknown;
  };
  context: { active(): unknown };
  propagation: { inject(context: never, carrier: never, setter?: never): void };
}

export interface OtelTracer {
  startSpan(name: string, options?: { kind?: number; attributes?: Record<string, string | number> }, context?: never): OtelSpan;
}

export interface OtelSpan {
  setAttribute(key: string, value: string | number): unknown;
  addEvent(name: string, attributes?: Record<string, string | number>): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  recordException(exception: Error): unknown;
  end(): void;
}

/** The stable enum values of the API: SpanKind.CLIENT and SpanStatusCode.ERROR. */
const SPAN_KIND_CLIENT = 2;
const STATUS_ERROR = 2;
const TRACER_NAME = 'sinch-provisioning';
/** The span attribute that carries the spec's operationId. */
export const OPERATION_ID_ATTRIBUTE = 'sinch.provisioning.operation_id';

export interface SpanStart {
  method: string;
  path: string;
  url: string;
  operationId: string | undefined;
}

export type SpanFactory = (start: SpanStart) => SpanObserver;

/** Writes W3C trace context (and whatever else the global propagator carries) into the request headers. */
const setter = {
  set(carrier: Headers, key: string, value: string): void {
    carrier.set(key, value);
  },
};

/** The URL as `url.full`, with query values replaced: page tokens and filters are not for traces. */
function fullUrl(url: URL): string {
  if (!url.search) return url.href;
  const keys = [...new Set(url.searchParams.keys())];
  return `${url.origin}${url.pathname}?${keys.map((k) => `${encodeURIComponent(k)}=REDACTED`).join('&')}`;
}

export function spanFactory(api: OtelApi): SpanFactory {
  const tracer = api.trace.getTracer(TRACER_NAME, VERSION);
  return ({ method, path, url, operationId }) => {
    const parsed = new URL(url);
    const attributes: Record<string, string | number> = {
      'http.request.method': method,
      'url.template': path,
      'url.full': fullUrl(parsed),
      'server.address': parsed.hostname,
      'server.port': parsed.port ? Number(parsed.port) : parsed.protocol === 'http:' ? 80 : 443,
    };
    if (operationId) attributes[OPERATION_ID_ATTRIBUTE] = operationId;
    const parent = api.context.active();
    const span = tracer.startSpan(`${method} ${path}`, { kind: SPAN_KIND_CLIENT, attributes }, parent as never);
    const current = api.trace.setSpan(parent as never, span as never);
    let resends = 0;
    const finish = (error: ProvisioningError | undefined, status: number | undefined): void => {
      if (resends > 0) span.setAttribute('http.request.resend_count', resends);
      if (status !== undefined) span.setAttribute('http.response.status_code', status);
      if (error) {
        span.setAttribute('error.type', status !== undefined && status >= 400 ? String(status) : error.name);
        span.setStatus({ code: STATUS_ERROR, message: error.message });
      }
      span.end();
    };
    return {
      request(attempt, headers) {
        resends = attempt - 1;
        api.propagation.inject(current as never, headers as never, setter as never);
      },
      response(_attempt, status) {
        span.setAttribute('http.response.status_code', status);
      },
      retry(retry, reason, delayMs) {
        span.addEvent('retry', { 'sinch.provisioning.retry': retry, 'sinch.provisioning.retry.reason': reason, 'sinch.provisioning.retry.delay_ms': delayMs });
      },
      end(status, error) {
        finish(error, status);
      },
      fail(error) {
        span.recordException(error);
        finish(error, error instanceof ApiError ? error.status : undefined);
      },
    };
  };
}

/** The option as the application gives it: `true` loads `@opentelemetry/api`, an object is that module. */
export type TracingOption = boolean | OtelApi;

/**
 * The span factory for the option, or undefined when tracing is off or `@opentelemetry/api`
 * cannot be loaded (then `warn` is told once, and calls go on untraced).
 */
export async function loadSpanFactory(option: TracingOption, warn: (message: string) => void): Promise<SpanFactory | undefined> {
  if (option === false) return undefined;
  if (option !== true) return spanFactory(option);
  // Loaded by name through the runtime's own `require` (Node 20.16+, Bun and Deno expose it through
  // process.getBuiltinModule), resolved from the application's directory: the package is an
  // optional peer, so an application bundle without it must still build, and an `import()` of a
  // computed name is refused by edge runtimes (workerd) even where it never runs. Bundled and edge
  // code passes the module instead. One registry is shared by every copy of the API, so a CommonJS
  // copy loaded here sees the provider an ES-module copy registered.
  const specifier = '@opentelemetry/api';
  try {
    const api = requirePeer(specifier) as OtelApi & { default?: OtelApi };
    return spanFactory(api.trace ? api : (api.default as OtelApi));
  } catch {
    warn(`tracing: true, but ${specifier} could not be loaded; calls are not traced (install it, or pass the module: tracing: api)`);
    return undefined;
  }
}

type Runtime = { process?: { cwd?: () => string; getBuiltinModule?: (id: string) => unknown } };

function requirePeer(specifier: string): unknown {
  const proc = (globalThis as Runtime).process;
  const mod = proc?.getBuiltinModule?.('module') as { createRequire?: (from: string) => (id: string) => unknown } | undefined;
  if (!mod?.createRequire || !proc?.cwd) throw new Error('no module loader in this runtime');
  return mod.createRequire(`${proc.cwd()}/`)(specifier);
}
