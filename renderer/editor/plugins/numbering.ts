/**
 * Shows the computed numbers (and the count of a list of parties) as node decorations: the
 * number lives in a data attribute that the stylesheet puts before the text, so it can never be
 * typed over, selected or saved as text.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { blockLabels } from '../numbering';
import type { BlockLabel } from '../numbering';
import { forEachBlockOf, touchedBlocks } from '../touched';
import type { BlockRange } from '../touched';

/** The labels by block index and the decorations showing them. */
export interface NumberingState {
  /** Kept identical while no label changes, so other plugins can tell cheaply. */
  labels: readonly BlockLabel[];
  decorations: DecorationSet;
}

/** Key of the numbering plugin; its state is a NumberingState. */
export const numberingKey = new PluginKey<NumberingState>('numbering');

function partyCount(block: Node): string | null {
  if (block.type.name !== 'parties') return null;
  return block.childCount === 1 ? '1 party' : `${block.childCount} parties`;
}

/** The decorations of the blocks in `range`. */
function decorate(doc: Node, labels: readonly BlockLabel[], range: BlockRange): Decoration[] {
  const decorations: Decoration[] = [];
  forEachBlockOf(doc, range, (block, offset, index) => {
    const label = labels[index];
    const count = partyCount(block);
    if (label) decorations.push(Decoration.node(offset, offset + block.nodeSize, { 'data-number': label, class: 'cn-has-number' }));
    if (count) decorations.push(Decoration.node(offset, offset + block.nodeSize, { 'data-count': count }));
  });
  return decorations;
}

function firstDifference(a: readonly BlockLabel[], b: readonly BlockLabel[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : length;
}

/**
 * The numbering plugin. Labels are recomputed on every change (cheap: one pass over the blocks);
 * decorations are patched for the blocks touched, or rebuilt when a label moved.
 */
export function numbering(): Plugin<NumberingState> {
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_, state) => {
        const labels = blockLabels(state.doc);
        return { labels, decorations: DecorationSet.create(state.doc, decorate(state.doc, labels, { from: 0, to: state.doc.content.size })) };
      },
      apply: (tr, old) => {
        if (!tr.docChanged) return old;
        const doc = tr.doc;
        const fresh = blockLabels(doc);
        const moved = firstDifference(old.labels, fresh);
        // Once a number moves, most of those after it do too: building the set afresh is
        // cheaper than patching hundreds of decorations.
        if (moved >= 0) return { labels: fresh, decorations: DecorationSet.create(doc, decorate(doc, fresh, { from: 0, to: doc.content.size })) };
        let set = old.decorations.map(tr.mapping, doc);
        for (const range of touchedBlocks(tr)) {
          set = set.remove(set.find(range.from + 1, range.to - 1)).add(doc, decorate(doc, old.labels, range));
        }
        return { labels: old.labels, decorations: set };
      },
    },
    props: { decorations: (state) => numberingKey.getState(state)?.decorations },
  });
}
