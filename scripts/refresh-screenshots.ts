/**
 * Refreshes the screenshots kept in the repository (tests/e2e/screenshots/, the ones the README
 * and the issues show) from the latest e2e run, which writes every screenshot to the ignored
 * tests/e2e/.screens/. `npm test` therefore leaves the tree clean; run this when the UI changed
 * and the kept pictures should follow. `--run` runs the e2e flows first.
 *
 *   npx tsx scripts/refresh-screenshots.ts --run
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const latest = path.join(root, 'tests/e2e/.screens');
const kept = path.join(root, 'tests/e2e/screenshots');

if (process.argv.includes('--run')) {
  const run = spawnSync('npm', ['run', 'test:e2e'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('The e2e run failed; the kept screenshots are left as they were.');
    process.exit(1);
  }
}

const updated: string[] = [];
const missing: string[] = [];
for (const name of readdirSync(kept).filter((f) => f.endsWith('.png')).sort()) {
  const fresh = path.join(latest, name);
  if (existsSync(fresh)) {
    copyFileSync(fresh, path.join(kept, name));
    updated.push(name);
  } else missing.push(name);
}
console.log(`Refreshed ${updated.length} screenshots in tests/e2e/screenshots/.`);
if (missing.length > 0) console.log(`Not made by the last e2e run (left as they were): ${missing.join(', ')}`);
