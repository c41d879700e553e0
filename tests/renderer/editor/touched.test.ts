import { describe, expect, it } from 'vitest';
import type { EditorState, Transaction } from 'prosemirror-state';
import { EditorState as State } from 'prosemirror-state';
import { keptBlocks, touchedBlocks } from '../../../renderer/editor/touched';
import { schema } from '../../../renderer/editor/schema';
import { doc, p, sub } from './builder';

// Blocks: "aa" at 0-4, "bb" at 4-8, "cc" at 8-12.
const base = () => State.create({ doc: doc(p('aa'), p('bb'), p('cc')).node });

describe('touchedBlocks', () => {
  it.each<[string, (s: EditorState) => Transaction, { from: number; to: number }[]]>([
    ['typing touches its block only', (s) => s.tr.insertText('x', 6), [{ from: 4, to: 9 }]],
    ['a selection-only change touches nothing', (s) => s.tr, []],
    ['joining two blocks touches the result', (s) => s.tr.delete(3, 5), [{ from: 0, to: 6 }]],
    ['inserting a block touches it alone', (s) => s.tr.insert(4, schema.node('numbered', null, schema.text('n'))), [{ from: 4, to: 7 }]],
    ['deleting a block touches the blocks either side', (s) => s.tr.delete(4, 8), [{ from: 0, to: 8 }]],
    ['an attribute change touches its block', (s) => s.tr.setNodeAttribute(8, 'sourceNumber', '3.'), [{ from: 8, to: 12 }]],
    ['edits far apart stay apart', (s) => s.tr.insertText('x', 1).insertText('y', 11), [{ from: 0, to: 5 }, { from: 9, to: 14 }]],
  ])('%s', (_name, make, expected) => {
    expect(touchedBlocks(make(base()))).toEqual(expected);
  });
});

describe('keptBlocks', () => {
  const mixed = () => State.create({ doc: doc(p('aa'), sub('bb'), p('cc')).node });
  it.each<[string, (s: EditorState) => Transaction, boolean]>([
    ['typing keeps the blocks', (s) => s.tr.insertText('x', 6), true],
    ['typing in two blocks keeps them', (s) => s.tr.insertText('x', 1).insertText('y', 11), false],
    ['a new block does not', (s) => s.tr.insert(4, schema.node('numbered', null, schema.text('n'))), false],
    ['joining two blocks does not', (s) => s.tr.delete(3, 5), false],
    ['a change of kind does not', (s) => s.tr.setNodeMarkup(4, schema.nodes['numbered']), false],
    ['an attribute change does not', (s) => s.tr.setNodeAttribute(8, 'sourceNumber', '3.'), false],
    ['swapping blocks of different kinds does not', (s) => s.tr.delete(4, 8).insert(8, s.doc.child(1)), false],
    ['a change of the document attributes does not', (s) => s.tr.setDocAttribute('keepSourceNumbering', true), false],
  ])('%s', (_name, make, expected) => {
    expect(keptBlocks(make(mixed()))).toBe(expected);
  });
});
