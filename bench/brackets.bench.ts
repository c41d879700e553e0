/**
 * Negotiation mode on a 15,000-word draft with 1,000 brackets (lone, alternatives, slash
 * alternatives, nested, attributed, option blocks): parsing and counting them (goal < 50 ms),
 * comparing the draft with a revision that resolves half of them (each resolution read as a
 * bracket change), and writing the bracketed Word document.
 *
 *   npx tsx bench/brackets.bench.ts
 */
import { measure } from './harness';
import type { Bench, BenchRow } from './harness';
import { compareDeclarations } from '../shared/diff/compare';
import { sideFromText } from '../shared/diff/side';
import { bracketedDocx } from '../shared/negotiation/bracketed-docx';
import { countBrackets } from '../shared/negotiation/counts';
import { parseBrackets } from '../shared/negotiation/parse';

const WORDS = 15_000;
const BRACKETS = 1_000;
const VOCABULARY = ['cooperation', 'water', 'basin', 'shall', 'Parties', 'ensure', 'sustainable', 'management', 'of', 'the', 'and', 'shared', 'resources', 'in', 'accordance', 'with'];

/** A draft of `WORDS` words holding `BRACKETS` bracket pairs, in paragraphs under headings. */
export function negotiationDraft(): string {
  // Each bracket shape, with the number of "[...]" pairs it holds and the words it adds.
  const shapes: [string, number][] = [
    ['[strongly]', 1],
    ['[shall][should]', 2],
    ['[shall/should]', 1],
    ['[act [now]]', 2],
    ['[EU: promptly]', 1],
    ['[by 2035] [proposed by the Group of 77]', 2],
  ];
  const lines: string[] = ['Ministerial Declaration on Water'];
  let words = 0;
  let pairs = 0;
  let paragraph: string[] = [];
  let n = 0;
  while (words < WORDS || pairs < BRACKETS) {
    if (pairs < BRACKETS && n % 12 === 5) {
      const [shape, count] = shapes[(n / 12) % shapes.length | 0] ?? ['[x]', 1];
      paragraph.push(shape);
      pairs += count;
      words += shape.split(' ').length;
    } else {
      paragraph.push(VOCABULARY[n % VOCABULARY.length] ?? 'text');
      words++;
    }
    n++;
    if (paragraph.length >= 60) {
      lines.push(`${lines.length}. ${paragraph.join(' ')}.`);
      paragraph = [];
      if (lines.length % 20 === 0) lines.push(`Section ${lines.length / 20}`);
      if (lines.length % 25 === 0) lines.push('Option 1: Parties shall cooperate.', 'Option 2 (EU): Parties should cooperate.');
    }
  }
  if (paragraph.length > 0) lines.push(`${lines.length}. ${paragraph.join(' ')}.`);
  return lines.join('\n');
}

const bench: Bench = async () => {
  const text = negotiationDraft();
  const words = text.split(/\s+/u).length;
  const parse = parseBrackets(text);
  const tally = countBrackets(parse);
  const pairs = (text.match(/\[/gu) ?? []).length;
  const timing = await measure(() => countBrackets(parseBrackets(text)), { runs: 30, warmup: 5 });
  const rows: BenchRow[] = [
    {
      group: 'negotiation',
      subject: `parse + count brackets, ${words.toLocaleString('en')}-word draft with ${pairs.toLocaleString('en')} brackets`,
      median: timing.median,
      p95: timing.p95,
      unit: 'ms',
      goal: '< 50 ms',
      note: `open decisions: ${tally.total.open}, alternatives: ${tally.total.alternatives}, sections: ${tally.sections.length}`,
    },
  ];

  const zero = tagged(text);
  const revision = resolveHalf(zero);
  let closed = 0;
  let resolvedRows = 0;
  const compare = await measure(
    () => {
      const c = compareDeclarations(sideFromText(zero, 'Zero draft'), sideFromText(revision, 'Rev.1'));
      closed = c.summary.brackets?.closed ?? 0;
      resolvedRows = c.rows.filter((r) => r.resolution).length;
    },
    { runs: 10, warmup: 2 },
  );
  rows.push({
    group: 'negotiation',
    subject: 'compare the draft with a revision resolving every other bracket, bracket changes included',
    median: compare.median,
    p95: compare.p95,
    unit: 'ms',
    goal: '< 500 ms',
    note: `brackets closed: ${closed}; rows shown as resolutions: ${resolvedRows}`,
  });

  let size = 0;
  const docx = await measure(
    async () => {
      size = (await bracketedDocx(text, { date: new Date(0) })).length;
    },
    { runs: 5, warmup: 1 },
  );
  rows.push({ group: 'negotiation', subject: 'bracketed DOCX of the draft (read, parse, write)', median: docx.median, p95: docx.p95, unit: 'ms', note: `${Math.round(size / 1024)} KB` });
  return rows;
};

/**
 * The draft with a word of its own in each paragraph: the generated paragraphs share one small
 * vocabulary, which real drafts do not, and would otherwise all look alike to the aligner.
 */
function tagged(text: string): string {
  let n = 0;
  return text.replace(/^(\d+\.) /gmu, (number) => `${number}${tag(n++)} `);
}

function tag(n: number): string {
  let word = '';
  for (let k = n + 26; k > 0; k = Math.floor(k / 26)) word = String.fromCharCode(97 + (k % 26)) + word;
  return `Q${word}`;
}

/** The draft with every other outermost inline bracket resolved to its first alternative. */
function resolveHalf(text: string): string {
  const outer = parseBrackets(text).brackets.filter((b) => b.depth === 0 && b.kind === 'inline');
  let out = text;
  // From the end, so that the spans still ahead stay true.
  for (const b of outer.filter((_, n) => n % 2 === 0).reverse()) out = out.slice(0, b.span.start) + (b.alternatives[0]?.text ?? '') + out.slice(b.span.end);
  return out;
}

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) {
  void bench().then((rows) => {
    for (const row of rows) console.log(row);
  });
}
