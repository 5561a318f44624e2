import { describe, expect, it } from 'vitest';
import { ValidationError, type WhatsAppTemplateInput } from '../../../../../src/index.js';
import { templateChecks } from '../../../../../src/facade/resources/whatsapp/checks.js';
import { loadSpec, type Json } from '../../../../helpers/spec.js';
import { json, type scriptedFetch } from '../../helpers.js';
import { client } from '../../../../helpers/client.js';
import { rejection } from '../../../../helpers/rejection.js';

const template = { name: 'order_update', language: 'EN_US', category: 'UTILITY', analytics: [], isMetaGenerated: false };
const ITEM = '/v1/projects/p1/whatsapp/templates/order_update/languages/EN_US';
const input: WhatsAppTemplateInput = {
  name: 'order_update',
  language: 'EN_US',
  category: 'UTILITY',
  details: {
    components: [
      { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: '1042' },
      { type: 'BODY', text: 'Hi {{1}}, order {{2}} has shipped.', examples: ['Ann', '1042'] },
      {
        type: 'BUTTONS',
        buttons: [{ type: 'URL', text: 'Track', url: 'https://shop.example.com/track?id={{1}}', example: 'https://shop.example.com/track?id=1042' }],
      },
    ],
  },
};

const sent = (f: ReturnType<typeof scriptedFetch>) => f.calls.map((r) => `${r.method} ${decodeURIComponent(r.url.pathname)}${r.url.search}`);

/** `input` with its components replaced. */
const withComponents = (...components: unknown[]) => ({ ...input, details: { components } }) as WhatsAppTemplateInput;
const body = { type: 'BODY', text: 'Hello' };

