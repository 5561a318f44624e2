import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateSpec } from '../../../../scripts/lib/validate-spec.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/specs/${name}`, import.meta.url));

const minimal = (extra: object = {}) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  servers: [{ url: 'https://provisioning.api.sinch.com' }],
  security: [{ BasicAuth: [] }],
  paths: {
    '/things': {
      get: { operationId: 'listThings', summary: 'List', responses: { '200': { description: 'OK' } } },
    },
  },
  components: { securitySchemes: { BasicAuth: { type: 'http', scheme: 'basic' } } },
  ...extra,
});

describe('validateSpec', () => {
  it('accepts a clean document with no problems at all', async () => {
    expect(await validateSpec(minimal())).toEqual({ errors: [], warnings: [] });
  });

  it('reads a file path, and accepts the patched fixture', async () => {
    expect((await validateSpec(fixture('defective.patched.yaml'))).errors).toEqual([]);
  });

  it('rejects the unpatched fixture because of its list-valued properties and its enum written as a map', async () => {
    const { errors } = await validateSpec(fixture('defective.yaml'));
    expect(errors).toEqual([
      ...['WhatsappUrlButtonInputDto', 'WhatsappCopyCodeButtonInputDto'].map((name) => ({
        rule: 'struct',
        message: 'Expected type `Schema` (object) but got `array`',
        pointer: `#/components/schemas/${name}/properties/examples`,
      })),
      {
        rule: 'struct',
        message: 'Expected type `array` but got `object`.',
        pointer:
          '#/paths/~1v1~1projects~1{projectId}~1rcs~1senders/post/callbacks/BrandOrderStatusUpdate/{$request.body#~1callbackUrl}/post/requestBody/content/application~1json/schema/properties/status/enum',
      },
    ]);
  });

  it('reports structural errors and unresolved references as errors', async () => {
    const { errors } = await validateSpec(fixture('invalid-openapi.yaml'));
    expect(errors).toEqual([
      { rule: 'struct', message: 'The field `in` must be present on this level.', pointer: '#/paths/~1v1~1things/get/parameters/0' },
      {
        rule: 'no-unresolved-refs',
        message: "Can't resolve $ref",
        pointer: '#/paths/~1v1~1things/get/responses/200/content/application~1json/schema',
      },
    ]);
  });

  it('refuses external references without reading the disk or the network', async () => {
    const doc = minimal();
    (doc.components as any).schemas = { A: { $ref: './elsewhere.yaml' }, B: { $ref: 'https://example.invalid/b.yaml' } };
    const { errors } = await validateSpec(doc);
    expect(errors.map((e) => [e.rule, e.pointer])).toEqual([
      ['no-unresolved-refs', '#/components/schemas/A'],
      ['no-unresolved-refs', '#/components/schemas/B'],
    ]);
    expect(errors[1]?.message).toBe("Can't resolve $ref: external reference https://example.invalid/b.yaml: the spec must be one self-contained file");
  });

  it('treats unknown fields (nullable in 3.1) and a trailing slash on a server as warnings only', async () => {
    const doc = minimal({ servers: [{ url: 'https://provisioning.api.sinch.com/' }] });
    (doc.components as any).schemas = { S: { type: 'string', nullable: true } };
    (doc.paths['/things'].get.responses['200'] as any).content = {
      'application/json': { schema: { $ref: '#/components/schemas/S' } },
    };
    const { errors, warnings } = await validateSpec(doc);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => `${w.rule} ${w.pointer}`)).toEqual(['no-server-trailing-slash #/servers/0/url', 'struct #/components/schemas/S/nullable']);
  });

  it('says when the input is not OpenAPI 3.x or not YAML at all', async () => {
    expect(await validateSpec({ swagger: '2.0' })).toEqual({
      errors: [{ rule: 'openapi-version', message: 'it is a Swagger 2.0 description; only OpenAPI 3.x is supported', pointer: '#' }],
      warnings: [],
    });
    expect(await validateSpec(fixture('garbage.txt'))).toEqual({
      errors: [{ rule: 'yaml', message: 'Nested mappings are not allowed in compact mappings at line 1, column 13', pointer: '#' }],
      warnings: [],
    });
    await expect(validateSpec(fixture('no-such-file.yaml'))).rejects.toThrow(/ENOENT/);
  });
});
