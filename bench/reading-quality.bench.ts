/**
 * The reading-quality totals (bench/reading-quality.ts) as rows of the bench table: files read
 * right out of the real corpus and out of the templates. The peer is the count of files.
 */
import type { Bench, BenchRow } from './harness';
import { passes, scoreAll } from './reading-quality';

const bench: Bench = async () => {
  const { corpus, templates } = await scoreAll();
  const rows: BenchRow[] = [];
  for (const [name, scores] of [['real declarations (tests/fixtures/corpus)', corpus], ['built-in templates', templates]] as const) {
    const right = scores.filter(passes).length;
    rows.push({ group: 'reading', subject: `files read right: ${name}`, median: right, p95: right, unit: 'count', goal: `${scores.length}/${scores.length}`, note: `of ${scores.length} files; per file: npx tsx bench/reading-quality.ts` });
  }
  return rows;
};
export default bench;
