/**
 * Off-screen blocks of a long draft skip layout (CSS content-visibility: auto), which keeps a
 * keystroke cheap. But Chrome cannot put the caret into a skipped block: Enter at the end of a
 * long draft, reached with Ctrl+End, would send the typing elsewhere. This plugin marks the
 * blocks around the selection "live" so they are always laid out, in the same update that moves
 * the selection there.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

export const liveBlocksKey = new PluginKey<DecorationSet>('liveBlocks');

/** Blocks either side of the selection's ends that stay laid out. */
const AROUND = 1;

function liveDecorations(state: EditorState): DecorationSet {
  const { doc, selection } = state;
  const indices = new Set<number>();
  for (const pos of [selection.from, selection.to]) {
    const index = doc.resolve(pos).index(0);
    for (let i = index - AROUND; i <= index + AROUND; i++) if (i >= 0 && i < doc.childCount) indices.add(i);
  }
  const decorations: Decoration[] = [];
  let pos = 0;
  doc.forEach((node, offset, i) => {
    pos = offset;
    if (indices.has(i)) decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: 'cn-live' }));
  });
  return DecorationSet.create(doc, decorations);
}

/** The plugin: recomputed when the selection or the document changes (a handful of blocks). */
export function liveBlocks(): Plugin<DecorationSet> {
  return new Plugin({
    key: liveBlocksKey,
    state: {
      init: (_, state) => liveDecorations(state),
      apply: (tr, old, _oldState, state) => (tr.docChanged || tr.selectionSet ? liveDecorations(state) : old),
    },
    props: { decorations: (state) => liveBlocksKey.getState(state) },
  });
}
