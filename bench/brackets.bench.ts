/**
 * Negotiation mode: parsing and counting the brackets of a 15,000-word draft with 1,000 brackets
 * (lone, alternatives, slash alternatives, nested, attributed, option blocks), goal < 50 ms.
 */
import { measure } from './harness';
import type { Bench, BenchRow } from './harness';
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
  return rows;
};

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) {
  void bench().then((rows) => {
    for (const row of rows) console.log(row);
  });
}
