import { describe, expect, inject, it } from 'vitest';
import { createTestClient } from '../../../src/testing/index.js';
import type { BundleInput } from '../../../src/index.js';
import { loadSpec, type Json } from '../../helpers/spec.js';

// Prism answers with the spec's response examples; the requests must satisfy the spec or it answers 422.
const client = createTestClient(inject('prismUrl'));
const requestExamples = loadSpec().paths['/v1/projects/{projectId}/bundles'].post.requestBody.content['application/json'].examples as Record<string, Json>;
const BUNDLE_ID = '62a02dd40000000000000000';
const DONE_BUNDLE_ID = '55402ee30230777000098701';

describe('bundles against the mock', () => {
  it('list awaits to the first page', async () => {
    const page = await client.bundles.list({ pageSize: 10, filterStates: ['DONE', 'FAILED'], filterSmsAppIds: ['54e5eb6cae6242c88c132c8da8bb1072'] });
    // The official list example: two bundles (one IN_PROGRESS, one DONE) on a single page; its totalSize says 1.
    expect([page.items.length, page.totalSize, page.nextPageToken, page.hasNextPage()]).toEqual([2, 1, undefined, false]);
    expect(page.items.map((b) => b.state)).toEqual(['IN_PROGRESS', 'DONE']);
    expect(page.items[0]?.smsApp?.id).toBe('54e5eb6cae6242c88c132c8da8bb1072');
  });

  it('for await visits every bundle of the (single-page) example and stops', async () => {
    const ids: string[] = [];
    for await (const bundle of client.bundles.list()) ids.push(bundle.id);
    expect(ids).toEqual([BUNDLE_ID, DONE_BUNDLE_ID]);
  });

  it.each(Object.keys(requestExamples))('creates the %s example bundle', async (name) => {
    const bundle = await client.bundles.create(requestExamples[name]!.value as BundleInput);
    // Official: a bundle straight from create is usually still IN_PROGRESS, in the region it was asked for.
    expect([bundle.id, bundle.state, bundle.region, bundle.smsApp?.regions, bundle.convApp?.processingMode]).toEqual([
      BUNDLE_ID,
      'IN_PROGRESS',
      'US',
      ['US'],
      'CONVERSATION',
    ]);
  });

  it('gets a bundle and waits for it (already DONE: one poll)', async () => {
    expect((await client.bundles.get(BUNDLE_ID)).region).toBe('US');
    const polled: unknown[] = [];
    const done = await client.bundles.waitUntilDone(BUNDLE_ID, { onPoll: (b) => polled.push(b) });
    expect([done.id, done.state, polled.length]).toEqual([DONE_BUNDLE_ID, 'DONE', 1]);
  });
});
