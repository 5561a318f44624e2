import { describe, expect, it } from 'vitest';
import { Triggers, unknownEnum, ValidationError, type WhatsAppSenderUpdate } from '../../../src/index.js';
import { loadSpec } from '../../helpers/spec.js';
import { json } from './helpers.js';
import { client } from '../../helpers/client.js';
import { rejection } from '../../helpers/rejection.js';

const CREATED = json(201, { id: 'w1', projectId: 'p1', target: 'https://example.com/cb', triggers: ['ALL'] });

// Item: new API values never block users. Typos stay a ValidationError before sending (0 requests);
// a declared value, or any value with { allowUnknownEnums: true }, is sent unchanged.
const spec = loadSpec();

const hook = (triggers: string[]) => ({ target: 'https://example.com/cb', secret: 's3cr3t-value', triggers: triggers as never });

describe('typo safety for known values', () => {
  it('a misspelt trigger is a ValidationError listing the allowed values, and nothing is sent', async () => {
    const { c, fetch } = client([CREATED]);
    const err = (await rejection(c.webhooks.create(hook(['BUNDLE_DNOE'])))) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect(fetch.calls).toHaveLength(0);
    const issue = err.issues.find((i) => i.path === 'triggers[0]')!;
    expect([issue.rule, issue.values]).toEqual(['enum', ['BUNDLE_DNOE']]);
    // The spec's trigger enum is the oracle: the first five are named, the rest counted.
    const allowed: string[] = spec.components.schemas.WebhookWebhookTriggersEnum.enum;
    expect(issue.message).toBe(
      `"BUNDLE_DNOE" is not an allowed value; allowed: ${allowed
        .slice(0, 5)
        .map((v) => `"${v}"`)
        .join(', ')} … (${allowed.length - 5} more)`,
    );
  });
});

describe('Triggers.unknown(): one declared value', () => {
  it('reaches the server unchanged, in one request', async () => {
    const { c, fetch } = client([CREATED]);
    const future = Triggers.unknown('WHATSAPP_SENDER_FUTURE_EVENT_1');
    expect(future).toBe('WHATSAPP_SENDER_FUTURE_EVENT_1');
    await c.webhooks.create(hook([future, Triggers.BUNDLE_DONE]));
    expect(fetch.calls).toHaveLength(1);
    // webhooks.create sends the list sorted and without duplicates.
    expect(JSON.parse(fetch.calls[0]!.body).triggers).toEqual(['BUNDLE_DONE', 'WHATSAPP_SENDER_FUTURE_EVENT_1']);
  });

  it('does not let a typo next to it through', async () => {
    const { c, fetch } = client([CREATED]);
    const err = (await rejection(c.webhooks.create(hook([Triggers.unknown('WHATSAPP_SENDER_FUTURE_EVENT_2'), 'BUNDLE_DNOE'])))) as ValidationError;
    expect([err.issues.map((i) => `${i.path}:${i.rule}:${String(i.values)}`), fetch.calls.length]).toEqual([['triggers[0]:enum:BUNDLE_DNOE'], 0]);
  });

  it('is accepted by Triggers.normalize, and ALL still stands alone', () => {
    const v = Triggers.unknown('RCS_FUTURE_EVENT_3');
    expect(Triggers.normalize([v, 'BUNDLE_DONE', v])).toEqual(['BUNDLE_DONE', 'RCS_FUTURE_EVENT_3']);
    expect(() => Triggers.normalize([v, 'ALL'])).toThrow(/ALL cannot be combined/);
    expect(Triggers.is(v)).toBe(false); // is() still answers "known to this SDK version"
  });

  it('refuses an empty or spaced value', () => {
    expect(() => Triggers.unknown('')).toThrow(ValidationError);
    expect(() => unknownEnum('TWO WORDS')).toThrow(ValidationError);
  });
});

