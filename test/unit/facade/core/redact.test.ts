import { describe, expect, it } from 'vitest';
import { collectSecrets, redactHeaders, redactJson, scrubText } from '../../../../src/facade/core/redact.js';

describe('redaction', () => {
  it('masks sensitive keys at any depth', () => {
    const input = { target: 'https://x', secret: 's1', nested: [{ keySecret: 'k', access_token: 't', name: 'n' }] };
    expect(redactJson(input)).toEqual({
      target: 'https://x',
      secret: '[REDACTED]',
      nested: [{ keySecret: '[REDACTED]', access_token: '[REDACTED]', name: 'n' }],
    });
  });

  it('scrubs known secret values from text, leaving short values alone', () => {
    expect(scrubText('a hunter22 b hunter22', ['hunter22', 'ab'])).toBe('a [REDACTED] b [REDACTED]');
  });

  it('masks authorization and cookie headers', () => {
    const h = new Headers({ Authorization: 'Basic abc', Cookie: 'c', Accept: 'application/json' });
    expect(redactHeaders(h)).toEqual({ authorization: '[REDACTED]', cookie: '[REDACTED]', accept: 'application/json' });
  });

  it('collects values under sensitive keys', () => {
    expect([...collectSecrets({ secret: 'a', webhooks: [{ secret: 'b' }], target: 'c' })]).toEqual(['a', 'b']);
  });

  it('masks and collects the fields the spec marks sensitive, numbers and nested values included', () => {
    const body = { facebookToken: 'fb-token-1', wabaId: '123', verify: { code: 907856 }, authenticationCode: ['c-one', 'c-two'] };
    // `code` is also a template code elsewhere in the spec: masked by its value (known from the request), not by name.
    expect(redactJson(body)).toEqual({ facebookToken: '[REDACTED]', wabaId: '123', verify: { code: 907856 }, authenticationCode: '[REDACTED]' });
    expect(redactJson(body, collectSecrets(body))).toEqual({
      facebookToken: '[REDACTED]',
      wabaId: '123',
      verify: { code: '[REDACTED]' },
      authenticationCode: '[REDACTED]',
    });
    expect(redactJson({ code: 'S7yFqaKqJ8tsnBZH2CEd', violations: [{ code: 'enum' }] })).toEqual({
      code: 'S7yFqaKqJ8tsnBZH2CEd',
      violations: [{ code: 'enum' }],
    });
    expect([...collectSecrets(body)].sort()).toEqual(['907856', 'c-one', 'c-two', 'fb-token-1']);
    expect(scrubText('code 907856 token fb-token-1', collectSecrets(body))).toBe('code [REDACTED] token [REDACTED]');
  });
});
