/**
 * The ProseMirror side of a shared draft, all from y-prosemirror: the document bound to its Yjs
 * twin, the others' cursors and selections with names and colours, and an undo that undoes
 * only one's own edits. These replace prosemirror-history in a shared draft's editor.
 */
import type { Plugin } from 'prosemirror-state';
import { ySyncPlugin, yCursorPlugin, yUndoPlugin } from 'y-prosemirror';
import { clickedSelection } from './clicked-selection';
import { docAttrsSync } from './doc-attrs';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** What the editor needs to edit a shared draft. */
export interface CollabBinding {
  fragment: Y.XmlFragment;
  awareness: Awareness;
  /** The document's own attributes (comment threads, numbering mode), beside its content. */
  attrs: Y.Map<unknown>;
}

/** Colour classes for selections (the CSP forbids inline style attributes). */
const SELECTION_CLASSES = 8;

function colourIndex(color: string): number {
  let hash = 0;
  for (const c of color) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return hash % SELECTION_CLASSES;
}

/**
 * Another person's caret: a coloured bar with their name, styled through the CSSOM. It holds no
 * text node: the name is drawn by CSS from `data-name`, so a click at the end of a line can never
 * put one's own caret inside the other's (chromium then dropped the first keystrokes typed there).
 */
function cursorElement(user: { name: string; color: string }): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'collab-caret';
  caret.dataset.name = user.name;
  caret.style.borderColor = user.color;
  caret.style.setProperty('--collab-colour', user.color);
  return caret;
}

/** The plugins that bind an editor to a shared draft. */
export function collabPlugins(binding: CollabBinding): Plugin[] {
  const ydoc = binding.fragment.doc;
  return [
    ySyncPlugin(binding.fragment),
    ...(ydoc ? [clickedSelection(ydoc)] : []),
    yCursorPlugin(binding.awareness, {
      cursorBuilder: cursorElement,
      selectionBuilder: (user: { color: string }) => ({ class: `collab-selection collab-selection-${colourIndex(user.color)}` }),
    }),
    yUndoPlugin(),
    docAttrsSync(binding.attrs),
  ];
}