describe('unknownEnum(): any enum field, typed from the field it is assigned to', () => {
  const sender = (vertical: string): WhatsAppSenderUpdate => ({ details: { vertical: vertical as never } });
  const reply = json(200, { id: 's1', businessManager: 'SINCH_UK', region: 'EU', metaLocalStorage: 'DE', cloudApi: true, compatibleRegions: ['eu'] });

  it('sends a declared vertical unchanged; an undeclared one is refused before sending', async () => {
    const { c, fetch } = client([reply]);
    const refused = (await rejection(c.whatsapp.senders.update('s1', sender('SPACE_TRAVEL_UNDECLARED')))) as ValidationError;
    expect([refused.field, refused.rule, fetch.calls.length]).toEqual(['details.vertical', 'enum', 0]);
    // Contextual typing: no cast needed, T is the field's enum type.
    const update: WhatsAppSenderUpdate = { details: { vertical: unknownEnum('SPACE_TRAVEL') } };
    await c.whatsapp.senders.update('s1', update);
    expect(fetch.calls.map((r) => JSON.parse(r.body))).toEqual([{ details: { vertical: 'SPACE_TRAVEL' } }]);
  });

  it('a declared component type is left to the API to judge (no oneOf error)', async () => {
    const { c, fetch } = client([json(201, {})]);
    const body = {
      name: 'future_template',
      language: 'EN',
      category: 'UTILITY',
      details: {
        components: [
          { type: 'BODY', text: 'Hello' },
          { type: unknownEnum('HOLOGRAM'), text: 'x' },
        ],
      },
    } as never;
    await c.whatsapp.templates.create(body);
    expect(JSON.parse(fetch.calls[0]!.body).details.components[1]).toEqual({ type: 'HOLOGRAM', text: 'x' });
  });
});

describe('{ allowUnknownEnums: true }: one call', () => {
  it('sends unknown enum values of that call unchanged and checks every other rule', async () => {
    const { c, fetch } = client([CREATED]);
    await c.webhooks.create(hook(['BRAND_NEW_TRIGGER_4', 'ALSO_NEW_5']), { allowUnknownEnums: true });
    expect(JSON.parse(fetch.calls[0]!.body).triggers).toEqual(['ALSO_NEW_5', 'BRAND_NEW_TRIGGER_4']);
    const err = (await rejection(c.webhooks.create({ ...hook(['BRAND_NEW_TRIGGER_4']), target: 'not a url' }, { allowUnknownEnums: true }))) as ValidationError;
    expect([err.issues.map((i) => `${i.path}:${i.rule}`), fetch.calls.length]).toEqual([['target:format'], 1]);
  });

  it('applies to that call only', async () => {
    const { c, fetch } = client([CREATED]);
    await c.webhooks.create(hook(['ONLY_THIS_CALL_6']), { allowUnknownEnums: true });
    await expect(c.webhooks.create(hook(['ONLY_THIS_CALL_6']))).rejects.toBeInstanceOf(ValidationError);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('responses with values newer than the SDK', () => {
  it('never throw and keep the value', async () => {
    const webhook = { id: 'w9', projectId: 'p1', target: 'https://example.com/cb', triggers: ['TRIGGER_FROM_THE_FUTURE'] };
    const sender = {
      id: 's9',
      state: 'HIBERNATING',
      changes: { status: 'QUANTUM' },
      region: 'MARS',
      businessManager: 'SINCH_MOON',
      cloudApi: true,
      compatibleRegions: ['mars'],
    };
    const { c, fetch } = client([json(200, webhook), json(200, { totalSize: 1, pageSize: 50, senders: [sender] }), json(200, sender)]);
    expect(await c.webhooks.get('w9')).toEqual(webhook);
    expect((await c.whatsapp.senders.list()).items).toEqual([sender]);
    expect(await c.whatsapp.senders.get('s9')).toEqual(sender);
    expect(fetch.calls).toHaveLength(3);
  });
});
