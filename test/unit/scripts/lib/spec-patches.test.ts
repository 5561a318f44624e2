import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  PATCHES,
  applyPatches,
  conversationWebhookTriggersMaxItems,
  enumMapsToLists,
  facebookCodeFormat,
  liftCallbackBodies,
  listValuedProperties,
  overlappingOneOfToAnyOf,
  splitCombinedSecurity,
  stringTypeWebhookUpdateFields,
  urlButtonTemplateFormat,
  markSensitiveFields,
  describePatterns,
} from '../../../../scripts/lib/spec-patches.js';
import { parseSpecText } from '../../../../scripts/lib/spec-yaml.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/specs/${name}`, import.meta.url));
const loadFixture = (name: string): any => parseSpecText(readFileSync(fixture(name), 'utf8'));
const LEAD_SPEC = fileURLToPath(new URL('../../../../openapi/provisioning.yaml', import.meta.url));

const SCHEMES = {
  BasicAuth: { type: 'http', scheme: 'basic' },
  BearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
  OAuth2Production: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://x/token', scopes: {} } } },
  ApiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
};

describe('splitCombinedSecurity', () => {
  it('splits the global requirement and an operation-level copy into alternatives', () => {
    const doc: any = {
      components: { securitySchemes: SCHEMES },
      security: [{ BasicAuth: [], BearerAuth: [], OAuth2Production: ['-'] }],
      paths: {
        '/a': { post: { security: [{ BasicAuth: [], BearerAuth: [], OAuth2Production: [] }] } },
        '/b': { get: { security: [] } },
      },
    };
    expect(splitCombinedSecurity(doc)).toEqual({ applied: true, detail: 'split into alternatives: global; POST /a' });
    expect(doc.security).toEqual([{ BasicAuth: [] }, { BearerAuth: [] }, { OAuth2Production: ['-'] }]);
    expect(doc.paths['/a'].post.security).toEqual([{ BasicAuth: [] }, { BearerAuth: [] }, { OAuth2Production: [] }]);
    expect(doc.paths['/b'].get.security).toEqual([]); // "no auth" stays no auth
  });

  it('reaches operations inside callbacks and drops duplicate alternatives', () => {
    const op = { security: [{ BasicAuth: [], BearerAuth: [] }, { BasicAuth: [] }] };
    const doc: any = {
      components: { securitySchemes: SCHEMES },
      paths: { '/s': { post: { callbacks: { Done: { '{$request.body#/url}': { post: op } } } } } },
    };
    expect(splitCombinedSecurity(doc)).toEqual({
      applied: true,
      detail: 'split into alternatives: POST /s callback Done: POST {$request.body#/url}',
    });
    expect(op.security).toEqual([{ BasicAuth: [] }, { BearerAuth: [] }]);
  });

  it('keeps a requirement that really needs two schemes together (an API key plus a login)', () => {
    const doc: any = { components: { securitySchemes: SCHEMES }, security: [{ ApiKey: [], BasicAuth: [] }] };
    expect(splitCombinedSecurity(doc)).toEqual({
      applied: false,
      detail: 'no security requirement combines alternative schemes',
    });
    expect(doc.security).toEqual([{ ApiKey: [], BasicAuth: [] }]);
  });

  it('is skipped on a fixed document', () => {
    const fixed = [{ BasicAuth: [] }, { BearerAuth: [] }, { OAuth2Production: [] }];
    const doc: any = { components: { securitySchemes: SCHEMES }, security: structuredClone(fixed) };
    expect(splitCombinedSecurity(doc).applied).toBe(false);
    expect(doc.security).toEqual(fixed);
  });
});

