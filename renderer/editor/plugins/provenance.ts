/**
 * Puts a provenance marker in the left gutter of every block with language: verbatim, edited
 * (with the number of words changed and the diff on hover) or new. The computed numbers
 * (plugins/numbering.ts) are drawn in the same set: the view asks every set for every block's
 * decorations on each keystroke, and one set with both costs a lookup, not two and a merge.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import { Decoration } from 'prosemirror-view';
import type { EditorView , DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { hasLanguage, provenanceStatus, statusLabel } from '../provenance';
import { decorationSetOf } from '../decoration-build';
import type { ProvenanceStatus } from '../provenance';
import { renderGutterMarker } from '../gutter';
import { forEachBlockOf, redrawBlocks } from '../touched';
import type { BlockRange } from '../touched';
import { numberDecorations, numberingKey } from './numbering';
import { blocksToRead } from './typing-pause';

/** Key of the provenance plugin; its state is the gutter decorations, numbers included. */
export const provenanceKey = new PluginKey<DecorationSet>('provenance');

/** The status of the block a marker drawn at `pos` sits in, as the view's document has it now. */
function statusAt(view: EditorView, pos: number | undefined, drawn: ProvenanceStatus): ProvenanceStatus {
  if (pos === undefined) return drawn;
  const $pos = view.state.doc.resolve(pos);
  return $pos.depth > 0 && hasLanguage($pos.node(1)) ? provenanceStatus($pos.node(1)) : drawn;
}

function marker(offset: number, status: ProvenanceStatus): Decoration {
  return Decoration.widget(offset + 1, (view, getPos) => renderGutterMarker(view.dom.ownerDocument, status, () => statusAt(view, getPos(), status)), {
    // Before the number widget: ProseMirror keeps a widget's DOM only while the widgets before
    // it are unchanged, and numbers change far more often than provenance.
    side: -2,
    // The key is what the marker shows, so that typing keeps the marker's DOM until its label
    // changes; the popover reads the block's status when it opens.
    key: `prov-${status.kind}-${statusLabel(status)}`,
    ignoreSelection: true,
    stopEvent: () => true,
  });
}

function gutterIn(doc: Node, keepSource: boolean, range: BlockRange): Decoration[] {
  const decorations: Decoration[] = [];
  forEachBlockOf(doc, range, (block, offset) => {
    if (hasLanguage(block)) decorations.push(marker(offset, provenanceStatus(block)));
  });
  return decorations.concat(numberDecorations(doc, keepSource, range));
}

/** The gutter decorations of a whole draft. */
function gutterDecorations(doc: Node, keepSource: boolean): DecorationSet {
  return decorationSetOf(doc, gutterIn(doc, keepSource, { from: 0, to: doc.content.size }));
}

const keepsSource = (state: EditorState) => numberingKey.getState(state)?.keepSource === true;

/**
 * The provenance plugin, after the numbering plugin: maps its markers and numbers through each
 * change and redoes only the blocks touched (all of them when the numbering mode changes); the
 * paragraph being typed in is redone once typing pauses (typing-pause.ts).
 */
export function provenance(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: provenanceKey,
    state: {
      init: (_, state) => gutterDecorations(state.doc, keepsSource(state)),
      apply: (tr, old, oldState, newState) => {
        const ranges = blocksToRead(tr, newState);
        if (!tr.docChanged && ranges.length === 0) return old;
        const keepSource = keepsSource(newState);
        if (keepSource !== keepsSource(oldState)) return gutterDecorations(tr.doc, keepSource);
        return redrawBlocks(old, tr, ranges, (range) => gutterIn(tr.doc, keepSource, range));
      },
    },
  });
}
