import type { Client } from 'openapi-fetch';
import type { operations, paths } from '../../generated/schema.js';
import type { Hooks } from '../internal/hooks.js';
import type { Transport } from '../internal/transport.js';

/** Per-call settings; every resource method takes them as its last argument. */
export interface RequestOptions {
  /** Project for this call instead of the client's `projectId`. */
  projectId?: string;
  /** Milliseconds per attempt, overriding the client's `timeout`. */
  timeout?: number;
  /** Retries for this call, overriding the client's `maxRetries`. */
  maxRetries?: number;
  /** Aborts the call (and any pending retry) with an AbortError. */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /**
   * Sends enum values this SDK version does not know (values Sinch added after the release)
   * instead of rejecting them; every other rule is still checked. To allow one specific value
   * everywhere, declare it with `unknownEnum()` or `Triggers.unknown()` instead.
   */
  allowUnknownEnums?: boolean;
  /** Hooks for this call, run after the client's (see {@link Hooks}). */
  hooks?: Hooks;
}

export type RawClient = Client<paths, 'application/json'>;

/** An official operationId of the spec. */
export type OperationId = keyof operations;

/**
 * Which spec operation each method of a resource calls: every resource class declares
 * `static readonly operations = { list: '...', get: '...' } as const satisfies OperationMap;`
 * and test/unit/facade/registry.test.ts checks that together they reach every operation.
 */
export type OperationMap = Readonly<Record<string, OperationId>>;

/** What resources need from the client. */
export interface ClientContext {
  projectId: string;
  transport: Transport;
  /** API root without a trailing slash, as `raw` uses it. */
  baseUrl: string;
  /** Headers of every request, as `raw` sends them. */
  defaultHeaders: Record<string, string>;
  /** Set by `withOptions`: defaults of every call, over the transport's. */
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Hooks of a derived client, run after the transport's. */
  hooks?: readonly Hooks[] | undefined;
}
