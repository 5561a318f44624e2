// `call`: flags become typed path and query parameters, checked before anything is sent.
import { describe, expect, it } from 'vitest';
import { parseFlags, requestParts } from '../../src/cli/commands/call.js';
import { CliError } from '../../src/cli/exit.js';
import { operations } from '../../src/cli/spec.js';

const op = (id: string) => operations().find((o) => o.operationId === id)!;

describe('call parameters', () => {
  it('parses --name value and --name=value, a repeated flag making a list', () => {
    expect([...parseFlags(['--a', '1', '--b=x', '--a', '2'])]).toEqual([
      ['a', ['1', '2']],
      ['b', ['x']],
    ]);
    expect(() => parseFlags(['--a'])).toThrow(CliError);
    expect(() => parseFlags(['loose'])).toThrow(/parameters are given as --name value/);
  });

  it('types query values from the spec (integers, lists) and fills projectId', () => {
    const list = op('WhatsappSendersController_listSenders_v1');
    const parts = requestParts(list, parseFlags(['--pageSize', '5', '--filterStates', 'ACTIVE,ERROR', '--filterStates', 'INACTIVE']), 'p1');
    expect(parts).toEqual({ path: { projectId: 'p1' }, query: { pageSize: 5, filterStates: ['ACTIVE', 'ERROR', 'INACTIVE'] } });
    expect(() => requestParts(list, parseFlags(['--pageSize', 'ten']), 'p1')).toThrow('--pageSize must be a number (got ten)');
  });

  it('refuses unknown and missing path parameters, and lets --projectId override the project', () => {
    const get = op('WebhookWebhookController_getWebhook_v1');
    expect(requestParts(get, parseFlags(['--webhookId', 'w1', '--projectId', 'other']), 'p1').path).toEqual({ projectId: 'other', webhookId: 'w1' });
    expect(() => requestParts(get, parseFlags([]), 'p1')).toThrow('needs --webhookId (a path parameter)');
    expect(() => requestParts(get, parseFlags(['--webhookId', ' ']), 'p1')).toThrow('needs --webhookId');
    expect(() => requestParts(get, parseFlags(['--webhookId', 'w', '--x', '1']), 'p1')).toThrow('has no parameter --x (parameters: --webhookId)');
  });
});
