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

/** The labels by block index and the decorations showing them. */
export interface NumberingState {
  labels: BlockLabel[];
  partyCounts: number[];
  decorations: DecorationSet;
}

/** Key of the numbering plugin; its state is a NumberingState. */
export const numberingKey = new PluginKey<NumberingState>('numbering');

function partyCounts(doc: Node): number[] {
  const counts: number[] = [];
  doc.forEach((block) => counts.push(block.type.name === 'parties' ? block.childCount : -1));
  return counts;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function decorate(doc: Node, labels: BlockLabel[], counts: number[]): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((block, offset, index) => {
    const label = labels[index];
    const count = counts[index] ?? -1;
    if (label) decorations.push(Decoration.node(offset, offset + block.nodeSize, { 'data-number': label, class: 'cn-has-number' }));
    if (count >= 0) {
      const text = count === 1 ? '1 party' : `${count} parties`;
      decorations.push(Decoration.node(offset, offset + block.nodeSize, { 'data-count': text }));
    }
  });
  return DecorationSet.create(doc, decorations);
}

function compute(doc: Node): NumberingState {
  const labels = blockLabels(doc);
  const counts = partyCounts(doc);
  return { labels, partyCounts: counts, decorations: decorate(doc, labels, counts) };
}

/** The numbering plugin: recomputes labels on every change, rebuilds decorations only when a label moved. */
export function numbering(): Plugin<NumberingState> {
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_, state) => compute(state.doc),
      apply: (tr, old) => {
        if (!tr.docChanged) return old;
        const labels = blockLabels(tr.doc);
        const counts = partyCounts(tr.doc);
        if (sameList(labels, old.labels) && sameList(counts, old.partyCounts)) {
          const mapped = old.decorations.map(tr.mapping, tr.doc);
          // A block replaced whole (new attributes) drops its node decoration; rebuild then.
          if (mapped.find().length === old.decorations.find().length) {
            return { labels: old.labels, partyCounts: old.partyCounts, decorations: mapped };
          }
        }
        return { labels, partyCounts: counts, decorations: decorate(tr.doc, labels, counts) };
      },
    },
    props: { decorations: (state) => numberingKey.getState(state)?.decorations },
  });
}