describe('stringTypeWebhookUpdateFields', () => {
  const withProps = (properties: object): any => ({
    components: { schemas: { WebhookUpdateWebhookInputDto: { type: 'object', properties } } },
  });

  it('types target and secret as strings and keeps their limits', () => {
    const doc = withProps({
      target: { type: 'object', format: 'url', minLength: 1, maxLength: 742 },
      secret: { type: 'object', minLength: 1, maxLength: 128 },
      triggers: { type: 'array', items: { type: 'string' } },
    });
    expect(stringTypeWebhookUpdateFields(doc)).toEqual({
      applied: true,
      detail: 'WebhookUpdateWebhookInputDto.target, .secret now type: string',
    });
    expect(doc.components.schemas.WebhookUpdateWebhookInputDto.properties).toEqual({
      target: { type: 'string', format: 'url', minLength: 1, maxLength: 742 },
      secret: { type: 'string', minLength: 1, maxLength: 128 },
      triggers: { type: 'array', items: { type: 'string' } },
    });
  });

  it('is skipped on a fixed document, and when the schema is gone', () => {
    const fixed = { target: { type: 'string', format: 'url' }, secret: { type: 'string', maxLength: 128 } };
    const doc = withProps(structuredClone(fixed));
    expect(stringTypeWebhookUpdateFields(doc)).toEqual({
      applied: false,
      detail: 'target and secret are not object-typed string fields',
    });
    expect(doc.components.schemas.WebhookUpdateWebhookInputDto.properties).toEqual(fixed);
    expect(stringTypeWebhookUpdateFields({ openapi: '3.1.0' }).applied).toBe(false);
  });

  it('leaves a real object property alone', () => {
    const doc = withProps({ target: { type: 'object', properties: { url: { type: 'string', format: 'url' } } } });
    expect(stringTypeWebhookUpdateFields(doc).applied).toBe(false);
    expect(doc.components.schemas.WebhookUpdateWebhookInputDto.properties.target.type).toBe('object');
  });
});

describe('enumMapsToLists', () => {
  it('turns an enum map inside a callback into the list of its values', () => {
    const status: any = { type: 'string', enum: { Archived: 'ARCHIVED', Completed: 'COMPLETED' } };
    const doc: any = {
      paths: {
        '/s': {
          post: {
            callbacks: {
              Brand: { '{$url}': { post: { requestBody: { content: { 'application/json': { schema: { properties: { status } } } } } } } },
            },
          },
        },
      },
    };
    expect(enumMapsToLists(doc)).toEqual({
      applied: true,
      detail: 'converted 1 enum map(s): #/paths/~1s/post/callbacks/Brand/{$url}/post/requestBody/content/application~1json/schema/properties/status/enum',
    });
    expect(status.enum).toEqual(['ARCHIVED', 'COMPLETED']);
  });

  it('does not touch a property named "enum", example data or extensions', () => {
    const doc: any = {
      components: {
        schemas: {
          Thing: {
            type: 'object',
            properties: { enum: { type: 'string', maxLength: 3 } },
            example: { enum: { a: 'b' } },
            'x-labels': { enum: { a: 'b' } },
          },
        },
      },
    };
    const before = structuredClone(doc);
    expect(enumMapsToLists(doc)).toEqual({ applied: false, detail: 'every enum is a list' });
    expect(doc).toEqual(before);
  });

  it('is skipped on a fixed document', () => {
    const doc: any = { components: { schemas: { S: { type: 'string', enum: ['ARCHIVED', 'COMPLETED'] } } } };
    expect(enumMapsToLists(doc).applied).toBe(false);
    expect(doc.components.schemas.S.enum).toEqual(['ARCHIVED', 'COMPLETED']);
  });
});

