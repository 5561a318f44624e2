import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../src/facade/core/errors.js';
import { type SchemaRefs, validate } from '../../../../src/facade/core/validate.js';
import { operationRules, ruleSchemas } from '../../../../src/generated/rules.js';
import { SENTINEL_WEBHOOK_SECRET } from '../helpers.js';

const good = { target: 'https://example.com/hook', secret: 's', triggers: ['ALL'] };
// The rules come from the spec (src/generated/rules.ts), as the resources use them.
const refs: SchemaRefs = ruleSchemas;
const rules = { WebhookWebhookInputDto: { $ref: 'WebhookWebhookInputDto' }, WebhookUpdateWebhookInputDto: { $ref: 'WebhookUpdateWebhookInputDto' } };
const rulesOf = (v: unknown) => validate(v, rules.WebhookWebhookInputDto, '', refs).map((i) => `${i.path}:${i.rule}`);

describe('validate (webhook input rules generated from the spec)', () => {
  it('accepts a valid webhook', () => {
    expect(validate(good, rules.WebhookWebhookInputDto, '', refs)).toEqual([]);
  });

  it('requires target, secret and triggers', () => {
    expect(rulesOf({})).toEqual(['target:required', 'secret:required', 'triggers:required']);
  });

  it('checks the target URL and its length (1..742)', () => {
    expect(rulesOf({ ...good, target: 'not a url' })).toEqual(['target:format']);
    // The mock's `url` format (ajv-formats, as Prism uses it) accepts ftp; see test/contract/format-agreement.test.ts.
    expect(rulesOf({ ...good, target: 'ftp://example.com/x' })).toEqual([]);
    expect(rulesOf({ ...good, target: 'http://localhost:3000/hook' })).toEqual(['target:format']);
    expect(rulesOf({ ...good, target: '' })).toEqual(['target:minLength', 'target:format']);
    const at742 = `https://example.com/${'a'.repeat(742 - 20)}`;
    expect(at742).toHaveLength(742);
    expect(rulesOf({ ...good, target: at742 })).toEqual([]);
    expect(rulesOf({ ...good, target: `${at742}a` })).toEqual(['target:maxLength']);
  });

  it('checks the secret length (1..128) without quoting it', () => {
    expect(rulesOf({ ...good, secret: 'x'.repeat(128) })).toEqual([]);
    const issues = validate({ ...good, secret: SENTINEL_WEBHOOK_SECRET.repeat(10) }, rules.WebhookWebhookInputDto, '', refs);
    expect(issues).toEqual([{ path: 'secret', rule: 'maxLength', message: 'must be at most 128 characters long (got 300)' }]);
    expect(rulesOf({ ...good, secret: '' })).toEqual(['secret:minLength']);
  });

  it('checks types', () => {
    expect(rulesOf({ ...good, secret: 42 })).toEqual(['secret:type']);
    expect(rulesOf({ ...good, triggers: 'ALL' })).toEqual(['triggers:type']);
    expect(rulesOf(null)).toEqual([':type']);
  });

  it('checks the triggers list', () => {
    expect(rulesOf({ ...good, triggers: [] })).toEqual(['triggers:minItems']);
    expect(rulesOf({ ...good, triggers: ['BUNDLE_DONE', 'BUNDLE_DONE'] })).toEqual(['triggers:uniqueItems']);
    expect(rulesOf({ ...good, triggers: ['BUNDLE_DONE', 'NOPE'] })).toEqual(['triggers[1]:enum']);
    expect(rulesOf({ ...good, triggers: ['BUNDLE_DONE', 7] })).toEqual(['triggers[1]:type']);
  });

  it('leaves every field optional for updates', () => {
    expect(validate({}, rules.WebhookUpdateWebhookInputDto, '', refs)).toEqual([]);
    expect(validate({ secret: '' }, rules.WebhookUpdateWebhookInputDto, '', refs).map((i) => i.rule)).toEqual(['minLength']);
  });

  it('checks pageSize 1..15 as a number', () => {
    const q = operationRules.WebhookWebhookController_listWebhooks_v1!.query!;
    expect(validate({ pageSize: 15 }, q, '', refs)).toEqual([]);
    expect(validate({ pageSize: 0 }, q, '', refs).map((i) => `${i.path}:${i.rule}`)).toEqual(['pageSize:minimum']);
    expect(validate({ pageSize: 16 }, q, '', refs).map((i) => `${i.path}:${i.rule}`)).toEqual(['pageSize:maximum']);
    expect(validate({ pageSize: '5' }, q, '', refs).map((i) => `${i.path}:${i.rule}`)).toEqual(['pageSize:type']);
  });

  it('supports enum, maxItems and uniqueItems', () => {
    const schema = { type: 'array', maxItems: 2, uniqueItems: true, items: { enum: ['A', 'B'] } } as const;
    expect(validate(['A', 'A', 'C'], schema).map((i) => `${i.path}:${i.rule}`)).toEqual([':maxItems', ':uniqueItems', '[2]:enum']);
  });
});

