// Public API of sinch-provisioning. Only exports live here.
export { VERSION } from './version.js';
export { Provisioning, type ClientOverrides, type ProvisioningOptions } from './facade/client.js';
export { APIPromise, type WithResponse } from './facade/core/api-promise.js';
export type {
  ErrorHookContext,
  Hook,
  HookContext,
  Hooks,
  RequestHookContext,
  ResponseHookContext,
  RetryHookContext,
} from './facade/internal/hooks.js';
export type { OtelApi, OtelSpan, OtelTracer, TracingOption } from './facade/internal/tracing.js';
export type { RequestOptions, RawClient } from './facade/pipeline/options.js';
export { Page, PagePromise, type ListEnvelope } from './facade/core/pagination.js';
export { unwrap, type FetchResult } from './facade/pipeline/unwrap.js';
export type { Logger, LogLevel } from './facade/internal/logger.js';
export { pinoLogger, type FieldsFirstLogger } from './facade/logging/adapters.js';
export type { LogLevelSetting } from './facade/logging/level.js';
export { Triggers, type TriggerFamily, type WebhookTrigger } from './facade/triggers.js';
export { unknownEnum } from './facade/core/unknown-enum.js';
export type { Webhook, WebhookInput, WebhookList, WebhookListParams, WebhookUpdate, Webhooks } from './facade/resources/webhooks/index.js';
export * from './facade/resources/bundles/index.js';
export * from './facade/resources/conversation/index.js';
export * from './facade/resources/whatsapp/index.js';
export * from './facade/resources/kakaotalk/index.js';
export * from './facade/resources/rcs/index.js';
export * from './facade/resources/sms/index.js';
export type { WaitOptions } from './facade/core/wait.js';
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  FailedDependencyError,
  InternalServerError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  ProvisioningError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
  UnprocessableEntityError,
  ValidationError,
  WaitTimeoutError,
  type ApiErrorInit,
  type Operation,
  type ValidationIssue,
} from './facade/core/errors.js';
export type { components, operations, paths } from './generated/schema.js';
export * from './facade/webhooks/index.js';
