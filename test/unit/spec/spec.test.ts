import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createConfig, lint } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../scripts/generate.js';
import { loadSpec, operations, SPEC_PATH, specAjv, type Json } from '../../helpers/spec.js';

const spec = loadSpec();

describe('openapi/provisioning.yaml', () => {
  it('is OpenAPI 3.1 with the 91 operations of the 16 tags, each with a unique operationId', () => {
    expect(spec.openapi).toBe('3.1.0');
    const ops = operations(spec);
    expect(ops).toHaveLength(91);
    const ids = ops.map((o) => o.operationId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(91);
    expect(new Set(ops.flatMap((o) => o.op.tags)).size).toBe(16);
    expect(ops.every((o) => o.path.startsWith('/v1/projects/{projectId}'))).toBe(true);
  });

  it('passes the Redocly recommended rules without errors, and every example conforms to its schema', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lint({ ref: SPEC_PATH, config });
    const fatal = problems.filter((p) => p.severity === 'error' || p.ruleId === 'no-invalid-media-type-examples' || p.ruleId === 'no-unresolved-refs');
    expect(fatal.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
  }, 60_000);

  it('resolves every $ref', () => {
    const broken: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      const ref = (node as Json).$ref;
      if (typeof ref === 'string') {
        const target = ref
          .replace(/^#\//, '')
          .split('/')
          .reduce<any>((o, k) => o?.[k.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
        if (target === undefined) broken.push(ref);
      }
      Object.values(node).forEach(walk);
    };
    walk(spec);
    expect(broken).toEqual([]);
  });

  it('has an example for every request body and every 2xx response with a body, and each validates (ajv)', () => {
    const { validate } = specAjv(spec);
    const failures: string[] = [];
    let checked = 0;
    for (const { operationId, op } of operations(spec)) {
      const media: [string, Json | undefined][] = [['request', op.requestBody?.content?.['application/json']]];
      for (const [code, resp] of Object.entries<Json>(op.responses)) if (code.startsWith('2')) media.push([code, resp.content?.['application/json']]);
      for (const [where, m] of media) {
        if (!m) continue;
        const examples = Object.entries<Json>(m.examples ?? {});
        if (examples.length === 0) failures.push(`${operationId} ${where}: no example`);
        for (const [name, ex] of examples) {
          checked++;
          const errors = validate(m.schema, ex.value);
          if (errors.length) failures.push(`${operationId} ${where} ${name}: ${errors.slice(0, 3).join('; ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('declares the three security schemes as alternatives and the production server', () => {
    expect(spec.security).toEqual([{ BasicAuth: [] }, { BearerAuth: [] }, { OAuth2Production: [] }]);
    expect(spec.components.securitySchemes.OAuth2Production.flows.clientCredentials.tokenUrl).toBe('https://auth.sinch.com/oauth2/token');
    expect(spec.servers).toEqual([{ url: 'https://provisioning.api.sinch.com', description: 'Production environment.' }]);
  });

  it('documents a signed event for every webhook trigger except ALL', () => {
    const triggers: string[] = spec.components.schemas.WebhookWebhookTriggersEnum.enum;
    expect(triggers).toHaveLength(39);
    expect(Object.keys(spec.webhooks).sort()).toEqual(triggers.filter((t) => t !== 'ALL').sort());
    for (const hook of Object.values<Json>(spec.webhooks)) {
      expect(hook.post.parameters.map((p: Json) => p.$ref.split('/').pop())).toEqual([
        'WebhookSignature',
        'WebhookSignatureAlgorithm',
        'WebhookSignatureNonce',
        'WebhookSignatureTimestamp',
      ]);
    }
  });
});

describe('src/generated', () => {
  it('is up to date with the spec (run `npm run generate` after editing openapi/provisioning.yaml)', async () => {
    const fresh = await generate(spec);
    for (const [name, text] of Object.entries(fresh)) {
      const onDisk = await readFile(resolve(import.meta.dirname, '../../../src/generated', name), 'utf8');
      expect(onDisk, `src/generated/${name} is stale`).toBe(text);
    }
  }, 60_000);
});
