import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../shared/diff/schemas';
import { chartBars } from '../../../renderer/compare/chart';

function summary(paragraphs: Partial<Summary['paragraphs']>): Summary {
  return {
    paragraphs: { equal: 0, changed: 0, inserted: 0, deleted: 0, moved: 0, movedChanged: 0, split: 0, merged: 0, ...paragraphs },
    words: { inserted: 0, deleted: 0 },
    changes: [],
  };
}

describe('chartBars', () => {
  it.each([
    ['identical texts have no bars', summary({ equal: 12 }), []],
    ['unchanged paragraphs never get a bar', summary({ equal: 40, changed: 2 }), [['Changed', 2, 1]]],
    [
      'bars are scaled to the most frequent kind',
      summary({ changed: 4, inserted: 2, deleted: 1 }),
      [
        ['Changed', 4, 1],
        ['Inserted', 2, 0.5],
        ['Deleted', 1, 0.25],
      ],
    ],
    [
      'moves with and without edits are told apart, after the edits',
      summary({ moved: 3, movedChanged: 1, inserted: 3 }),
      [
        ['Inserted', 3, 1],
        ['Moved', 3, 1],
        ['Moved + changed', 1, 1 / 3],
      ],
    ],
    [
      'splits and merges come last',
      summary({ merged: 1, split: 2, changed: 2 }),
      [
        ['Changed', 2, 1],
        ['Split', 2, 1],
        ['Merged', 1, 0.5],
      ],
    ],
  ])('%s', (_name, s, expected) => {
    expect(chartBars(s).map((b) => [b.label, b.count, b.share])).toEqual(expected);
  });
});
