// `instanceof` across two copies of the error classes, as when one process loads both the ES
// module and the CommonJS build. A second copy of errors.ts is loaded under another module id;
// the package tests do the same with the real dist/ files.
import { describe, expect, it } from 'vitest';
import * as ours from '../../../../src/facade/core/errors.js';
import { WebhookVerificationError } from '../../../../src/facade/webhooks/errors.js';

type Errors = typeof ours;
const other = (await import(/* @vite-ignore */ `../../../../src/facade/core/errors.js?copy=${'b'}`)) as Errors;
const init = { status: 404, body: { errorCode: 'webhook_not_found' } };

describe('error brands', () => {
  it('loads a distinct copy of the classes (otherwise the test proves nothing)', () => {
    expect(other.NotFoundError).not.toBe(ours.NotFoundError);
    const foreign = other.ApiError.from(init);
    expect(Object.getPrototypeOf(foreign)).not.toBe(ours.NotFoundError.prototype);
    expect(Function.prototype[Symbol.hasInstance].call(ours.NotFoundError, foreign)).toBe(false);
  });

  it('recognises an error of the other copy as an instance of its class and of every ancestor', () => {
    const foreign = other.ApiError.from(init);
    for (const Ctor of [ours.NotFoundError, ours.ApiError, ours.ProvisioningError, Error]) expect(foreign).toBeInstanceOf(Ctor);
    for (const Ctor of [ours.ConflictError, ours.BadRequestError, ours.ConnectionError, ours.ValidationError]) expect(foreign).not.toBeInstanceOf(Ctor);
    // And the other way round.
    expect(ours.ApiError.from({ status: 409 })).toBeInstanceOf(other.ConflictError);
    expect(new ours.TimeoutError('slow')).toBeInstanceOf(other.ConnectionError);
    expect(new ours.WaitTimeoutError('slow')).not.toBeInstanceOf(other.ConnectionError);
  });

  it('does not recognise plain objects, unrelated errors or look-alikes by name', () => {
    for (const value of [
      { name: 'NotFoundError', status: 404 },
      Object.assign(new Error('x'), { name: 'NotFoundError' }),
      new TypeError('x'),
      null,
      undefined,
      'NotFoundError',
      404,
    ]) {
      expect(value instanceof ours.NotFoundError).toBe(false);
      expect(value instanceof ours.ProvisioningError).toBe(false);
    }
  });

  it('keeps the ordinary check for same-copy errors, subclasses in other files and user subclasses', () => {
    class MyError extends ours.ProvisioningError {}
    expect(new MyError('m')).toBeInstanceOf(ours.ProvisioningError);
    expect(new ours.ProvisioningError('p')).not.toBeInstanceOf(MyError);
    expect(new WebhookVerificationError('signature_mismatch', 'bad')).toBeInstanceOf(other.ProvisioningError);
    expect(new WebhookVerificationError('signature_mismatch', 'bad')).not.toBeInstanceOf(other.ApiError);
  });

  it('adds nothing enumerable: JSON and keys stay as they were', () => {
    const err = ours.ApiError.from(init);
    expect(Object.getOwnPropertySymbols(err)).toEqual([]);
    expect(JSON.parse(JSON.stringify(err)).name).toBe('NotFoundError');
    expect(Object.keys(new ours.ProvisioningError('p'))).toEqual(['name']);
  });
});
