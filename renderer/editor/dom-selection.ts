/**
 * The selection the browser shows in the editor, where ProseMirror has not read it yet. The
 * browser moves the caret itself for arrow keys and clicks, and ProseMirror reads the move on the
 * next `selectionchange` event, which chromium may deliver after the next key or a remote change.
 */
import { TextSelection, type Selection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** The browser's selection, where it differs from ProseMirror's text selection; null otherwise (or while composing). */
export function unreadSelection(view: EditorView): Selection | null {
  if (view.composing || !view.hasFocus() || !(view.state.selection instanceof TextSelection)) return null;
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom?.anchorNode || !dom.focusNode || !view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return null;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    head = view.posAtDOM(dom.focusNode, dom.focusOffset);
  } catch {
    return null;
  }
  const { selection, doc } = view.state;
  if (selection.anchor === anchor && selection.head === head) return null;
  const next = TextSelection.between(doc.resolve(anchor), doc.resolve(head));
  return next.anchor === selection.anchor && next.head === selection.head ? null : next;
}
