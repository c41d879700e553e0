/**
 * Compare performance: two 100,000-word declarations with 200 scattered word edits and 10
 * moved paragraphs. Concord against jsdiff `diffWords`, diff-match-patch with semantic cleanup
 * and `git diff --no-index --word-diff` on the same input, with the number of changes each
 * reports (the truth is 210; fewer spurious changes is better).
 *
 *   npx tsx bench/compare.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { compareDeclarations } from '../shared/diff/compare';
import { sideFromText } from '../shared/diff/side';
import { makeLargePair } from './fixtures-gen/large';
import { measure } from './harness';
import type { Bench, BenchRow } from './harness';

const root = fileURLToPath(new URL('..', import.meta.url));

function input() {
  const dir = `${root}templates`;
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
  const samples = texts.flatMap((t) => sideFromText(t).paragraphs.map((p) => p.text.replace(/\s+/gu, ' ').trim()));
  const vocabulary = [...new Set(texts.join(' ').match(/\p{L}{3,}/gu) ?? [])];
  return makeLargePair(samples, vocabulary, { words: 100_000, edits: 200, moves: 10, seed: 7 });
}

/** Groups of adjacent non-equal pieces: what a reader sees as separate changes. */
function changeGroups(kinds: boolean[]): number {
  let groups = 0;
  let inGroup = false;
  for (const changed of kinds) {
    if (changed && !inGroup) groups++;
    inGroup = changed;
  }
  return groups;
}

const bench: Bench = async () => {
  const pair = input();
  const rows: BenchRow[] = [];
  const goal = `truth: ${pair.edits + pair.moves} changes`;

  let concordChanges = 0;
  let notice = '';
  const concord = await measure(
    () => {
      const c = compareDeclarations(sideFromText(pair.a), sideFromText(pair.b), { ignore: { numbering: true, case: false, punctuation: false, whitespace: false, quotes: false, emphasis: false } });
      concordChanges = c.summary.changes.length;
      notice = c.notice ?? '';
    },
    { runs: 10, warmup: 2 },
  );
  rows.push({ group: 'compare', subject: 'Concord compare, 2 × 100k words, 200 edits + 10 moves', median: concord.median, p95: concord.p95, unit: 'ms', goal: '< 500 ms', note: `changes reported: ${concordChanges}; ${goal}${notice ? `; ${notice}` : ''}` });

  let jsdiffChanges = 0;
  const jsdiff = await measure(
    () => {
      jsdiffChanges = changeGroups(diffWords(pair.a, pair.b).map((c) => Boolean(c.added || c.removed)));
    },
    { runs: 3, warmup: 1 },
  );
  rows.push({ group: 'compare', subject: 'jsdiff diffWords, whole texts', peer: true, median: jsdiff.median, p95: jsdiff.p95, unit: 'ms', note: `changes reported: ${jsdiffChanges}; ${goal}` });

  let dmpChanges = 0;
  const dmp = new DiffMatchPatch();
  const dmpTime = await measure(
    () => {
      const d = dmp.diff_main(pair.a, pair.b);
      dmp.diff_cleanupSemantic(d);
      dmpChanges = changeGroups(d.map(([op]) => op !== 0));
    },
    { runs: 3, warmup: 1 },
  );
  rows.push({ group: 'compare', subject: 'diff-match-patch + cleanupSemantic (1 s default timeout)', peer: true, median: dmpTime.median, p95: dmpTime.p95, unit: 'ms', note: `changes reported: ${dmpChanges}; ${goal}` });

  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-'));
  try {
    writeFileSync(join(dir, 'a.txt'), pair.a);
    writeFileSync(join(dir, 'b.txt'), pair.b);
    let gitChanges = 0;
    const git = await measure(
      () => {
        const out = gitWordDiff(join(dir, 'a.txt'), join(dir, 'b.txt'));
        const lines = out.split('\n').filter((l) => /^[ +\-~]/u.test(l) && !/^(\+\+\+|---) /u.test(l));
        gitChanges = changeGroups(lines.filter((l) => l !== '~').map((l) => l.startsWith('+') || l.startsWith('-')));
      },
      { runs: 3, warmup: 1 },
    );
    rows.push({ group: 'compare', subject: 'git diff --no-index --word-diff=porcelain', peer: true, median: git.median, p95: git.p95, unit: 'ms', note: `changes reported: ${gitChanges}; ${goal}` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
};

/** git exits 1 when the files differ; that is the normal case here. */
function gitWordDiff(a: string, b: string): string {
  try {
    return execFileSync('git', ['diff', '--no-index', '--word-diff=porcelain', '--unified=0', a, b], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    const out = (e as { stdout?: string }).stdout;
    if (typeof out === 'string') return out;
    throw e;
  }
}

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await bench()) console.log(`${r.subject}: median ${r.median.toFixed(1)} ${r.unit}, p95 ${r.p95.toFixed(1)} ${r.unit}${r.goal ? ` (goal ${r.goal})` : ''} — ${r.note ?? ''}`);
}
