/**
 * Puts a provenance marker in the left gutter of every block with language: verbatim, edited
 * (with the number of words changed and the diff on hover) or new.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration } from 'prosemirror-view';
import type { DecorationSet, EditorView } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { hasLanguage, provenanceStatus, statusLabel } from '../provenance';
import type { ProvenanceStatus } from '../provenance';
import { renderGutterMarker } from '../gutter';
import { forEachBlockOf, redrawTouched } from '../touched';
import type { BlockRange } from '../touched';
import { withFastLookup } from '../decoration-lookup';
import { decorationSetOf } from '../decoration-build';

/** Key of the provenance plugin; its state is the gutter decorations. */
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

function markersIn(doc: Node, range: BlockRange): Decoration[] {
  const decorations: Decoration[] = [];
  forEachBlockOf(doc, range, (block, offset) => {
    if (hasLanguage(block)) decorations.push(marker(offset, provenanceStatus(block)));
  });
  return decorations;
}

/** The gutter decorations of a whole draft. */
export function provenanceDecorations(doc: Node): DecorationSet {
  return decorationSetOf(doc, markersIn(doc, { from: 0, to: doc.content.size }));
}

/** The provenance plugin: maps its markers through each change and redoes only the blocks touched. */
export function provenance(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: provenanceKey,
    state: {
      init: (_, state) => provenanceDecorations(state.doc),
      apply: (tr, old) => {
        if (!tr.docChanged) return old;
        return redrawTouched(old, tr, (range) => markersIn(tr.doc, range));
      },
    },
    props: { decorations: (state) => withFastLookup(provenanceKey.getState(state)) },
  });
}
