import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TemplateSummary } from '../../../shared/api';
import manifest from '../../../templates/manifest.json';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('templates/manifest.json', () => {
  it('is up to date with the templates (else run npx tsx scripts/manifest.ts)', () => {
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/manifest.ts', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });

  it('holds a valid summary per template', () => {
    expect(() => TemplateSummary.array().parse(manifest)).not.toThrow();
    expect(manifest.map((t) => t.id)).toEqual(manifest.map((t) => t.file.replace(/\.txt$/, '')));
  });
});
