import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAnyFile } from '../../../main/services/read-file';
import { outlineRows } from '../../../shared/text/outline';
import { expectNothingLost } from './invariant';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = `${root}tests/fixtures/corpus/`;
const goldenDir = `${root}tests/shared/text/golden/corpus/`;
const files = readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();

/**
 * The reading of every real declaration of tests/fixtures/corpus/ (UN resolutions extracted
 * from PDF, pandoc conversions of joint statements, a negotiation draft), reviewed by reading the
 * file and then held: title, date, details, and every block in brief. A missing golden file is
 * written (review it before committing); UPDATE_GOLDEN=1 rewrites them all.
 */
describe('golden outlines of the real corpus', () => {
  it('covers every text SOURCES.tsv lists, and only those', () => {
    const listed = readFileSync(`${corpus}SOURCES.tsv`, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')[0]);
    expect([...listed].sort()).toEqual(files);
  });

  it.each(files)('%s reads as reviewed, nothing lost', async (file) => {
    const bytes = readFileSync(corpus + file);
    const result = await readAnyFile(file, bytes);
    expectNothingLost(new TextDecoder().decode(bytes), result);
    const { declaration: d, report } = result;
    const actual = {
      title: d.title,
      date: d.date,
      details: d.details ?? [],
      removed: [...new Set(report.removals.map((r) => r.reason))].sort(),
      blocks: outlineRows(d),
    };
    mkdirSync(goldenDir, { recursive: true });
    const golden = `${goldenDir}${file}.json`;
    if (!existsSync(golden) || process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, `${JSON.stringify(actual, null, 1)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});