describe('conversationWebhookTriggersMaxItems', () => {
  const withTriggers = (triggers: object): any => ({
    components: { schemas: { BundlesConversationAppWebhooksInputDto: { properties: { triggers } } } },
  });

  it('renames maxLength to maxItems in place, keeping the key order', () => {
    const doc = withTriggers({ type: 'array', maxLength: 20, uniqueItems: true, items: { type: 'string' } });
    expect(conversationWebhookTriggersMaxItems(doc)).toEqual({
      applied: true,
      detail: 'triggers: maxLength 20 -> maxItems 20',
    });
    const triggers = doc.components.schemas.BundlesConversationAppWebhooksInputDto.properties.triggers;
    expect(Object.entries(triggers)).toEqual([
      ['type', 'array'],
      ['maxItems', 20],
      ['uniqueItems', true],
      ['items', { type: 'string' }],
    ]);
  });

  it('only drops maxLength when maxItems is already there', () => {
    const doc = withTriggers({ type: 'array', maxLength: 20, maxItems: 10 });
    expect(conversationWebhookTriggersMaxItems(doc).detail).toBe('dropped maxLength from triggers (maxItems already set)');
    expect(doc.components.schemas.BundlesConversationAppWebhooksInputDto.properties.triggers).toEqual({
      type: 'array',
      maxItems: 10,
    });
  });

  it('is skipped on a fixed document', () => {
    const doc = withTriggers({ type: 'array', maxItems: 20 });
    expect(conversationWebhookTriggersMaxItems(doc)).toEqual({ applied: false, detail: 'triggers has no maxLength' });
    expect(doc.components.schemas.BundlesConversationAppWebhooksInputDto.properties.triggers).toEqual({
      type: 'array',
      maxItems: 20,
    });
  });
});

describe('overlappingOneOfToAnyOf', () => {
  it('rewrites object unions without a discriminator, in schemas and responses, and leaves the rest', () => {
    const union = { oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }] };
    const flag = { oneOf: [{ $ref: '#/components/schemas/A' }, { type: 'boolean' }] };
    const tagged = { oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }], discriminator: { propertyName: 'kind' } };
    const doc: any = {
      components: { schemas: { U: { type: 'object', properties: { u: union, f: flag, t: tagged } } } },
      paths: {
        '/x': {
          get: { responses: { 200: { content: { 'application/json': { schema: { oneOf: [{ type: 'object' }, { type: 'object', properties: {} }] } } } } } },
        },
      },
    };
    expect(overlappingOneOfToAnyOf(doc)).toEqual({
      applied: true,
      detail: 'oneOf -> anyOf at 2 place(s): #/components/schemas/U/properties/u; #/paths/~1x/get/responses/200/content/application~1json/schema',
    });
    expect(union).toEqual({ anyOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }] });
    expect(flag.oneOf).toHaveLength(2);
    expect(tagged.oneOf).toHaveLength(2);
    expect(overlappingOneOfToAnyOf(doc).applied).toBe(false);
  });
});

describe('urlButtonTemplateFormat', () => {
  it('drops the url format of the URL button and keeps the other limits', () => {
    const doc: any = { components: { schemas: { WhatsappUrlButtonInputDto: { properties: { url: { type: 'string', format: 'url', maxLength: 2000 } } } } } };
    expect(urlButtonTemplateFormat(doc)).toEqual({ applied: true, detail: 'WhatsappUrlButtonInputDto.url: format url dropped' });
    expect(doc.components.schemas.WhatsappUrlButtonInputDto.properties.url).toEqual({ type: 'string', maxLength: 2000 });
    expect(urlButtonTemplateFormat(doc)).toEqual({ applied: false, detail: 'WhatsappUrlButtonInputDto.url has no url format' });
  });
});

describe('facebookCodeFormat', () => {
  it('drops format uri from the one-time code, and only from it', () => {
    const doc: any = {
      components: {
        schemas: {
          WhatsappSenderInputDtoDeprecated: {
            properties: { facebookCode: { type: 'string', format: 'uri', minLength: 1 }, other: { type: 'string', format: 'uri' } },
          },
        },
      },
    };
    expect(facebookCodeFormat(doc)).toEqual({ applied: true, detail: 'WhatsappSenderInputDtoDeprecated.facebookCode: format uri dropped' });
    expect(doc.components.schemas.WhatsappSenderInputDtoDeprecated.properties).toEqual({
      facebookCode: { type: 'string', minLength: 1 },
      other: { type: 'string', format: 'uri' },
    });
    expect(facebookCodeFormat(doc).applied).toBe(false);
  });
});

