/**
 * Scores the comparison engine against generated edits with known truth, next to plain jsdiff
 * `diffWords` on the whole texts (what a reviewer gets from a generic diff). Prints the table
 * and writes bench/results/compare-quality.json.
 *
 *   npx tsx bench/compare-quality.ts
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import { compareDeclarations } from '../shared/diff/compare';
import { sideFromText } from '../shared/diff/side';
import type { Comparison, IgnoreOptions } from '../shared/diff/schemas';
import { makePair, SCENARIOS } from './fixtures-gen/edits';
import { seededRandom } from './random';
import type { EditedPair, Scenario } from './fixtures-gen/edits';
import { lastAtOrBefore } from '../shared/sorted';

const root = fileURLToPath(new URL('..', import.meta.url));
const WORDS = /[\p{L}\p{N}]+/gu;

/** What one engine reported for one pair, in the truth's terms. */
interface Reported {
  deleted: string[];
  inserted: string[];
  moves: [number, number][];
  splits: number;
  merges: number;
  changes: number;
}

/** Concord, with numbering ignored, and the noise switches on for the noise cases. */
function concord(p: EditedPair): Reported {
  const ignore: Partial<IgnoreOptions> = { numbering: true, ...(p.scenario === 'noise' ? { whitespace: true, quotes: true, punctuation: true } : {}) };
  const c: Comparison = compareDeclarations(sideFromText(p.a), sideFromText(p.b), { ignore: { numbering: false, case: false, punctuation: false, whitespace: false, quotes: false, emphasis: false, ...ignore } });
  const out: Reported = { deleted: [], inserted: [], moves: [], splits: 0, merges: 0, changes: c.summary.changes.length };
  for (const r of c.rows) {
    if (r.move?.end === 'to') out.moves.push([r.a[0] ?? -1, r.b[0] ?? -1]);
    if (r.kind === 'split') out.splits++;
    if (r.kind === 'merged') out.merges++;
    if (r.move?.end === 'from') continue;
    for (const op of r.ops) {
      if (op.kind === 'delete' && op.a) for (const w of op.text.match(WORDS) ?? []) out.deleted.push(`${op.a.p}|${w}`);
      if (op.kind === 'insert' && op.b) for (const w of op.text.match(WORDS) ?? []) out.inserted.push(`${op.b.p}|${w}`);
    }
  }
  return out;
}

/** Plain jsdiff word diff of the whole texts; changes located to paragraphs by offset. */
function jsdiffWords(p: EditedPair): Reported {
  const out: Reported = { deleted: [], inserted: [], moves: [], splits: 0, merges: 0, changes: 0 };
  const startsA = paragraphStarts(p.a);
  const startsB = paragraphStarts(p.b);
  let at = 0;
  let bt = 0;
  for (const c of diffWords(p.a, p.b)) {
    if (c.added || c.removed) {
      if (c.value.trim()) out.changes++;
      const [starts, base, list] = c.added ? [startsB, bt, out.inserted] : [startsA, at, out.deleted];
      for (const m of c.value.matchAll(WORDS)) list.push(`${lastAtOrBefore(starts, base + m.index)}|${m[0]}`);
    }
    if (!c.added) at += c.value.length;
    if (!c.removed) bt += c.value.length;
  }
  return out;
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n\n/gu)) starts.push(m.index + 2);
  return starts;
}


/** Multiset intersection size. */
function overlap(x: string[], y: string[]): number {
  const counts = new Map<string, number>();
  for (const k of x) counts.set(k, (counts.get(k) ?? 0) + 1);
  let n = 0;
  for (const k of y) {
    const c = counts.get(k) ?? 0;
    if (c > 0) {
      n++;
      counts.set(k, c - 1);
    }
  }
  return n;
}

interface Tally {
  truthWords: number;
  reportedWords: number;
  hitWords: number;
  moves: number;
  movesFound: number;
  splits: number;
  splitsFound: number;
  merges: number;
  mergesFound: number;
  /** Changes reported where the truth is none (renumbering, noise). */
  spurious: number;
  zeroCases: number;
}

const empty = (): Tally => ({ truthWords: 0, reportedWords: 0, hitWords: 0, moves: 0, movesFound: 0, splits: 0, splitsFound: 0, merges: 0, mergesFound: 0, spurious: 0, zeroCases: 0 });