describe('validate (JSON Schema keywords used by generated rules)', () => {
  const rules = (v: unknown, schema: Parameters<typeof validate>[1], refs = {}) => validate(v, schema, '', refs).map((i) => `${i.path}:${i.rule}`);

  it('resolves $ref through the refs map, and ignores unknown refs', () => {
    const refs = { Name: { type: 'string', maxLength: 3 } };
    expect(rules({ name: 'abcd' }, { properties: { name: { $ref: 'Name' } } }, refs)).toEqual(['name:maxLength']);
    expect(rules({ name: 'abcd' }, { properties: { name: { $ref: 'Missing' } } }, refs)).toEqual([]);
  });

  it('accepts a type list such as ["string", "null"]', () => {
    expect(rules(null, { type: ['string', 'null'] })).toEqual([]);
    expect(rules(3, { type: ['string', 'null'] })).toEqual([':type']);
    expect(validate(3, { type: ['string', 'null'] })[0]?.message).toBe('must be string or null (got number)');
  });

  it('checks const, pattern and email', () => {
    expect(rules('TEXT', { const: 'TEXT' })).toEqual([]);
    expect(rules('IMAGE', { const: 'TEXT' })).toEqual([':const']);
    expect(rules('ab12', { pattern: '^[a-z]+$' })).toEqual([':pattern']);
    expect(rules('a@b.c', { format: 'email' })).toEqual([]);
    expect(rules('nope', { format: 'email' })).toEqual([':format']);
    expect(rules('anything', { format: 'date-time' })).toEqual([]);
  });

  it('passes anyOf/oneOf when one alternative fits, else reports the closest one', () => {
    const alt = { anyOf: [{ type: 'boolean' }, { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } }] } as const;
    expect(rules(true, alt)).toEqual([]);
    expect(rules({ name: 'x' }, alt)).toEqual([]);
    expect(rules({ name: '' }, alt)).toEqual(['name:minLength']);
    const one = { oneOf: [{ type: 'object' }, { type: 'object', required: ['a'] }] } as const;
    expect(rules({ a: 1 }, one)).toEqual([]);
  });

  it('checks additionalProperties', () => {
    expect(rules({ a: 1, b: 2 }, { properties: { a: {} }, additionalProperties: false })).toEqual(['b:additionalProperties']);
    expect(rules({ x: 'v', y: 3 }, { additionalProperties: { type: 'string' } })).toEqual(['y:type']);
  });
});

describe('ValidationError over validate() issues (as the request pipeline throws it)', () => {
  it('carries every issue, names the first field and rule, and never quotes a secret', () => {
    const issues = validate({ target: 'nope', secret: SENTINEL_WEBHOOK_SECRET.repeat(10), triggers: [] }, rules.WebhookWebhookInputDto, '', refs);
    const err = new ValidationError(issues, 'webhook');
    expect(err.issues.map((i) => `${i.path}:${i.rule}`)).toEqual(['target:format', 'secret:maxLength', 'triggers:minItems']);
    expect([err.field, err.rule]).toEqual(['target', 'format']);
    expect(`${err.message}${String(err)}${JSON.stringify(err)}`).not.toContain(SENTINEL_WEBHOOK_SECRET);
  });
});

describe('a pattern the spec describes in words (x-pattern-description)', () => {
  it("says what an RCS phone number may contain, for the docs' own hyphenated example", () => {
    const issues = validate({ label: 'Contact phone', number: '+33 777-777-777' }, { $ref: 'RcsPhoneInputDto' }, 'phone', refs);
    expect(issues.map((i) => `${i.path}:${i.rule}`)).toEqual(['phone.number:pattern']);
    expect(issues[0]?.message).toBe(
      "must be 6 to 15 characters: digits, spaces and '+' only (hyphens, dots and brackets are not allowed) (pattern ^\\+?[\\d+\\s]{6,15}$)",
    );
    expect(validate({ label: 'Contact phone', number: '+33 777 777 777' }, { $ref: 'RcsPhoneInputDto' }, 'phone', refs)).toEqual([]);
  });
});
