import { describe, expect, it } from 'vitest';
import { invertDiff, type DiffOp } from '../../../renderer/library/invertDiff';

describe('invertDiff', () => {
  it.each<[string, DiffOp[], DiffOp[]]>([
    ['equal runs stay equal', [{ kind: 'equal', text: 'We reaffirm' }], [{ kind: 'equal', text: 'We reaffirm' }]],
    ['a word the paragraph added is one Replace removes', [{ kind: 'insert', text: 'strongly ' }], [{ kind: 'delete', text: 'strongly ' }]],
    ['a word the paragraph lacks is one Replace adds', [{ kind: 'delete', text: 'full ' }], [{ kind: 'insert', text: 'full ' }]],
    [
      'offsets swap sides',
      [{ kind: 'equal', text: 'trade', a: { start: 0, end: 5 }, b: { start: 4, end: 9 } }],
      [{ kind: 'equal', text: 'trade', a: { start: 4, end: 9 }, b: { start: 0, end: 5 } }],
    ],
  ])('%s', (_name, ops, expected) => {
    expect(invertDiff(ops)).toEqual(expected);
  });
});
