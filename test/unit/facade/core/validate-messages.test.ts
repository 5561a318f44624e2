import { describe, expect, it } from 'vitest';
import { Provisioning, ValidationError, type WhatsAppTemplateInput } from '../../../../src/index.js';
import { validate } from '../../../../src/facade/core/validate.js';
import { loadSpec } from '../../../helpers/spec.js';
import { SENTINEL_TOKEN, json, scriptedFetch } from '../helpers.js';

// Item: validation messages a user can act on.
const spec = loadSpec();
const schemas = spec.components.schemas;
const constOf = (name: string): string => {
  const prop = schemas[name].properties.type;
  return prop.const ?? schemas[prop.$ref.split('/').pop()].const;
};
const fetch = scriptedFetch(json(201, {}));
const client = new Provisioning({ projectId: 'p1', accessToken: SENTINEL_TOKEN, baseUrl: 'https://provisioning.test', fetch, maxRetries: 0 });
const create = async (components: unknown[]): Promise<ValidationError> => {
  const body = { name: 'order_update', language: 'EN', category: 'UTILITY', details: { components } } as unknown as WhatsAppTemplateInput;
  return client.whatsapp.templates.create(body).then(
    () => {
      throw new Error('expected a ValidationError');
    },
    (e: ValidationError) => e,
  );
};
const BODY = { type: 'BODY', text: 'Your order has shipped.' };

describe('errors inside oneOf/anyOf point at the field of the branch that matched best', () => {
  it('a bad button type inside BUTTONS names the button type once, with the button types allowed', async () => {
    const err = await create([BODY, { type: 'BUTTONS', buttons: [{ type: 'BAD_BUTTON', text: 'Go' }] }]);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.issues.map((i) => `${i.path}:${i.rule}`)).toEqual(['details.components[1].buttons[0].type:enum']);
    // Oracle: the button alternatives of the spec and the `type` each one pins.
    const buttonRefs: string[] = schemas.WhatsappButtonsComponentInputDto.properties.buttons.items.anyOf.map((a: { $ref: string }) => a.$ref.split('/').pop());
    const types = [...new Set(buttonRefs.map(constOf))];
    expect(err.issues[0]!.message).toBe(
      `"BAD_BUTTON" is not an allowed value; allowed: ${types
        .slice(0, 5)
        .map((t) => `"${t}"`)
        .join(', ')}${types.length > 5 ? ` … (${types.length - 5} more)` : ''}`,
    );
    expect(err.message).not.toContain('must be "BODY"');
    expect(fetch.calls).toHaveLength(0);
  });

  it('a bad component type names components[i].type, once', async () => {
    const err = await create([BODY, { type: 'SIDEBAR', text: 'x' }]);
    expect(err.issues.map((i) => `${i.path}:${i.rule}:${String(i.values)}`)).toEqual(['details.components[1].type:enum:SIDEBAR']);
    expect(err.issues[0]!.message).toMatch(/^"SIDEBAR" is not an allowed value; allowed: "HEADER", .* \(\d+ more\)$/);
  });

  it('a field wrong inside the right branch is reported at that field (the BUTTONS branch, not BODY)', async () => {
    const err = await create([BODY, { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'x'.repeat(26) }] }]);
    expect(err.issues.map((i) => `${i.path}:${i.rule}:${i.message}`)).toEqual([
      'details.components[1].buttons[0].text:maxLength:must be at most 25 characters long (got 26)',
    ]);
  });

  it('a TEXT header without its text is told so (the HEADER branches are told apart by format)', async () => {
    const err = await create([{ type: 'HEADER', format: 'TEXT' }, BODY]);
    expect(err.issues.map((i) => `${i.path}:${i.rule}`)).toEqual(['details.components[0].text:required']);
  });

  it('a missing discriminator is reported as required, listing the choices', () => {
    const issues = validate({ text: 'Go' }, { anyOf: [{ $ref: 'A' }, { $ref: 'B' }] }, 'b', {
      A: { type: 'object', properties: { type: { const: 'URL' } }, required: ['type'] },
      B: { type: 'object', properties: { type: { const: 'QUICK_REPLY' } }, required: ['type'] },
    });
    expect(issues).toEqual([{ path: 'b.type', rule: 'required', message: 'is required (one of "URL", "QUICK_REPLY")' }]);
  });
});

describe('plain wording', () => {
  it('says 1 character / 1 item, and N characters / N items', () => {
    const messages = (value: unknown, schema: object) => validate(value, schema).map((i) => i.message);
    expect(messages('', { type: 'string', minLength: 1 })).toEqual(['must be at least 1 character long']);
    expect(messages('abc', { type: 'string', maxLength: 2 })).toEqual(['must be at most 2 characters long (got 3)']);
    expect(messages([], { type: 'array', minItems: 1 })).toEqual(['must contain at least 1 item']);
    expect(messages([1, 2], { type: 'array', maxItems: 1 })).toEqual(['must contain at most 1 item (got 2)']);
    expect(messages([], { type: 'array', minItems: 2 })).toEqual(['must contain at least 2 items']);
  });

  it('lists up to five allowed values, then how many more', () => {
    expect(validate('x', { enum: ['A', 'B'] })[0]!.message).toBe('"x" is not an allowed value; allowed: "A", "B"');
    expect(validate('x', { enum: ['A', 'B', 'C', 'D', 'E'] })[0]!.message).toBe('"x" is not an allowed value; allowed: "A", "B", "C", "D", "E"');
    expect(validate('x', { enum: ['A', 'B', 'C', 'D', 'E', 'F', 'G'] })[0]!.message).toBe(
      '"x" is not an allowed value; allowed: "A", "B", "C", "D", "E" … (2 more)',
    );
  });
});

describe('each template component type at most once', () => {
  it('names the repeated component and where the type first appeared, for submitted templates and drafts', async () => {
    for (const status of ['SUBMIT', 'DRAFT']) {
      const body = {
        name: 'twice',
        language: 'EN',
        category: 'UTILITY',
        status,
        details: { components: [BODY, { type: 'FOOTER', text: 'a' }, { type: 'FOOTER', text: 'b' }] },
      } as unknown as WhatsAppTemplateInput;
      const err = (await client.whatsapp.templates.create(body).catch((e: unknown) => e)) as ValidationError;
      expect(err.issues).toEqual([
        {
          path: 'details.components[2].type',
          rule: 'uniqueType',
          message: 'repeats the FOOTER component of details.components[1]; each component type may appear at most once',
          values: ['FOOTER'],
        },
      ]);
    }
    expect(fetch.calls).toHaveLength(0);
  });

  it("does not apply across carousel cards (the rule is stated for the template's own list)", async () => {
    const card = {
      components: [
        { type: 'HEADER', format: 'IMAGE', example: { url: 'https://example.com/a.png' } },
        { type: 'BODY', text: 'Card' },
      ],
    };
    const body = {
      name: 'cards',
      language: 'EN',
      category: 'MARKETING',
      details: { components: [BODY, { type: 'CAROUSEL', cards: [card, card] }] },
    } as unknown as WhatsAppTemplateInput;
    const issues = await client.whatsapp.templates.create(body).then(
      () => [],
      (e: ValidationError) => e.issues,
    );
    expect(issues.filter((i) => i.rule === 'uniqueType')).toEqual([]);
  });
});
