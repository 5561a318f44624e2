import { describe, expect, inject, it } from 'vitest';
import { ValidationError, type WhatsAppTemplateInput, type WhatsAppTemplateUpdate } from '../../../src/index.js';
import { createTestClient } from '../../../src/testing/index.js';
import { loadSpec, type Json } from '../../helpers/spec.js';

// Prism answers with the spec's response examples; the requests must satisfy the spec or it answers 422.
const client = createTestClient(inject('prismUrl'));
const paths = loadSpec().paths;
const bodies = (path: string, method: string) => paths[path][method].requestBody.content['application/json'].examples as Record<string, Json>;
const COLLECTION = '/v1/projects/{projectId}/whatsapp/templates';
const ITEM = `${COLLECTION}/{templateName}/languages/{languageCode}`;
const templates = client.whatsapp.templates;
// flowUtility has no BODY component, which the spec's own rules require of a submitted template.
// marketingOrUtilityFull (three HEADERs) and authenticationFull (two BUTTONS) break "each component type at most once".
const REPEATS_A_TYPE = ['marketingOrUtilityFull', 'authenticationFull'];
const submittable = Object.keys(bodies(COLLECTION, 'post')).filter((name) => name !== 'flowUtility' && !REPEATS_A_TYPE.includes(name));

describe('whatsapp templates against the mock', () => {
  it('list awaits to the first page; a field mask still gets typed items', async () => {
    const page = await templates.list({ pageSize: 10, filterStates: ['APPROVED'], templateName: 'my_' });
    expect([page.items.length, page.totalSize, page.items[0]?.name, page.items[0]?.language]).toEqual([1, 10, 'my_template', 'EN_US']);
    const partial = await templates.list({ fieldMask: ['name', 'state'] });
    expect([partial.items[0]?.name, partial.items[0]?.state]).toEqual(['my_template', 'APPROVED']);
  });

  it('lists the languages of one template', async () => {
    const page = await templates.listByName('my_template', { templateAnalyticsDateRange: 'WEEK' });
    expect(page.items.map((t) => [t.name, t.category])).toEqual([['my_template', 'AUTHENTICATION']]);
  });

  it.each(submittable)('creates a template from the %s example', async (name) => {
    const template = await templates.create(bodies(COLLECTION, 'post')[name]!.value as WhatsAppTemplateInput);
    // Straight from create the template is under review: no state yet, changes IN_PROGRESS.
    expect([template.whatsappId, template.state, template.changes?.status, template.isMetaGenerated]).toEqual(['123456', undefined, 'IN_PROGRESS', false]);
  });

  it('refuses the flowUtility example before sending (no BODY component)', async () => {
    const err = (await templates.create(bodies(COLLECTION, 'post').flowUtility!.value as WhatsAppTemplateInput).catch((e: unknown) => e)) as ValidationError;
    expect([err.field, err.rule]).toEqual(['details.components', 'containsBody']);
  });

  it.each(REPEATS_A_TYPE)('refuses the %s example before sending (a component type repeats)', async (name) => {
    const err = (await templates.create(bodies(COLLECTION, 'post')[name]!.value as WhatsAppTemplateInput).catch((e: unknown) => e)) as ValidationError;
    expect([err instanceof ValidationError, err.rule, err.issues.every((i) => i.rule === 'uniqueType')]).toEqual([true, 'uniqueType', true]);
  });

  it('gets one language, with and without a field mask', async () => {
    const template = await templates.get('my_template', 'EN_US');
    expect([template.name, template.qualityScore]).toEqual(['my_template', 'QUALITY_SCORE_GREEN']);
    expect((await templates.get('my_template', 'EN_US', { fieldMask: ['state'] })).state).toBe('APPROVED');
  });

  it.each(Object.keys(bodies(ITEM, 'patch')).filter((name) => name !== 'value'))('updates a template from the %s example', async (name) => {
    const template = await templates.update('my_template', 'EN_US', bodies(ITEM, 'patch')[name]!.value as WhatsAppTemplateUpdate);
    expect(template.changes?.status).toBe('DRAFT');
  });

  it('deletes one language and every language', async () => {
    expect(await templates.delete('my_template', 'EN_US', { deleteSubmitted: true })).toBeUndefined();
    expect(await templates.deleteAllLanguages('my_template')).toBeUndefined();
  });

  it('lists activities and adds a comment', async () => {
    const page = await templates.listActivities('my_template', 'EN_US', { pageSize: 10 });
    expect(page.items.map((a) => a.type)).toEqual(['CREATED', 'COMMENT_ADDED']);
    expect((await templates.addComment('my_template', 'EN_US', { comment: 'Example comment.' })).comment).toBe('Example comment');
  });

  it('compares with another template and syncs', async () => {
    const result = await templates.compare('my_template', 'EN', {
      templates: [{ templateName: 'template_name2', templateLanguage: 'PL' }],
      timeframe: '60',
      endTimestamp: 1694612898734,
    });
    expect(result.templates.map((t) => [t.language, t.blockOrder, t.messageSends])).toEqual([
      ['EN', 1, 1000],
      ['PL', 2, 2000],
    ]);
    expect(await templates.sync()).toBeUndefined();
  });
});