function score(t: Tally, p: EditedPair, r: Reported): void {
  const truth = [...p.truth.deleted.map((k) => `-${k}`), ...p.truth.inserted.map((k) => `+${k}`)];
  const got = [...r.deleted.map((k) => `-${k}`), ...r.inserted.map((k) => `+${k}`)];
  t.truthWords += truth.length;
  t.reportedWords += got.length;
  t.hitWords += overlap(truth, got);
  t.moves += p.truth.moves.length;
  t.movesFound += p.truth.moves.filter(([i, j]) => r.moves.some(([x, y]) => x === i && y === j)).length;
  t.splits += p.truth.splits;
  t.splitsFound += Math.min(p.truth.splits, r.splits);
  t.merges += p.truth.merges;
  t.mergesFound += Math.min(p.truth.merges, r.merges);
  if (p.scenario === 'renumber' || p.scenario === 'noise') {
    t.zeroCases++;
    t.spurious += r.changes;
  }
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

/** Runs every scenario on every template with a few seeds; returns the per-engine tallies. */
export function runQuality(seeds = 8): { byScenario: Record<string, { concord: Tally; jsdiff: Tally }>; total: { concord: Tally; jsdiff: Tally }; pairs: number } {
  const dir = `${root}templates`;
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
  const bases = texts.map((t) => sideFromText(t).paragraphs.map((p) => p.text.replace(/\s+/gu, ' ').trim()).filter((p) => p.length > 0));
  const vocabulary = [...new Set(texts.join(' ').match(/\p{L}{3,}/gu) ?? [])];
  const byScenario: Record<string, { concord: Tally; jsdiff: Tally }> = {};
  const total = { concord: empty(), jsdiff: empty() };
  let pairs = 0;
  for (const scenario of SCENARIOS) {
    const entry = { concord: empty(), jsdiff: empty() };
    byScenario[scenario] = entry;
    bases.forEach((base, t) => {
      for (let s = 0; s < seeds; s++) {
        const rand = seededRandom(1000 * t + 17 * s + SCENARIOS.indexOf(scenario as Scenario));
        const pair = makePair(base, scenario, rand, vocabulary);
        pairs++;
        const c = concord(pair);
        const j = jsdiffWords(pair);
        for (const [tally, r] of [[entry.concord, c], [total.concord, c], [entry.jsdiff, j], [total.jsdiff, j]] as const) score(tally, pair, r);
      }
    });
  }
  return { byScenario, total, pairs };
}

function table(result: ReturnType<typeof runQuality>): string {
  const rows: string[][] = [['Measure', 'Goal', 'Concord', 'jsdiff diffWords']];
  const { concord: c, jsdiff: j } = result.total;
  rows.push(['Paragraph moves found', '≥ 95%', pct(c.movesFound, c.moves), pct(j.movesFound, j.moves)]);
  const renumber = result.byScenario.renumber;
  if (renumber) rows.push(['Changes on renumbering-only edits (ignore numbering)', '0', String(renumber.concord.spurious), String(renumber.jsdiff.spurious)]);
  const noise = result.byScenario.noise;
  if (noise) rows.push(['Changes on punctuation/space/quote noise (ignored)', '0', String(noise.concord.spurious), String(noise.jsdiff.spurious)]);
  rows.push(['Word precision', '≥ 95%', pct(c.hitWords, c.reportedWords), pct(j.hitWords, j.reportedWords)]);
  rows.push(['Word recall', '≥ 95%', pct(c.hitWords, c.truthWords), pct(j.hitWords, j.truthWords)]);
  rows.push(['Splits found', '', pct(c.splitsFound, c.splits), pct(j.splitsFound, j.splits)]);
  rows.push(['Merges found', '', pct(c.mergesFound, c.merges), pct(j.mergesFound, j.merges)]);
  for (const [name, e] of Object.entries(result.byScenario)) {
    if (e.concord.truthWords + e.concord.reportedWords + e.jsdiff.reportedWords === 0) continue;
    rows.push([`  ${name}: word precision / recall`, '', `${pct(e.concord.hitWords, e.concord.reportedWords)} / ${pct(e.concord.hitWords, e.concord.truthWords)}`, `${pct(e.jsdiff.hitWords, e.jsdiff.reportedWords)} / ${pct(e.jsdiff.hitWords, e.jsdiff.truthWords)}`]);
  }
  const widths = rows[0]?.map((_, k) => Math.max(...rows.map((r) => (r[k] ?? '').length))) ?? [];
  return rows.map((r) => `| ${r.map((cell, k) => cell.padEnd(widths[k] ?? 0)).join(' | ')} |`).join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = runQuality();
  console.log(`${result.pairs} generated pairs from ${SCENARIOS.length} scenarios\n`);
  console.log(table(result));
  mkdirSync(`${root}bench/results`, { recursive: true });
  writeFileSync(`${root}bench/results/compare-quality.json`, `${JSON.stringify(result, null, 2)}\n`);
}