describe('whatsapp.templates calls', () => {
  it('lists with filters, and by name with a field mask', async () => {
    const { c, fetch } = client([
      json(200, { totalSize: 1, pageSize: 50, templates: [template] }),
      json(200, { totalSize: 1, pageSize: 50, templates: [{ name: 'order_update', state: 'APPROVED' }] }),
    ]);
    const page = await c.whatsapp.templates.list({ templateName: 'order', filterStates: ['APPROVED'], templateAnalyticsDateRange: 'WEEK' });
    expect(page.items[0]?.category).toBe('UTILITY');
    const partial = await c.whatsapp.templates.listByName('order_update', { fieldMask: ['name', 'state'] });
    expect(partial.items).toEqual([{ name: 'order_update', state: 'APPROVED' }]);
    expect(sent(fetch)).toEqual([
      'GET /v1/projects/p1/whatsapp/templates?templateName=order&filterStates=APPROVED&templateAnalyticsDateRange=WEEK',
      'GET /v1/projects/p1/whatsapp/templates/order_update?fieldMask=name&fieldMask=state',
    ]);
  });

  it('sends every template operation to its path', async () => {
    const none = () => new Response(null, { status: 204 });
    const { c, fetch } = client([
      json(201, template),
      json(200, template),
      json(200, template),
      none(),
      none(),
      json(200, { totalSize: 0, pageSize: 50, notifications: [] }),
      json(201, { type: 'CREATED', comment: 'ok' }),
      json(200, { templates: [] }),
      new Response(null, { status: 200 }),
    ]);
    const t = c.whatsapp.templates;
    expect(await t.create(input)).toEqual(template);
    expect(await t.get('order_update', 'EN_US', { templateAnalyticsDateRange: 'MONTH' })).toEqual(template);
    expect(await t.update('order_update', 'EN_US', { status: 'SUBMIT', details: input.details })).toEqual(template);
    expect(await t.delete('order_update', 'EN_US', { deleteSubmitted: true })).toBeUndefined();
    expect(await t.deleteAllLanguages('order_update')).toBeUndefined();
    expect((await t.listActivities('order_update', 'EN_US', { pageSize: 10 })).items).toEqual([]);
    expect((await t.addComment('order_update', 'EN_US', { comment: 'ok' })).comment).toBe('ok');
    expect(await t.compare('order_update', 'EN_US', { templates: [{ templateName: 'order_update_v2', templateLanguage: 'EN_US' }], timeframe: '30' })).toEqual({
      templates: [],
    });
    expect(await t.sync()).toBeUndefined();
    expect(sent(fetch)).toEqual([
      'POST /v1/projects/p1/whatsapp/templates',
      `GET ${ITEM}?templateAnalyticsDateRange=MONTH`,
      `PATCH ${ITEM}`,
      `DELETE ${ITEM}?deleteSubmitted=true`,
      'DELETE /v1/projects/p1/whatsapp/templates/order_update',
      `GET ${ITEM}/activities?pageSize=10`,
      `POST ${ITEM}/comments`,
      `POST ${ITEM}/compare`,
      'POST /v1/projects/p1/whatsapp/templates/sync',
    ]);
    expect(JSON.parse(fetch.calls[0]?.body ?? '')).toEqual(input);
  });

  it('rejects an unknown language and a malformed name without sending', async () => {
    const { c, fetch } = client([json(200, template)]);
    const lang = (await rejection(c.whatsapp.templates.get('order_update', 'en-us' as never))) as ValidationError;
    expect([lang.field, lang.rule]).toEqual(['languageCode', 'enum']);
    const name = (await rejection(c.whatsapp.templates.create({ ...input, name: 'Order Update' }))) as ValidationError;
    expect([name.field, name.rule]).toEqual(['name', 'pattern']);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('whatsapp.templates cross-field rules', () => {
  it.each([
    ['no BODY on submit', withComponents({ type: 'FOOTER', text: 'Bye' }), 'details.components', 'containsBody'],
    [
      'two variables in a TEXT header',
      withComponents({ type: 'HEADER', format: 'TEXT', text: '{{1}} {{2}}', example: 'a' }, body),
      'details.components[0].text',
      'maxVariables',
    ],
    [
      'header variable without example',
      withComponents({ type: 'HEADER', format: 'TEXT', text: 'Hi {{1}}' }, body),
      'details.components[0].example',
      'requiredIf',
    ],
    ['body variables without examples', withComponents({ type: 'BODY', text: 'Hi {{1}}' }), 'details.components[0].examples', 'requiredIf'],
    ['fewer samples than variables', withComponents({ type: 'BODY', text: '{{1}} {{2}}', examples: ['a'] }), 'details.components[0].examples', 'exampleCount'],
    [
      'URL variable not at the end',
      withComponents(body, { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Go', url: 'https://x.example/{{1}}/a', example: 'https://x.example/1/a' }] }),
      'details.components[1].buttons[0].url',
      'variableAtEnd',
    ],
    [
      'URL to wa.me',
      withComponents(body, { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Chat', url: 'https://wa.me/4912345' }] }),
      'details.components[1].buttons[0].url',
      'restrictedDomain',
    ],
    [
      'example on a static URL',
      withComponents(body, { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Go', url: 'https://x.example/a', example: 'https://x.example/a' }] }),
      'details.components[1].buttons[0].example',
      'dynamicOnly',
    ],
    [
      'dynamic URL without example',
      withComponents(body, { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Go', url: 'https://x.example/?q={{1}}' }] }),
      'details.components[1].buttons[0].example',
      'requiredIf',
    ],
    [
      'NAVIGATE flow without screen',
      withComponents(body, { type: 'BUTTONS', buttons: [{ type: 'FLOW', text: 'Start', flowId: '123', flowAction: 'NAVIGATE' }] }),
      'details.components[1].buttons[0].navigateScreen',
      'requiredIf',
    ],
    [
      'card body without samples',
      withComponents(body, { type: 'CAROUSEL', cards: [{ components: [{ type: 'BODY', text: 'Card {{1}}' }] }] }),
      'details.components[1].cards[0].components[0].examples',
      'requiredIf',
    ],
    [
      'TTL outside the category range',
      { ...input, details: { ...input.details, messageSendTtlSeconds: 20 } },
      'details.messageSendTtlSeconds',
      'rangeForCategory',
    ],
  ])('create rejects %s without sending', async (_name, bad, field, rule) => {
    const { c, fetch } = client([json(201, template)]);
    const err = (await rejection(c.whatsapp.templates.create(bad as WhatsAppTemplateInput))) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.issues.map((i) => [i.path, i.rule])).toEqual([[field, rule]]);
    expect(fetch.calls).toHaveLength(0);
  });

  it('lets drafts omit what only a submission needs, but not break what is never allowed', async () => {
    const { c, fetch } = client([json(201, template)]);
    await c.whatsapp.templates.create({ ...withComponents({ type: 'HEADER', format: 'TEXT', text: 'Hi {{1}}' }), status: 'DRAFT' });
    const err = (await rejection(
      c.whatsapp.templates.create({
        ...withComponents(body, { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'a', url: 'https://www.whatsapp.com/x' }] }),
        status: 'DRAFT',
      }),
    )) as ValidationError;
    expect([err.field, err.rule]).toEqual(['details.components[1].buttons[0].url', 'restrictedDomain']);
    expect(fetch.calls).toHaveLength(1);
  });

  it('update is a draft unless status is SUBMIT, and checks the TTL only when the category is given', async () => {
    const { c, fetch } = client([json(200, template)]);
    await c.whatsapp.templates.update('order_update', 'EN_US', { details: { components: [{ type: 'FOOTER', text: 'Bye' }], messageSendTtlSeconds: 5 } });
    const err = (await rejection(
      c.whatsapp.templates.update('order_update', 'EN_US', {
        status: 'SUBMIT',
        category: 'AUTHENTICATION',
        details: { components: [{ type: 'FOOTER', text: 'Bye' }], messageSendTtlSeconds: 5 },
      }),
    )) as ValidationError;
    expect(err.issues.map((i) => i.rule)).toEqual(['containsBody', 'rangeForCategory']);
    expect(err.message).toContain('must be between 10 and 900 for AUTHENTICATION templates');
    expect(fetch.calls).toHaveLength(1);
  });

  it('compare refuses the template itself (notSelf) and more than one other template', async () => {
    const { c, fetch } = client([json(200, { templates: [] })]);
    const self = (await rejection(
      c.whatsapp.templates.compare('order_update', 'EN_US', { templates: [{ templateName: 'order_update', templateLanguage: 'EN_US' }] }),
    )) as ValidationError;
    expect([self.field, self.rule]).toEqual(['templates[0]', 'notSelf']);
    const two = { templateName: 'a_b', templateLanguage: 'EN' as const };
    const many = (await rejection(
      c.whatsapp.templates.compare('order_update', 'EN_US', { templates: [two, { ...two, templateName: 'c_d' }] }),
    )) as ValidationError;
    expect([many.field, many.rule]).toEqual(['templates', 'maxItems']);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('the spec request examples and the cross-field rules', () => {
  const spec = loadSpec();
  const examples = (path: string, method: string): [string, unknown][] =>
    Object.entries<Json>(spec.paths[path][method].requestBody.content['application/json'].examples).map(([k, v]) => [k, v.value]);

  it('every create example passes, except flowUtility (no BODY) and the two that repeat a component type', () => {
    const results = examples('/v1/projects/{projectId}/whatsapp/templates', 'post').map(([name, value]) => [
      name,
      templateChecks(value, 'SUBMIT').map((i) => i.rule),
    ]);
    expect(results).toEqual([
      ['marketingOrUtilityFull', ['uniqueType', 'uniqueType']],
      ['marketingWithOptimization', []],
      ['marketingOrUtilityMinimum', []],
      ['authenticationFull', ['uniqueType']],
      ['authenticationMinimum', []],
      ['flowUtility', ['containsBody']],
    ]);
  });

  it('every update example passes, except "value", which lists three HEADER components', () => {
    const path = '/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}';
    const results = examples(path, 'patch').map(([name, value]) => [name, templateChecks(value, 'DRAFT').map((i) => `${i.path}:${i.rule}`)]);
    expect(results).toEqual([
      ['value', ['details.components[1].type:uniqueType', 'details.components[2].type:uniqueType']],
      ['marketingWithOptimization', []],
      ['marketingWithoutOptimization', []],
      ['marketingWithoutCountryMultiplierOverrides', []],
    ]);
  });
});
