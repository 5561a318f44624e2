import { describe, expect, it } from 'vitest';
import { resourceMethods } from '../../../scripts/api-md.js';
import type { APIResource } from '../../../src/facade/resources/resource.js';
import { Provisioning } from '../../../src/index.js';
import { loadSpec, operations as specOperations, type Json } from '../../helpers/spec.js';

/**
 * Operations reachable only through `client.raw`, with the reason. Keep it empty: when a spec
 * update adds an operation, this test names it until a facade method calls it.
 */
const RAW_ONLY: Record<string, string> = {};

interface Entry {
  where: string;
  method: string;
  resource: APIResource;
}

/** Every `static operations` entry of every resource reachable from the client. */
function registry(client: Provisioning): Map<string, Entry> {
  const found = new Map<string, Entry>();
  for (const { where, method, operationId, resource } of resourceMethods(client)) {
    expect(found.has(operationId), `${operationId} is mapped twice`).toBe(false);
    found.set(operationId, { where, method, resource });
  }
  return found;
}

const spec = loadSpec();
const SENT = new Error('request recorded');

const BREAKS_ONE_PER_TYPE = new Set(['marketingOrUtilityFull', 'authenticationFull', 'value']);

function argsFor(path: string, op: Json): { args: unknown[]; url: string } {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((n) => n !== 'projectId');
  const params = (op.parameters ?? []) as Json[];
  const values = names.map((name) => {
    const schema = params.find((p) => p.name === name)?.schema ?? {};
    const target = schema.$ref ? spec.components.schemas[schema.$ref.split('/').pop()] : schema;
    return target.enum ? String(target.enum[0]) : `${name}-1`;
  });
  const args: unknown[] = [...values];
  const media = op.requestBody?.content?.['application/json'];
  // The official template examples that list one component type several times are refused before sending.
  if (media) args.push(Object.entries<Json>(media.examples).find(([name]) => !BREAKS_ONE_PER_TYPE.has(name))![1].value);
  let url = path.replace('{projectId}', 'p1');
  names.forEach((n, i) => (url = url.replace(`{${n}}`, encodeURIComponent(values[i]!))));
  return { args, url };
}

describe('coverage registry', () => {
  const seen: Request[] = [];
  const client = new Provisioning({
    projectId: 'p1',
    accessToken: 'registry-token',
    baseUrl: 'https://registry.test',
    maxRetries: 0,
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(new Request(input, init));
      throw SENT;
    },
  });
  const found = registry(client);
  const ops = specOperations(spec);

  it('maps every operation of the spec to a facade method (or lists it as raw-only with a reason)', () => {
    const missing = ops.map((o) => o.operationId).filter((id) => !found.has(id) && !(id in RAW_ONLY));
    expect(missing, `add a facade method for: ${missing.join(', ')}`).toEqual([]);
    const unknown = [...found.keys()].filter((id) => !ops.some((o) => o.operationId === id));
    expect(unknown, 'mapped operationIds that the spec does not have').toEqual([]);
  });

  it.each(ops.filter((o) => found.has(o.operationId)).map((o) => [found.get(o.operationId)!.where, o] as const))(
    '%s sends the right request',
    async (_where, o) => {
      const entry = found.get(o.operationId)!;
      const { args, url } = argsFor(o.path, o.op);
      const fn = (entry.resource as unknown as Record<string, (...a: unknown[]) => unknown>)[entry.method];
      expect(typeof fn, `${entry.where} is not a method`).toBe('function');
      seen.length = 0;
      await Promise.resolve(fn!.apply(entry.resource, args)).catch(() => undefined);
      expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([`${o.method.toUpperCase()} ${url}`]);
    },
  );
});
