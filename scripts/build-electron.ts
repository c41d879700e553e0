/**
 * Bundles the Electron main process and the preload to CommonJS in dist/main/. The renderer is
 * built separately by Vite (npm run build:renderer).
 */
import { build, type BuildOptions } from 'esbuild';
import { preloadDefine } from '../main/preload/channels-define';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // playwright-core serves the browser host's PDF export only; the desktop shell prints with Electron.
  external: ['electron', 'playwright-core'],
  sourcemap: true,
  logLevel: 'warning',
  // The Electron entry passes its root explicitly, so the ESM-only import.meta fallback is never used.
  logOverride: { 'empty-import-meta': 'silent' },
};

await build({ ...common, entryPoints: ['main/index.ts'], outfile: 'dist/main/index.cjs' });
await build({ ...common, entryPoints: ['main/preload/index.ts'], define: preloadDefine, outfile: 'dist/main/preload.cjs' });
// The contained worker that reads, parses and exports user content (main/services/contained.ts finds it beside index.cjs).
await build({ ...common, entryPoints: ['main/services/contained-worker.ts'], outfile: 'dist/main/contained-worker.cjs' });
// The clause library's build worker (main/store/library/build-in-worker.ts looks for it beside the bundle).
await build({ ...common, entryPoints: ['main/store/library/index-worker.ts'], outfile: 'dist/main/index-worker.cjs' });
// Its clause readers (clause-reader.ts), beside it.
await build({ ...common, entryPoints: ['main/store/library/clause-reader.ts'], outfile: 'dist/main/clause-reader.cjs' });
console.log('Built dist/main/index.cjs, dist/main/preload.cjs, dist/main/contained-worker.cjs, dist/main/index-worker.cjs and dist/main/clause-reader.cjs');
