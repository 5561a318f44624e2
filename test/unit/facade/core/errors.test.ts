import { describe, expect, it } from 'vitest';
import {
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
  PermissionDeniedError,
  ProvisioningError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
  ValidationError,
} from '../../../../src/facade/core/errors.js';
import { SENTINEL_SECRET, SENTINEL_TOKEN } from '../helpers.js';

const op = { method: 'GET', path: '/v1/projects/{projectId}/webhooks/{webhookId}' };
const papi = { errorCode: 'webhook_not_found', message: 'Webhook not found.', resolution: 'Check the webhook ID.' };

describe('ApiError.from', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [424, FailedDependencyError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
    [599, InternalServerError],
  ])('maps %i to %o', (status, Ctor) => {
    const err = ApiError.from({ status, body: papi });
    expect(err.constructor).toBe(Ctor);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toBeInstanceOf(ProvisioningError);
    expect(err.name).toBe(Ctor.name);
    expect(err.status).toBe(status);
  });

  it.each([402, 405, 410, 418])('keeps other status %i as a plain ApiError', (status) => {
    expect(ApiError.from({ status, body: papi }).constructor).toBe(ApiError);
  });

  it('spreads the PAPI body into fields, with headers, request id and operation', () => {
    const headers = new Headers({ 'x-request-id': 'req-42', 'content-type': 'application/json' });
    const info = { validationErrors: ['target must be a URL address'] };
    const err = ApiError.from({ status: 404, body: { ...papi, additionalInformation: info }, headers, operation: op });
    expect(err.errorCode).toBe('webhook_not_found');
    expect(err.resolution).toBe('Check the webhook ID.');
    expect(err.additionalInformation).toEqual(info);
    expect(err.requestId).toBe('req-42');
    expect(err.headers).toEqual({ 'x-request-id': 'req-42', 'content-type': 'application/json' });
    expect(err.operation).toEqual(op);
    expect(err.rawBody).toBeUndefined();
    expect(err.message).toBe(
      'GET /v1/projects/{projectId}/webhooks/{webhookId} -> 404 webhook_not_found: Webhook not found. (resolution: Check the webhook ID.)',
    );
  });

  it('reads x-correlation-id when there is no x-request-id', () => {
    const err = ApiError.from({ status: 500, body: papi, headers: new Headers({ 'x-correlation-id': 'corr-7' }) });
    expect(err.requestId).toBe('corr-7');
  });

  it('keeps a non-JSON body as raw text', () => {
    const err = ApiError.from({ status: 502, body: '<html>Bad Gateway</html>', operation: op });
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err.rawBody).toBe('<html>Bad Gateway</html>');
    expect(err.body).toBe('<html>Bad Gateway</html>');
    expect(err.errorCode).toBeUndefined();
    expect(err.message).toBe('GET /v1/projects/{projectId}/webhooks/{webhookId} -> 502 <html>Bad Gateway</html>');
  });

  it('describes an empty body', () => {
    expect(ApiError.from({ status: 503, body: '' }).message).toBe('503 empty response body');
    expect(ApiError.from({ status: 503 }).message).toBe('503 no response body');
  });

  it('reads OAuth2 error bodies too', () => {
    const err = ApiError.from({ status: 401, body: { error: 'invalid_client', error_description: 'Bad credentials' } });
    expect(err.errorCode).toBe('invalid_client');
    expect(err.message).toBe('401 invalid_client: Bad credentials');
  });

  it('never shows secrets in message, toString or JSON, even when the server echoes them', () => {
    const err = ApiError.from({
      status: 400,
      body: {
        errorCode: 'invalid_input',
        message: `secret ${SENTINEL_SECRET} is wrong`,
        resolution: `use another than ${SENTINEL_SECRET}`,
        additionalInformation: { validationErrors: [`token ${SENTINEL_TOKEN}`] },
        secret: 'plain-secret-field',
      },
      headers: new Headers({ authorization: `Bearer ${SENTINEL_TOKEN}`, 'set-cookie': 'sid=abc' }),
      operation: op,
      secrets: [SENTINEL_SECRET, SENTINEL_TOKEN],
    });
    const everything = [err.message, String(err), JSON.stringify(err), JSON.stringify(err.body), err.resolution].join('\n');
    expect(everything).not.toContain(SENTINEL_SECRET);
    expect(everything).not.toContain(SENTINEL_TOKEN);
    expect(everything).not.toContain('plain-secret-field');
    expect(err.message).toContain('[REDACTED]');
    expect(err.headers['authorization']).toBe('[REDACTED]');
    expect(err.headers['set-cookie']).toBe('[REDACTED]');
  });

  it('serialises to a safe JSON object', () => {
    const err = ApiError.from({ status: 404, body: papi, operation: op });
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'NotFoundError',
      message: err.message,
      status: 404,
      errorCode: 'webhook_not_found',
      resolution: 'Check the webhook ID.',
      operation: op,
      headers: {},
      body: papi,
    });
  });
});

describe('other errors', () => {
  it('ConfigurationError names the option and env variable', () => {
    const err = new ConfigurationError('Missing keyId', { option: 'keyId', envVar: 'SINCH_KEY_ID' });
    expect([err.option, err.envVar, err.name]).toEqual(['keyId', 'SINCH_KEY_ID', 'ConfigurationError']);
    expect(JSON.parse(JSON.stringify(err))).toEqual({ name: 'ConfigurationError', message: 'Missing keyId', option: 'keyId', envVar: 'SINCH_KEY_ID' });
  });

  it('ValidationError exposes field, rule and issues', () => {
    const err = new ValidationError(
      [
        { path: 'target', rule: 'format', message: 'must be an absolute http(s) URL' },
        { path: 'secret', rule: 'maxLength', message: 'must be at most 128 characters long (got 200)' },
      ],
      'webhook',
    );
    expect(err.field).toBe('target');
    expect(err.rule).toBe('format');
    expect(err.issues).toHaveLength(2);
    expect(err.message).toBe('Invalid webhook: target: must be an absolute http(s) URL; secret: must be at most 128 characters long (got 200)');
  });

  it('TimeoutError is a ConnectionError; AbortError is not', () => {
    const timeout = new TimeoutError('slow', { operation: op });
    expect(timeout).toBeInstanceOf(ConnectionError);
    expect(timeout.operation).toEqual(op);
    expect(new AbortError('stop')).not.toBeInstanceOf(ConnectionError);
    expect(new AbortError('stop')).toBeInstanceOf(ProvisioningError);
  });

  it('toJSON leaves out cause and stack', () => {
    const err = new ConnectionError('down', { cause: new Error(`inner ${SENTINEL_TOKEN}`), operation: op });
    expect(JSON.stringify(err)).toBe(JSON.stringify({ name: 'ConnectionError', message: 'down', operation: op, requestSent: true }));
  });
});
