import { describe, expect, it } from 'vitest';
import { compareDeclarations } from '../../../shared/diff/compare';
import type { CompareSide, Row } from '../../../shared/diff/schemas';

/** A side from paragraph texts; "3. text" keeps "3." as the number. */
function side(...paras: string[]): CompareSide {
  return {
    title: '',
    paragraphs: paras.map((p, k) => {
      const m = /^(\d+\.|\*|First,|Second,)\s(.*)$/u.exec(p);
      return m ? { id: `p${k}`, number: m[1], text: m[2] ?? '' } : { id: `p${k}`, text: p };
    }),
  };
}

const T = [
  'We agree to strengthen cooperation on public health, vaccines and the training of health workers in every region.',
  'Trade shall remain open, fair and free of discrimination for all partners and their enterprises large and small.',
  'We will share timely and necessary information with all countries in need of assistance after a disaster.',
  'We thank the host country for its warm hospitality and the excellent organisation of this summit meeting.',
  'The ministers welcome the progress on climate finance and call for further steps before the next conference.',
  'Cultural exchanges between young people, universities and museums deserve stronger support from governments.',
  'We reaffirm our commitment to the peaceful settlement of disputes in accordance with international law.',
];
const edit = (t: string) => t.replace(/\b(\w{6,})\b/u, 'REVISED');
const moves = (rows: Row[]) => rows.filter((r) => r.move?.end === 'to');
const run = (a: CompareSide, b: CompareSide) => compareDeclarations(a, b, { ignore: { numbering: true } });

describe('moves across edited paragraphs', () => {
  it('reports one move when a paragraph moves past edited ones', () => {
    const [t0, t1, t2, t3, t4, t5, t6] = T as [string, string, string, string, string, string, string];
    const c = run(side(t0, t1, t2, t3, t4, t5, t6), side(t0, t5, edit(t1), edit(t2), edit(t3), edit(t4), t6));
    expect(moves(c.rows)).toHaveLength(1);
    expect(c.summary.paragraphs.moved + c.summary.paragraphs.movedChanged).toBe(1);
    expect(c.summary.paragraphs.changed).toBe(4);
  });

  it('never reports a paragraph as moved to the place it held', () => {
    const [t0, t1, t2, t3, t4, t5, t6] = T as [string, string, string, string, string, string, string];
    const c = run(side(t0, t1, t2, t3, t4, t5, t6), side(t5, edit(t0), edit(t1), t2, edit(t3), edit(t4), t6));
    for (const r of moves(c.rows)) expect(c.summary.changes.find((x) => x.row === c.rows.indexOf(r))?.where).not.toMatch(/¶ (\d+) → ¶ \1$/u);
    expect(moves(c.rows)).toHaveLength(1);
  });
});

describe('merges', () => {
  const [t0, t1, t2, t3, t4] = T as [string, string, string, string, string];
  it('finds a move next to a merge', () => {
    const c = run(side(t0, t1, t2, t3, t4), side(t4, t0, `${t1} ${t2}`, t3));
    expect(c.rows.map((r) => r.kind)).toContain('merged');
    expect(moves(c.rows)).toHaveLength(1);
  });

  it.each([
    ['First,', `First, ${t2}`],
    ['*', `* ${t2}`],
  ])('reads the number %j that a merge took into the text as the same words', (_, second) => {
    const c = run(side(t0, t1, second, t3), side(t0, `${t1} ${second}`, t3));
    const merged = c.rows.find((r) => r.kind === 'merged');
    // Only the space that took the paragraph break's place is new.
    expect(merged?.ops.filter((op) => op.kind !== 'equal' && op.text.trim() !== '')).toEqual([]);
  });

  it('shows the number of the paragraph merged away as deleted', () => {
    const c = run(side(t0, `First, ${t1}`, `Second, ${t2}`, t3), side(t0, `First, ${t1} ${t2}`, t3));
    const merged = c.rows.find((r) => r.kind === 'merged');
    expect(merged?.ops.filter((op) => op.kind !== 'equal' && op.text.trim() !== '').map((op) => [op.kind, op.text.trim()])).toEqual([['delete', 'Second,']]);
  });
});

describe('quotes', () => {
  it('flags only the quote mark that changed, not the word around it', () => {
    const c = compareDeclarations(side('We support the "Health Silk Road" together.'), side('We support the “Health Silk Road” together.'));
    const changed = c.rows[0]?.ops.filter((op) => op.kind !== 'equal').map((op) => op.text);
    expect(changed).toEqual(['"', '“', '"', '”']);
  });
});
