import { TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { liveBlocks, liveBlocksKey } from '../../../../renderer/editor/plugins/live-blocks';
import { doc, p, stateOf } from '../builder';

/** Indices of the top-level blocks marked live. */
function liveIndices(state: ReturnType<typeof stateOf>): number[] {
  const set = liveBlocksKey.getState(state);
  const starts: number[] = [];
  state.doc.forEach((_node, offset) => starts.push(offset));
  return (set?.find() ?? []).map((d) => starts.indexOf(d.from)).sort((a, b) => a - b);
}

describe('live blocks around the selection', () => {
  it.each([
    [doc(p('one'), p('two'), p('th<a>ree'), p('four'), p('five')), [1, 2, 3]],
    [doc(p('o<a>ne'), p('two'), p('three')), [0, 1]],
    [doc(p('one'), p('t<a>wo'), p('three'), p('four'), p('fi<b>ve')), [0, 1, 2, 3, 4]],
  ])('marks the blocks next to the cursor', (built, expected) => {
    expect(liveIndices(stateOf(built, [liveBlocks()]))).toEqual(expected);
  });

  it('follows the selection to the end of the document', () => {
    let state = stateOf(doc(p('o<a>ne'), p('two'), p('three'), p('four'), p('five')), [liveBlocks()]);
    state = state.apply(state.tr.setSelection(TextSelection.atEnd(state.doc)));
    expect(liveIndices(state)).toEqual([3, 4]);
  });

  it('stays next to the cursor through typing, new blocks, deletions and selections', () => {
    let state = stateOf(doc(p('one'), p('two'), p('th<a>ree'), p('four'), p('five'), p('six')), [liveBlocks()]);
    const expectAround = () => {
      const near = new Set<number>();
      for (const pos of [state.selection.from, state.selection.to]) {
        const i = state.doc.resolve(pos).index(0);
        for (const j of [i - 1, i, i + 1]) if (j >= 0 && j < state.doc.childCount) near.add(j);
      }
      expect(liveIndices(state)).toEqual([...near].sort((a, b) => a - b));
      // Every mark covers its whole block.
      for (const d of liveBlocksKey.getState(state)?.find() ?? []) expect(d.to - d.from).toBe(state.doc.nodeAt(d.from)?.nodeSize);
    };
    const steps = [
      () => state.tr.insertText('x'),
      () => state.tr.insertText('yy'),
      () => state.tr.split(state.selection.from),
      () => state.tr.insertText('z'),
      () => state.tr.delete(1, state.doc.child(0).nodeSize + 1),
      () => state.tr.setSelection(TextSelection.create(state.doc, 2, state.doc.content.size - 2)),
      () => state.tr.insertText('w'),
      () => state.tr.setSelection(TextSelection.atStart(state.doc)),
    ];
    expectAround();
    for (const step of steps) {
      state = state.apply(step());
      expectAround();
    }
  });
});
