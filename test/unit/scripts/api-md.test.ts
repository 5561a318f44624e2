import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_MD, apiMethods, renderApiMd } from '../../../scripts/api-md.js';
import { operations } from '../../helpers/spec.js';

const root = resolve(import.meta.dirname, '../../..');

describe('api.md', () => {
  it('is what scripts/api-md.ts writes now (regenerate with npm run api:md)', () => {
    expect(readFileSync(API_MD, 'utf8'), 'api.md is stale: run npm run api:md').toBe(renderApiMd());
  });

  it('lists every operation of the spec once, with the method and path the spec gives it', () => {
    // The oracle is the spec itself, not the generated route table the script reads.
    const rows = readFileSync(API_MD, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('| `client.'))
      .map((l) => [...l.matchAll(/`([^`]*)`/g)].map((m) => m[1]!));
    const listed = new Map(rows.map(([, route, id]) => [id, route]));
    expect(rows).toHaveLength(operations().length);
    expect(listed.size).toBe(rows.length);
    for (const o of operations()) expect(listed.get(o.operationId), o.operationId).toBe(`${o.method.toUpperCase()} ${o.path}`);
  });

  it('names each method where the client exposes it', () => {
    const methods = apiMethods();
    expect(methods.find((m) => m.operationId === 'WebhookWebhookController_getWebhook_v1')).toMatchObject({
      where: 'client.webhooks.get',
      className: 'Webhooks',
      httpMethod: 'GET',
      args: ['webhookId'],
    });
  });

  it('--help prints usage and writes nothing; --check passes on the committed file', () => {
    const before = readFileSync(API_MD, 'utf8');
    const help = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/api-md.ts', '--help'], { cwd: root, encoding: 'utf8' });
    expect(help).toContain('usage: tsx scripts/api-md.ts');
    expect(readFileSync(API_MD, 'utf8')).toBe(before);
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/api-md.ts', '--check'], { cwd: root, encoding: 'utf8' });
  });
});
