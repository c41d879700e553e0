/**
 * Writes templates/manifest.json from the templates themselves: run `npx tsx scripts/manifest.ts`
 * after adding or changing a template. With `--check` it writes nothing and exits 1 when the
 * committed manifest is stale (a test runs that).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TemplateSummary } from '../shared/api';
import { readDeclaration } from '../shared/text/read';
import { summarizeDeclaration } from '../shared/text/summary';

const templatesDir = fileURLToPath(new URL('../templates/', import.meta.url));

/** The manifest of every .txt template in a folder, in file-name order. */
export function buildManifest(dir: string = templatesDir): TemplateSummary[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.[^.]+$/, '');
      const { declaration } = readDeclaration(readFileSync(`${dir}${file}`), { name: file, id });
      return summarizeDeclaration(file, declaration);
    });
}

/** The manifest as it is written to disk. */
export function manifestJson(manifest: TemplateSummary[]): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = manifestJson(buildManifest());
  const path = `${templatesDir}manifest.json`;
  if (process.argv.includes('--check')) {
    const stale = readFileSync(path, 'utf8') !== manifest;
    console.log(stale ? 'templates/manifest.json is stale: run npx tsx scripts/manifest.ts' : 'templates/manifest.json is up to date');
    process.exitCode = stale ? 1 : 0;
  } else {
    writeFileSync(path, manifest);
    console.log(`templates/manifest.json written`);
  }
}