describe('listValuedProperties', () => {
  it('turns `examples: [<schema>]` back into the `example` property, in place and in key order', () => {
    const doc: any = {
      components: {
        schemas: {
          Media: {
            required: ['type', 'example'],
            properties: { type: { type: 'string' }, examples: [{ $ref: '#/components/schemas/Ex' }], after: { type: 'number' } },
          },
          Url: { properties: { examples: [{ type: 'string', format: 'url' }] } },
        },
      },
    };
    expect(listValuedProperties(doc)).toEqual({
      applied: true,
      detail: 'repaired 2 list-valued properties: Media (examples -> example); Url (examples -> example)',
    });
    expect(Object.keys(doc.components.schemas.Media.properties)).toEqual(['type', 'example', 'after']);
    expect(doc.components.schemas.Media.properties.example).toEqual({ $ref: '#/components/schemas/Ex' });
    expect(doc.components.schemas.Url.properties).toEqual({ example: { type: 'string', format: 'url' } });
    expect(listValuedProperties(doc)).toEqual({ applied: false, detail: 'every property is a schema' });
  });

  it('keeps any other key (one schema, or anyOf of several), and leaves lists of values alone', () => {
    const doc: any = {
      paths: {
        '/a': { post: { requestBody: { content: { 'application/json': { schema: { properties: { x: [{ type: 'string' }, { type: 'number' }] } } } } } } },
      },
      components: {
        schemas: {
          // An `example` property already exists: `examples` is then a real (if odd) property.
          Both: { properties: { example: { type: 'string' }, examples: [{ type: 'string' }] } },
          // Instance data is never a schema, even where it is a list of objects.
          Data: { type: 'object', examples: [{ properties: [] }], properties: { tags: { type: 'array', default: [{ a: 1 }] } } },
        },
      },
    };
    const result = listValuedProperties(doc);
    expect(result.applied).toBe(true);
    expect(result.detail).toContain('Both (examples)');
    expect(doc.paths['/a'].post.requestBody.content['application/json'].schema.properties.x).toEqual({ anyOf: [{ type: 'string' }, { type: 'number' }] });
    expect(doc.components.schemas.Both.properties).toEqual({ example: { type: 'string' }, examples: { type: 'string' } });
    expect(doc.components.schemas.Data).toEqual({
      type: 'object',
      examples: [{ properties: [] }],
      properties: { tags: { type: 'array', default: [{ a: 1 }] } },
    });
  });
});

