/**
 * Puts a provenance marker in the left gutter of every block with language: verbatim, edited
 * (with the number of words changed and the diff on hover) or new.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { hasLanguage, provenanceStatus } from '../provenance';
import type { ProvenanceStatus } from '../provenance';
import { renderGutterMarker } from '../gutter';
import { forEachBlockOf, redrawTouched } from '../touched';
import type { BlockRange } from '../touched';
import { withFastLookup } from '../decoration-lookup';

/** Key of the provenance plugin; its state is the gutter decorations. */
export const provenanceKey = new PluginKey<DecorationSet>('provenance');

// Widget keys follow block versions, so the view keeps the DOM of every untouched marker.
const versionIds = new WeakMap<Node, number>();
let nextVersionId = 1;
function versionId(block: Node): number {
  let id = versionIds.get(block);
  if (id === undefined) {
    id = nextVersionId++;
    versionIds.set(block, id);
  }
  return id;
}

function marker(block: Node, offset: number, status: ProvenanceStatus): Decoration {
  return Decoration.widget(offset + 1, (view) => renderGutterMarker(view.dom.ownerDocument, status), {
    // Before the number widget: ProseMirror keeps a widget's DOM only while the widgets before
    // it are unchanged, and numbers change far more often than provenance.
    side: -2,
    key: `prov-${versionId(block)}`,
    ignoreSelection: true,
    stopEvent: () => true,
  });
}

function markersIn(doc: Node, range: BlockRange): Decoration[] {
  const decorations: Decoration[] = [];
  forEachBlockOf(doc, range, (block, offset) => {
    if (hasLanguage(block)) decorations.push(marker(block, offset, provenanceStatus(block)));
  });
  return decorations;
}

/** The gutter decorations of a whole draft. */
export function provenanceDecorations(doc: Node): DecorationSet {
  return DecorationSet.create(doc, markersIn(doc, { from: 0, to: doc.content.size }));
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
