import { describe, expect, it } from 'vitest';
import { redlineParagraphs } from '../../../shared/diff/redline/layout';
import { changeStops, firstParagraphOfRows, highlightedRows, stepStop, stopOfRow } from '../../../renderer/compare/navigation';
import { comparison, del, eq, ins, row } from './builder';

// Old: A B C D   New: A C' D B   (B moved to the end, C edited, a new paragraph E at the end)
const c = comparison([
  row('equal', [0], [0], [eq('Alpha.', 0, 0)]),
  row('moved', [1], [], [del('Bravo.', 1)], { move: { id: 1, end: 'from', peer: 4 } }),
  row('changed', [2], [1], [eq('Charlie ', 2, 1), del('one.', 2), ins('two.', 1)]),
  row('equal', [3], [2], [eq('Delta.', 3, 2)]),
  row('moved', [1], [3], [eq('Bravo.', 1, 3)], { move: { id: 1, end: 'to', peer: 1 } }),
  row('inserted', [], [4], [ins('Echo.', 4)]),
]);

describe('changeStops', () => {
  it('stops at every changed row in document order, a move once where it arrived', () => {
    expect(changeStops(c).map((e) => e.row)).toEqual([2, 4, 5]);
  });

  it('puts entries listed out of order back into document order and drops repeats', () => {
    const shuffled = { ...c, summary: { ...c.summary, changes: [...c.summary.changes].reverse().concat(c.summary.changes) } };
    expect(changeStops(shuffled).map((e) => e.row)).toEqual([2, 4, 5]);
  });
});

describe('stepStop', () => {
  it.each([
    ['Next with nothing current goes to the first change', undefined, 1, 0],
    ['Previous with nothing current goes to the last change', undefined, -1, 2],
    ['Next goes forward', 0, 1, 1],
    ['Previous goes back', 2, -1, 1],
    ['Next after the last wraps to the first', 2, 1, 0],
    ['Previous before the first wraps to the last', 0, -1, 2],
  ] as const)('%s', (_name, current, direction, expected) => {
    expect(stepStop(current, 3, direction)).toBe(expected);
  });

  it('goes nowhere when there are no changes', () => {
    expect(stepStop(undefined, 0, 1)).toBeUndefined();
  });
});

describe('stopOfRow', () => {
  const stops = changeStops(c);
  it.each([
    ['a changed row is its own stop', 2, 0],
    ['the arrival of a move is its stop', 4, 1],
    ['the place a paragraph moved away from belongs to the same stop', 1, 1],
    ['an unchanged row is no stop', 3, undefined],
  ])('%s', (_name, r, expected) => {
    expect(stopOfRow(c, stops, r)).toBe(expected);
  });
});

describe('highlightedRows', () => {
  it.each([
    ['nothing current, nothing lit', undefined, []],
    ['a plain change lights its row', 2, [2]],
    ['a move lights both of its ends', 4, [4, 1]],
  ])('%s', (_name, r, expected) => {
    expect([...highlightedRows(c, r)]).toEqual(expected);
  });
});

describe('firstParagraphOfRows', () => {
  it('finds each row in the redline, a split row at its first paragraph', () => {
    const split = comparison([
      row('equal', [0], [0], [eq('One.', 0, 0)]),
      row('split', [1], [1, 2], [eq('Two ', 1, 1), eq('three.', 1, 2)]),
      row('equal', [2], [3], [eq('Four.', 2, 3)]),
    ]);
    expect(firstParagraphOfRows(redlineParagraphs(split), 3)).toEqual([0, 1, 3]);
  });
});