describe('liftCallbackBodies', () => {
  const headers = [{ $ref: '#/components/parameters/WebhookSignature' }];
  const callback = (schema: any, extra: any = {}) => ({
    '{$request.body#webhooks.target}': {
      post: { parameters: headers, requestBody: { content: { 'application/json': { schema, ...extra } } }, responses: { 200: { description: 'ok' } } },
    },
  });
  const body = (type: any, more: any = {}) => ({
    type: 'object',
    required: ['type', 'payload'],
    properties: { type, payload: { $ref: '#/components/schemas/Dto' } },
    ...more,
  });

  it('names each inline body after its trigger, wherever the body states it, and lists it under webhooks', () => {
    const doc: any = {
      openapi: '3.1.0',
      paths: {
        '/templates': {
          post: {
            callbacks: {
              Approved: callback(body({ type: 'string', const: 'WHATSAPP_TEMPLATE_APPROVED' })),
              Deleted: callback(body({ type: 'string', enum: ['WHATSAPP_TEMPLATE_DELETED'] })),
              Status: callback(body({ type: 'string', example: 'RCS_SENDER_STATUS_UPDATED' })),
              Onboard: callback(body({ type: 'string' }), { example: { type: 'WHATSAPP_ACCOUNT_ONBOARDED' } }),
              Mystery: callback(body({ type: 'string' })),
            },
          },
          patch: { callbacks: { Approved: callback(body({ type: 'string', const: 'WHATSAPP_TEMPLATE_APPROVED' })) } },
        },
      },
      components: { schemas: { Dto: { type: 'object' } } },
    };
    const result = liftCallbackBodies(doc);
    expect(result).toEqual({
      applied: true,
      detail:
        'named 6 callback bodies (WhatsappTemplateApprovedEvent, WhatsappTemplateDeletedEvent, RcsSenderStatusUpdatedCallback and 3 more); ' +
        'added 4 webhooks entries; no event type found in 1 callback(s): POST /templates callback Mystery',
    });
    expect(Object.keys(doc)).toEqual(['openapi', 'paths', 'webhooks', 'components']);
    expect(Object.keys(doc.webhooks)).toEqual([
      'RCS_SENDER_STATUS_UPDATED',
      'WHATSAPP_ACCOUNT_ONBOARDED',
      'WHATSAPP_TEMPLATE_APPROVED',
      'WHATSAPP_TEMPLATE_DELETED',
    ]);
    expect(doc.webhooks.WHATSAPP_TEMPLATE_APPROVED).toEqual({
      post: {
        summary: 'WHATSAPP_TEMPLATE_APPROVED event',
        parameters: headers,
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WhatsappTemplateApprovedEvent' } } } },
        responses: { 200: { description: 'ok' } },
      },
    });
    const schemas = doc.components.schemas;
    expect(schemas.WhatsappTemplateApprovedEvent).toEqual(body({ type: 'string', const: 'WHATSAPP_TEMPLATE_APPROVED' }));
    expect(schemas.WhatsappAccountOnboardedEvent.properties.type).toEqual({ type: 'string' });
    // The family unions of our spec, over the members found.
    expect(schemas.WhatsappTemplateWebhookEvent.anyOf).toEqual([
      { $ref: '#/components/schemas/WhatsappTemplateApprovedEvent' },
      { $ref: '#/components/schemas/WhatsappTemplateDeletedEvent' },
    ]);
    expect(schemas.WhatsappAccountWebhookEvent.anyOf).toEqual([{ $ref: '#/components/schemas/WhatsappAccountOnboardedEvent' }]);
    expect(schemas.WhatsappSenderWebhookEvent).toBeUndefined();
    // Both declarations of the APPROVED body now point at the one component; the unknown one stays inline.
    const media = (op: any, name: string) => op.callbacks[name]['{$request.body#webhooks.target}'].post.requestBody.content['application/json'];
    expect(media(doc.paths['/templates'].patch, 'Approved').schema).toEqual({ $ref: '#/components/schemas/WhatsappTemplateApprovedEvent' });
    expect(media(doc.paths['/templates'].post, 'Mystery').schema.properties.type).toEqual({ type: 'string' });

    const again = structuredClone(doc);
    expect(liftCallbackBodies(again).applied).toBe(false);
    expect(again).toEqual(doc);
  });

  it('finds nothing to do on a document that already has webhooks (our spec)', () => {
    const doc: any = { paths: {}, webhooks: { BUNDLE_DONE: {} }, components: { schemas: {} } };
    expect(liftCallbackBodies(doc)).toEqual({ applied: false, detail: 'every callback body is named and listed under webhooks' });
  });
});

describe('markSensitiveFields', () => {
  it('marks unmarked credential fields first, leaves other fields and marked ones alone, and is idempotent', () => {
    const doc: any = {
      components: {
        schemas: {
          WhatsappSenderInputEsDto: { properties: { authenticationCode: { type: 'string', minLength: 1 }, wabaId: { type: 'string' } } },
          WebhookWebhookInputDto: { properties: { secret: { type: 'string', 'x-sensitive': true } } },
        },
      },
    };
    expect(markSensitiveFields(doc)).toEqual({ applied: true, detail: 'marked x-sensitive: WhatsappSenderInputEsDto.authenticationCode' });
    const props = doc.components.schemas.WhatsappSenderInputEsDto.properties;
    expect(Object.keys(props.authenticationCode)).toEqual(['x-sensitive', 'type', 'minLength']);
    expect(props.wabaId).toEqual({ type: 'string' });
    expect(markSensitiveFields(doc)).toEqual({ applied: false, detail: 'every known credential field is marked x-sensitive' });
  });
});

