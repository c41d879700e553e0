import { describe, expect, it } from 'vitest';
import { rowCells, rowTextLength } from '../../../renderer/compare/cells';
import { del, eq, ins, row } from './builder';

const texts = (cells: { pieces: { kind: string; text: string }[] }[]) => cells.map((c) => c.pieces.map((p) => (p.kind === 'equal' ? p.text : `${p.kind === 'insert' ? '+' : '-'}[${p.text}]`)).join(''));

describe('rowCells', () => {
  it.each([
    ['an edit shows deleted words on the left and inserted words on the right', row('changed', [0], [0], [eq('We ', 0, 0), del('note', 0), ins('welcome', 0), eq(' the plan.', 0, 0)]), ['We -[note] the plan.'], ['We +[welcome] the plan.']],
    ['an inserted paragraph has an empty left cell', row('inserted', [], [3], [ins('New text.', 3)]), [], ['+[New text.]']],
    ['a deleted paragraph has an empty right cell', row('deleted', [2], [], [del('Old text.', 2)]), ['-[Old text.]'], []],
    ['a split puts each new paragraph apart', row('split', [0], [0, 1], [eq('First. ', 0, 0), eq('Second.', 0, 1)]), ['First. Second.'], ['First. ', 'Second.']],
    ['a merge puts each old paragraph apart', row('merged', [4, 5], [4], [eq('One ', 4, 4), del('.', 4), eq('two.', 5, 4)]), ['One -[.]', 'two.'], ['One two.']],
  ])('%s', (_name, r, left, right) => {
    const cells = rowCells(r, false);
    expect(texts(cells.old)).toEqual(left);
    expect(texts(cells.new)).toEqual(right);
  });

  it.each([
    ['a renumbered paragraph shows both numbers marked', false, { kind: 'delete', text: '3.' }, { kind: 'insert', text: '4.' }],
    ['with numbering ignored, numbers are shown plain', true, { kind: 'equal', text: '3.' }, { kind: 'equal', text: '4.' }],
  ])('%s', (_name, ignore, left, right) => {
    const r = row('changed', [2], [3], [eq('Text.', 2, 3)], { number: { a: '3.', b: '4.', changed: !ignore } });
    const cells = rowCells(r, ignore);
    expect(cells.old[0]?.number).toEqual(left);
    expect(cells.new[0]?.number).toEqual(right);
  });

  it('marks the number of a paragraph that moved away as gone', () => {
    const r = row('moved', [1], [], [del('Text.', 1)], { number: { a: '2.', changed: false }, move: { id: 1, end: 'from', peer: 5 } });
    expect(rowCells(r, false).old[0]?.number).toEqual({ kind: 'delete', text: '2.' });
  });
});

describe('rowTextLength', () => {
  it.each([
    ['the longer side decides', row('changed', [0], [0], [eq('abc', 0, 0), del('d', 0), ins('efghij', 0)]), 9],
    ['a deletion counts on the old side', row('deleted', [0], [], [del('abcdef', 0)]), 6],
  ])('%s', (_name, r, n) => {
    expect(rowTextLength(r)).toBe(n);
  });
});
