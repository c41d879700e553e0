/**
 * How the comparison's cost grows: read + compare (both files read as the CLI reads them, then
 * compared with moves and every ignore switch on) of generated pairs of 10k, 100k, 300k and 1M
 * words, beside `git diff --no-index --word-diff=porcelain` on the same files in the same run;
 * and two successive drafts of a real negotiation text (the ADP draft agreement, hundreds of
 * brackets and options) that must stay far from the time budget.
 *
 *   npx tsx bench/compare-growth.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareDeclarations, DEFAULT_BUDGET_MS } from '../shared/diff/compare';
import { sideFromDeclaration, sideFromText } from '../shared/diff/side';
import type { IgnoreOptions } from '../shared/diff/schemas';
import { readMarkdown } from '../shared/formats/markdown';
import { readDeclaration } from '../shared/text/read';
import { makeLargePair } from './fixtures-gen/large';
import { makeNegotiationPair } from './fixtures-gen/negotiation';
import { measure } from './harness';
import type { Bench, BenchRow } from './harness';

const root = fileURLToPath(new URL('..', import.meta.url));
const EVERY_SWITCH: IgnoreOptions = { numbering: true, case: true, punctuation: true, whitespace: true, quotes: true, emphasis: true };
const SIZES = [10_000, 100_000, 300_000, 1_000_000];

function samples() {
  const dir = `${root}templates`;
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
  return {
    paragraphs: texts.flatMap((t) => sideFromText(t).paragraphs.map((p) => p.text.replace(/\s+/gu, ' ').trim())),
    vocabulary: [...new Set(texts.join(' ').match(/\p{L}{3,}/gu) ?? [])],
  };
}

/** git exits 1 when the files differ; that is the normal case here. */
function gitWordDiff(a: string, b: string): void {
  try {
    execFileSync('git', ['diff', '--no-index', '--word-diff=porcelain', '--unified=0', a, b], { maxBuffer: 1 << 30 });
  } catch (e) {
    if (typeof (e as { status?: number }).status !== 'number') throw e;
  }
}

const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  const { paragraphs, vocabulary } = samples();
  const dir = mkdtempSync(join(tmpdir(), 'concord-growth-'));
  try {
    for (const words of SIZES) {
      const pair = makeLargePair(paragraphs, vocabulary, { words, edits: words / 500, moves: words / 10_000, seed: 7 });
      const fileA = join(dir, `a-${words}.txt`);
      const fileB = join(dir, `b-${words}.txt`);
      writeFileSync(fileA, pair.a);
      writeFileSync(fileB, pair.b);
      const runs = words >= 300_000 ? { runs: 3, warmup: 1 } : { runs: 7, warmup: 2 };
      let changes = 0;
      const concord = await measure(() => {
        const a = readDeclaration(new Uint8Array(readFileSync(fileA)), { name: 'a.txt' }).declaration;
        const b = readDeclaration(new Uint8Array(readFileSync(fileB)), { name: 'b.txt' }).declaration;
        changes = compareDeclarations(sideFromDeclaration(a), sideFromDeclaration(b), { ignore: EVERY_SWITCH, budgetMs: 60_000 }).summary.changes.length;
      }, runs);
      const git = await measure(() => gitWordDiff(fileA, fileB), runs);
      const size = `${words / 1000}k words`;
      rows.push({
        group: 'compare growth',
        subject: `Concord read + compare, 2 × ${size}, moves + every ignore switch`,
        median: concord.median,
        p95: concord.p95,
        unit: 'ms',
        goal: '≤ 3 × git, linear',
        note: `${(git.median > 0 ? concord.median / git.median : 0).toFixed(1)} × git; ${((1000 * concord.median) / words).toFixed(2)} µs per word; ${pair.edits} edits + ${pair.moves} moves, ${changes} changes reported`,
      });
      rows.push({ group: 'compare growth', subject: `git diff --no-index --word-diff=porcelain, 2 × ${size}`, peer: true, median: git.median, p95: git.p95, unit: 'ms', note: `${((1000 * git.median) / words).toFixed(2)} µs per word` });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const negotiation = makeNegotiationPair();
  const sideA = sideFromDeclaration(readMarkdown(negotiation.a, { name: 'adp-a.md' }).declaration);
  const sideB = sideFromDeclaration(readMarkdown(negotiation.b, { name: 'adp-b.md' }).declaration);
  let summary = '';
  const adp = await measure(() => {
    const c = compareDeclarations(sideA, sideB);
    summary = `${c.summary.changes.length} changes, ${c.summary.brackets?.closed ?? 0} brackets closed${c.notice ? `; ${c.notice}` : ''}`;
  }, { runs: 15, warmup: 3 });
  rows.push({
    group: 'compare',
    subject: `Concord compare, two drafts of the ADP negotiation text (${Math.round(negotiation.words / 1000)}k words)`,
    median: adp.median,
    p95: adp.p95,
    unit: 'ms',
    goal: `far below the ${DEFAULT_BUDGET_MS} ms budget`,
    note: summary,
  });
  return rows;
};

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await bench()) console.log(`${r.peer ? 'peer: ' : ''}${r.subject}: median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms — ${r.note ?? ''}`);
}
