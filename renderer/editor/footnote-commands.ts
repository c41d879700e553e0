/**
 * Footnote commands: insert a footnote (Ctrl+Alt+F) and give a mark a custom symbol, as Word's
 * "Custom mark". Numbering, the notes' order and deleting a note with its mark are the footnotes
 * plugin's (renderer/editor/plugins/footnotes.ts), so every way of editing gets them.
 */
import { NodeSelection, TextSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { schema } from './schema';
import { autoMarker, footnoteNotes, footnoteRefs, freshNoteId, noteIds, usesStars } from './footnotes';

/**
 * Insert footnote: a reference mark at the cursor and a new note in the notes area, placed among
 * the other notes in the order of their marks, the cursor in the note.
 */
export const insertFootnote: Command = (state, dispatch) => {
  const { $from, from } = state.selection;
  if (!$from.parent.isTextblock || $from.parent.type === schema.nodes.footnote) return false;
  if (dispatch) {
    const ids = noteIds(state.doc);
    const note = freshNoteId(new Set([...ids.refs, ...ids.notes]));
    const notesById = new Map(footnoteNotes(state.doc).map((n) => [n.node.attrs['note'] as unknown, n.pos]));
    const nextNote = footnoteRefs(state.doc)
      .filter((r) => r.pos >= from)
      .map((r) => notesById.get(r.node.attrs['note']))
      .find((pos) => pos !== undefined);
    // The footnotes plugin gives the mark its number, and the note its marker.
    const marker = autoMarker(1, usesStars(state.doc));
    const tr = state.tr.replaceSelectionWith(schema.nodes.footnote_ref.create({ marker, note }), false);
    const at = nextNote === undefined ? tr.doc.content.size : tr.mapping.map(nextNote);
    tr.insert(at, schema.nodes.footnote.create({ marker, note }));
    dispatch(tr.setSelection(TextSelection.create(tr.doc, at + 1)).scrollIntoView());
  }
  return true;
};

/** The reference mark a footnote command acts on: the selected one, the one beside the cursor, or the mark of the note holding the cursor. */
export function markAtCursor(state: EditorState): { pos: number; node: Node } | null {
  const { selection } = state;
  const isRef = (node: Node | null | undefined): node is Node => node?.type === schema.nodes.footnote_ref;
  if (selection instanceof NodeSelection && isRef(selection.node)) return { pos: selection.from, node: selection.node };
  const { $from } = selection;
  if (isRef($from.nodeBefore)) return { pos: $from.pos - $from.nodeBefore.nodeSize, node: $from.nodeBefore };
  if (isRef($from.nodeAfter)) return { pos: $from.pos, node: $from.nodeAfter };
  const block = $from.node(1);
  const note = block?.type === schema.nodes.footnote ? block.attrs['note'] : null;
  if (typeof note !== 'string') return null;
  return footnoteRefs(state.doc).find((r) => r.node.attrs['note'] === note) ?? null;
}

/** The custom symbols offered beside a typed one, as Word's Symbol list starts. */
export const CUSTOM_MARKS = ['*', '†', '‡', '§'] as const;

/** Gives the mark at the cursor a custom symbol, or (null) numbers it automatically again. */
export function setFootnoteMark(symbol: string | null): Command {
  return (state, dispatch) => {
    const mark = markAtCursor(state);
    const text = symbol?.trim() ?? null;
    if (!mark || text === '') return false;
    if (dispatch) {
      const attrs = { ...mark.node.attrs, custom: text !== null, marker: text ?? String(mark.node.attrs['marker']) };
      dispatch(state.tr.setNodeMarkup(mark.pos, undefined, attrs));
    }
    return true;
  };
}
