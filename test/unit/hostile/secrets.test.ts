import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ProvisioningError,
  Provisioning,
  type ProvisioningOptions,
  ValidationError,
} from '../../../src/index.js';
import { recordingLogger } from '../facade/helpers.js';
import { type Fault, papi, reply, tokenReply } from '../faults/fault-server.js';
import { useFaultServer } from '../faults/setup.js';
import { rejection } from '../../helpers/rejection.js';

/**
 * Issue 10 item 6 (transport part): the token an attempt actually sent is scrubbed, even after
 * a refresh replaced it; a header value or token fetch cannot carry (CR, LF, non-Latin-1) is an
 * SDK error naming the header, never showing the value, and nothing is sent.
 */

const ctx = useFaultServer();
const OLD = 'tok-OLD-0123456789';
const NEW = 'tok-NEW-9876543210';
const VALUE = 'S3CR3T-header-value';

function client(options: ProvisioningOptions = {}): Provisioning {
  return new Provisioning({ projectId: 'p1', accessToken: 'tok-1234', baseUrl: ctx.server.url, maxRetries: 0, ...options });
}

describe('the token an attempt sent', () => {
  it('a token replaced after a 401 is still scrubbed from the error and the logs when the server echoes it', async () => {
    const echo: Fault = ({ res }) => {
      const text = JSON.stringify({ errorCode: 'invalid_input', message: `you sent Bearer ${OLD}`, resolution: `not ${OLD}` });
      res.writeHead(400, { 'content-type': 'application/json', 'x-echo': `Bearer ${OLD}`, 'x-request-id': OLD }).end(text);
    };
    ctx.server.scriptToken(tokenReply(OLD), tokenReply(NEW));
    ctx.server.scriptApi(papi(401, 'unauthorized_error'), echo);
    const { logger, text } = recordingLogger();
    const c = new Provisioning({ projectId: 'p1', keyId: 'k', keySecret: 'key-secret-value', authUrl: ctx.server.authUrl, baseUrl: ctx.server.url, logger });
    const err = await rejection(c.webhooks.get('w1'));
    expect(err).toBeInstanceOf(BadRequestError);
    expect(ctx.server.api.map((r) => r.headers.authorization)).toEqual([`Bearer ${OLD}`, `Bearer ${NEW}`]);
    const shown = [String(err), (err as Error).message, JSON.stringify(err), text()].join('\n');
    expect(shown).toContain('[REDACTED]');
    expect(shown).not.toContain(OLD);
    expect(shown).not.toContain(NEW);
  });
});

describe('header values fetch cannot carry', () => {
  const BAD = [`a\r\nx-injected: ${VALUE}`, `${VALUE}\n`, `${VALUE}\r`, `${VALUE}\u0000`, `${VALUE}€`, `${VALUE}\u{1F600}`];

  it.each(BAD)('defaultHeaders %j: ConfigurationError naming the header, not its value', (value) => {
    let err: unknown;
    try {
      client({ defaultHeaders: { 'x-trace': value } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err).toMatchObject({ option: 'defaultHeaders' });
    expect((err as Error).message).toContain('"x-trace"');
    expect(JSON.stringify(err) + String(err)).not.toContain(VALUE);
  });

  it('a header name that is not a token is refused too', () => {
    expect(() => client({ defaultHeaders: { 'bad name': 'v' } })).toThrow(ConfigurationError);
  });

  it.each(BAD)('a per-call header %j: ValidationError naming it, 0 requests (facade and client.raw)', async (value) => {
    const c = client();
    const err = await rejection(c.webhooks.get('w1', { headers: { 'x-trace': value } }));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err).toMatchObject({ field: 'headers.x-trace', rule: 'header' });
    const rawErr = await rejection(c.raw.GET('/v1/projects/{projectId}/webhooks', { params: { path: { projectId: 'p1' } }, headers: { 'x-trace': value } }));
    expect(rawErr).toBeInstanceOf(ValidationError);
    expect(rawErr).toMatchObject({ field: 'headers.x-trace' });
    expect(JSON.stringify([err, rawErr]) + String(err) + String(rawErr)).not.toContain(VALUE);
    expect(ctx.server.api).toHaveLength(0);
  });

  it('an accessToken string with a line break: ConfigurationError without the token', () => {
    let err: unknown;
    try {
      client({ accessToken: `${VALUE}\r\nx: y` });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(String(err)).not.toContain(VALUE);
  });

  it('an accessToken callback resolving to a token with CR/LF: ProvisioningError naming Authorization, 0 requests', async () => {
    const err = await rejection(client({ accessToken: async () => `${VALUE}\r\nx: y` }).webhooks.get('w1'));
    expect(err).toBeInstanceOf(ProvisioningError);
    expect((err as Error).message).toContain('Authorization header');
    expect(String(err) + JSON.stringify(err)).not.toContain(VALUE);
    expect(ctx.server.api).toHaveLength(0);
  });

  it('an OAuth2 token with CR/LF or non-Latin-1 characters blames the server: AuthenticationError, no API request', async () => {
    ctx.server.scriptToken(reply(200, { access_token: `${VALUE}\r\nx: y`, token_type: 'bearer', expires_in: 3600 }));
    const c = new Provisioning({
      projectId: 'p1',
      keyId: 'k',
      keySecret: 'key-secret-value',
      authUrl: ctx.server.authUrl,
      baseUrl: ctx.server.url,
      maxRetries: 0,
    });
    const err = await rejection(c.webhooks.get('w1'));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as Error).message).toContain('invalid_token_response: the access_token contains characters an Authorization header cannot carry');
    expect(String(err) + JSON.stringify(err)).not.toContain(VALUE);
    expect([ctx.server.token.length, ctx.server.api.length]).toEqual([1, 0]);
  });
});
