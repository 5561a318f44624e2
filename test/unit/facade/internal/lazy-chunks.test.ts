import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The code that runs hooks and spans stays out of what `import 'sinch-provisioning'` loads: the
 * entry bundled as an application bundler would (as bench/bundle.ts measures it) reaches
 * call-observer.ts and tracing.ts only through dynamic imports, and never names the OpenTelemetry
 * package in a static import.
 */
describe('bundle: hooks and tracing code is loaded only when used', () => {
  it('call-observer.ts and tracing.ts are in chunks of their own, imported dynamically', async () => {
    const result = await build({
      entryPoints: { index: 'src/index.ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      splitting: true,
      outdir: 'out',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((k) => outputs[k]?.entryPoint === 'src/index.ts') as string;
    const statics = [entry, ...(outputs[entry]?.imports ?? []).filter((i) => i.kind === 'import-statement').map((i) => i.path)];
    const loadedAtImport = statics.flatMap((k) => Object.keys(outputs[k]?.inputs ?? {}));
    expect(loadedAtImport).toContain('src/facade/internal/transport.ts');
    expect(loadedAtImport).toContain('src/facade/internal/observe.ts');
    expect(loadedAtImport).not.toContain('src/facade/internal/call-observer.ts');
    expect(loadedAtImport).not.toContain('src/facade/internal/tracing.ts');
    // Every other chunk is reached only through a dynamic import (directly or from another lazy chunk).
    const lazy = Object.keys(outputs)
      .filter((k) => !statics.includes(k))
      .flatMap((k) => Object.keys(outputs[k]?.inputs ?? {}));
    expect(lazy).toEqual(expect.arrayContaining(['src/facade/internal/call-observer.ts', 'src/facade/internal/tracing.ts', 'src/generated/rules.ts']));
    const text = statics.map((k) => result.outputFiles.find((f) => f.path.endsWith(k.replace(/^out\//, '')))?.text ?? '').join('\n');
    expect(text.length).toBeGreaterThan(10_000);
    // The package may be named in a message, never imported.
    expect(text).not.toMatch(/(from|import|require)\s*\(?\s*["']@opentelemetry/);
  });
});
