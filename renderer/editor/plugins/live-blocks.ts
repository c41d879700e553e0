/**
 * Off-screen blocks of a long draft skip layout (CSS content-visibility: auto), which keeps a
 * keystroke cheap. But Chrome cannot put the caret into a skipped block: Enter at the end of a
 * long draft, reached with Ctrl+End, would send the typing elsewhere. This plugin marks the
 * blocks around the selection "live" so they are always laid out, in the same update that moves
 * the selection there.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { BlockRange } from '../touched';

export const liveBlocksKey = new PluginKey<DecorationSet>('liveBlocks');

/** Blocks either side of the selection's ends that stay laid out. */
const AROUND = 1;

/** The live blocks, as ranges in document order, found from the selection's ends without walking the draft. */
function liveRanges(state: EditorState): BlockRange[] {
  const { doc, selection } = state;
  const ranges = new Map<number, BlockRange>();
  for (const pos of [selection.from, selection.to]) {
    const $pos = doc.resolve(pos);
    const index = $pos.index(0);
    // Between two blocks, the block after the position starts there.
    let start = $pos.depth > 0 ? $pos.before(1) : pos;
    for (let i = index; i <= index + AROUND && i < doc.childCount; i++) {
      const to = start + doc.child(i).nodeSize;
      ranges.set(start, { from: start, to });
      start = to;
    }
    start = $pos.depth > 0 ? $pos.before(1) : pos;
    for (let i = index - 1; i >= index - AROUND && i >= 0; i--) {
      const to = start;
      start -= doc.child(i).nodeSize;
      ranges.set(start, { from: start, to });
    }
  }
  return [...ranges.values()].sort((a, b) => a.from - b.from);
}

function liveDecorations(state: EditorState, ranges = liveRanges(state)): DecorationSet {
  return DecorationSet.create(
    state.doc,
    ranges.map((r) => Decoration.node(r.from, r.to, { class: 'cn-live' })),
  );
}

/** The old set mapped, while it marks the same blocks: building a set anew visits every block. */
function nextDecorations(tr: Transaction, old: DecorationSet, state: EditorState): DecorationSet {
  const ranges = liveRanges(state);
  const mapped = old.map(tr.mapping, tr.doc);
  const kept = mapped.find();
  const same = kept.length === ranges.length && kept.every((d, i) => d.from === ranges[i]?.from && d.to === ranges[i]?.to);
  return same ? mapped : liveDecorations(state, ranges);
}

/** The plugin: updated when the selection or the document changes (a handful of blocks). */
export function liveBlocks(): Plugin<DecorationSet> {
  return new Plugin({
    key: liveBlocksKey,
    state: {
      init: (_, state) => liveDecorations(state),
      apply: (tr, old, _oldState, state) => (tr.docChanged || tr.selectionSet ? nextDecorations(tr, old, state) : old),
    },
  });
}
