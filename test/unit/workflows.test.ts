// The GitHub workflows say what the README and docs/release.md promise: CI on every supported
// Node line, and releases through npm trusted publishing with provenance, without any npm token.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string; id?: string };
type Workflow = { permissions: Record<string, string>; jobs: Record<string, { strategy?: { matrix: { node: number[] } }; steps: Step[] }> };

describe('ci.yml', () => {
  it('tests every maintained LTS line and Node 20, the oldest one engines allows', async () => {
    const ci = parse(await read('.github/workflows/ci.yml')) as Workflow;
    expect(ci.jobs['test']!.strategy!.matrix.node).toEqual([20, 22, 24]);
    const manifest = JSON.parse(await read('package.json')) as { engines: { node: string } };
    expect(manifest.engines.node).toBe('>=20');
  });
});

describe('release.yml', () => {
  it('publishes through trusted publishing with provenance, with npm >= 11.5.1 and no npm token', async () => {
    const text = await read('.github/workflows/release.yml');
    const release = parse(text) as Workflow;
    expect(release.permissions['id-token']).toBe('write');
    expect(text).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN|secrets\.NPM/);
    const steps = release.jobs['release']!.steps;
    const npm = steps.map((s) => /npm install -g npm@(\d+)\.(\d+)\.(\d+)/.exec(s.run ?? '')).find(Boolean);
    expect(npm, 'the workflow installs a pinned npm').toBeTruthy();
    const [major, minor, patch] = npm!.slice(1).map(Number) as [number, number, number];
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(11_005_001);
    const publish = steps.find((s) => s.run?.includes('npm run release'));
    expect(publish?.env?.['NPM_CONFIG_PROVENANCE']).toBe('true');
    expect(publish?.if).toBe("steps.changesets.outputs.hasChangesets == 'false'");
    // changesets/action must not publish: it would write an npm token line into ~/.npmrc.
    expect(steps.find((s) => s.uses?.startsWith('changesets/action'))?.with?.['publish']).toBeUndefined();
  });

  it('is what docs/release.md describes', async () => {
    const doc = await read('docs/release.md');
    expect(doc).toContain('trusted publishing');
    expect(doc).toContain('id-token: write');
    expect(doc).not.toMatch(/automation token|NPM_TOKEN/);
    const manifest = JSON.parse(await read('package.json')) as { scripts: Record<string, string> };
    expect(manifest.scripts['release']).toBe('changeset publish');
    expect(manifest.scripts['prepack']).toBe('npm run build');
    expect(manifest.scripts['prepare']).toBe('tsx scripts/prepare.ts');
    expect(manifest.scripts['version']).toBe('changeset version && tsx scripts/sync-version.ts');
  });
});
