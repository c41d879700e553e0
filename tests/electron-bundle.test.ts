import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { preloadDefine } from '../main/preload/channels-define';

// The Electron main and preload cannot run here, but they must bundle: the same options as
// scripts/build-electron.ts, written to memory.
describe('the Electron bundles', () => {
  it.each(['main/index.ts', 'main/preload/index.ts'])('%s bundles to CommonJS with electron left external', async (entry) => {
    const result = await build({ entryPoints: [entry], define: preloadDefine, bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron', 'playwright-core'], write: false, logLevel: 'silent', logOverride: { 'empty-import-meta': 'silent' } });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).toContain('require("electron")');
    expect(code).not.toMatch(/require\("react"\)/);
  });

  it('keeps the preload small: channel names only, no schemas', async () => {
    const result = await build({ entryPoints: ['main/preload/index.ts'], define: preloadDefine, bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron'], write: false, logLevel: 'silent' });
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).toContain('"templates.list"');
    expect(code).not.toContain('ZodError');
    expect(code.length).toBeLessThan(20_000);
  });

  it('bundles the contained worker (main/services/contained-worker.ts) without Electron', async () => {
    const result = await build({ entryPoints: ['main/services/contained-worker.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron', 'playwright-core'], write: false, logLevel: 'silent', logOverride: { 'empty-import-meta': 'silent' } });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).toContain('parentPort');
    expect(code).not.toContain('require("electron")');
  });
});
