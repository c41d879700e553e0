/**
 * Keeps the draft's footnotes as in Word after every change (renderer/editor/footnotes.ts): marks
 * renumbered, a deleted mark's note gone with it (in the same undo step), notes in the notes area
 * in the order of their marks. Clicking a mark goes to its note; clicking a note's marker goes back to its mark.
 */
import { NodeSelection, Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { ySyncPluginKey } from 'y-prosemirror';
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
      handleDOMEvents: {
        // On mousedown, before the browser moves the caret into the note's marker (not editable).
        mousedown(view, event) {
          const target = event.target instanceof Element ? event.target : null;
          const hit = target?.closest('sup.cn-footnote-ref, .cn-footnote-marker');
          if (!hit || event.button !== 0) return false;
          const pos = view.posAtDOM(hit, 0);
          const $pos = view.state.doc.resolve(Math.min(pos, view.state.doc.content.size));
          const node = hit.matches('sup') ? view.state.doc.nodeAt(pos) : $pos.node(1);
          const note = node?.attrs['note'];
          if (typeof note !== 'string' || !jumpTo(view, hit.matches('sup') ? 'note' : 'mark', note)) return false;
          event.preventDefault();
          return true;
        },
      },
    },
  });
}
