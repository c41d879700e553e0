import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The Electron main and preload cannot run here, but they must bundle: the same options as
// scripts/build-electron.ts, written to memory.
describe('the Electron bundles', () => {
  it.each(['main/index.ts', 'main/preload/index.ts'])('%s bundles to CommonJS with electron left external', async (entry) => {
    const result = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron', 'playwright-core'], write: false, logLevel: 'silent', logOverride: { 'empty-import-meta': 'silent' } });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).toContain('require("electron")');
    expect(code).not.toMatch(/require\("react"\)/);
  });

  it('bundles the contained worker (main/services/contained-worker.ts) without Electron', async () => {
    const result = await build({ entryPoints: ['main/services/contained-worker.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron', 'playwright-core'], write: false, logLevel: 'silent', logOverride: { 'empty-import-meta': 'silent' } });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).toContain('parentPort');
    expect(code).not.toContain('require("electron")');
  });
});
