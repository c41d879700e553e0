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
});
