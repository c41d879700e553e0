/**
 * Keeps the draft's footnotes as in Word after every change (renderer/editor/footnotes.ts): marks
 * renumbered, a deleted mark's note gone with it (in the same undo step), notes in the notes area
 * in the order of their marks. Clicking a mark goes to its note; clicking a note's marker goes back.
 */
import { NodeSelection, Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { ySyncPluginKey } from 'y-prosemirror';
import { schema } from '../schema';
import { footnoteNotes, footnoteRefs, freshNoteId, noteIds, normalizeNotes, touchesNotes, usesStars } from '../footnotes';

export const footnotesKey = new PluginKey('footnotes');

/** Puts the cursor at the end of the note with id `note`, or selects the mark citing it; false when there is none. */
function jumpTo(view: EditorView, target: 'note' | 'mark', note: string): boolean {
  const { doc } = view.state;
  const list = target === 'note' ? footnoteNotes(doc) : footnoteRefs(doc);
  const found = list.find((p) => p.node.attrs['note'] === note);
  if (!found) return false;
  const selection = target === 'note' ? TextSelection.create(doc, found.pos + found.node.nodeSize - 1) : NodeSelection.create(doc, found.pos);
  view.dispatch(view.state.tr.setSelection(selection).scrollIntoView());
  view.focus();
  return true;
}

/** The footnotes plugin. */
export function footnotes(): Plugin {
  return new Plugin({
    key: footnotesKey,
    appendTransaction(transactions, oldState, newState) {
      // What arrives from the others of a shared draft was normalised on their side.
      if (transactions.some((tr) => tr.getMeta(ySyncPluginKey) !== undefined)) return null;
      if (!transactions.some((tr) => touchesNotes(tr.steps, tr.docs))) return null;
      const tr = newState.tr;
      return normalizeNotes(tr, { before: noteIds(oldState.doc), renumber: { stars: usesStars(oldState.doc) }, pairByMarker: false, newId: freshNoteId }) ? tr : null;
    },
    props: {
      handleClickOn(view, _pos, node, _nodePos, event) {
        const note = node.attrs['note'];
        if (typeof note !== 'string') return false;
        if (node.type === schema.nodes.footnote_ref) return jumpTo(view, 'note', note);
        const target = event.target instanceof Element ? event.target : null;
        if (node.type === schema.nodes.footnote && target?.closest('.cn-footnote-marker')) return jumpTo(view, 'mark', note);
        return false;
      },
    },
  });
}