describe('applyPatches', () => {
  it('documents every patch with a reason and the catalogue entry it comes from', () => {
    expect(PATCHES.map((p) => p.id)).toEqual([
      'security-alternatives',
      'webhook-update-string-fields',
      'enum-map-to-list',
      'conversation-webhook-triggers-max-items',
      'overlapping-oneof-to-anyof',
      'url-button-template-format',
      'facebook-code-format',
      'list-valued-properties',
      'callbacks-to-webhooks',
      'mark-sensitive-fields',
      'describe-patterns',
      'draft-optional-fields',
      'bundle-number-verified-optional',
    ]);
    for (const p of PATCHES) {
      expect(p.reason.length).toBeGreaterThan(40);
      expect(p.source).toMatch(/^catalogue \S+\.yaml /);
    }
  });

  it('fixes every defect of the fixture, and a second pass finds nothing to do', () => {
    const doc = loadFixture('defective.yaml');
    expect(applyPatches(doc).map((r) => `${r.id}=${r.status}`)).toEqual([
      'security-alternatives=applied',
      'webhook-update-string-fields=applied',
      'enum-map-to-list=applied',
      'conversation-webhook-triggers-max-items=applied',
      'overlapping-oneof-to-anyof=applied',
      'url-button-template-format=applied',
      'facebook-code-format=applied',
      'list-valued-properties=applied',
      'callbacks-to-webhooks=applied',
      'mark-sensitive-fields=applied',
      'describe-patterns=applied',
      'draft-optional-fields=applied',
      'bundle-number-verified-optional=applied',
    ]);
    expect(doc).toEqual(loadFixture('defective.patched.yaml'));
    const again = structuredClone(doc);
    expect(applyPatches(again).every((r) => r.status === 'skipped')).toBe(true);
    expect(again).toEqual(doc);
  });

  it('reports a patch that throws on an odd document as skipped instead of failing', () => {
    const doc = { openapi: '3.1.0' };
    Object.defineProperty(doc, 'components', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(applyPatches(doc)).toEqual(PATCHES.map((p) => ({ id: p.id, status: 'skipped', detail: 'patch failed, left as published: boom', failed: true })));
  });

  const leadSpecThere = existsSync(LEAD_SPEC);
  it.skipIf(!leadSpecThere)(`changes nothing in openapi/provisioning.yaml${leadSpecThere ? '' : ' (SKIPPED: the file does not exist yet)'}`, () => {
    const doc = parseSpecText(readFileSync(LEAD_SPEC, 'utf8'));
    const before = structuredClone(doc);
    const results = applyPatches(doc);
    expect(results.filter((r) => r.status === 'applied')).toEqual([]);
    expect(doc).toEqual(before);
  });
});

describe('describePatterns', () => {
  it('describes a known pattern once, and leaves a changed pattern undescribed', () => {
    const doc: any = {
      components: {
        schemas: {
          RcsPhoneInputDto: { properties: { number: { type: 'string', pattern: String.raw`^\+?[\d+\s]{6,15}$` } } },
        },
      },
    };
    expect(describePatterns(doc)).toEqual({ applied: true, detail: 'described: RcsPhoneInputDto.number' });
    expect(doc.components.schemas.RcsPhoneInputDto.properties.number['x-pattern-description']).toMatch(/^6 to 15 characters: digits, spaces and '\+' only/);
    expect(describePatterns(doc).applied).toBe(false);
    const changed: any = { components: { schemas: { RcsPhoneInputDto: { properties: { number: { type: 'string', pattern: '^\\d+$' } } } } } };
    expect(describePatterns(changed).applied).toBe(false);
    expect(changed.components.schemas.RcsPhoneInputDto.properties.number).toEqual({ type: 'string', pattern: '^\\d+$' });
  });
});
