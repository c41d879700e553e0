/**
 * Keeps where one just clicked when the others' edits arrive. y-prosemirror rebuilds the document
 * for every remote change and puts back the selection ProseMirror's state held; a click the
 * browser has made but ProseMirror has not read yet (its selectionchange still to come) was then
 * undone, and what one typed next went to the old place (y-prosemirror issue 146). Before each
 * remote change, this hands y-prosemirror the selection the browser shows instead.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { getRelativeSelection, ySyncPluginKey, type ProsemirrorBinding } from 'y-prosemirror';
import type * as Y from 'yjs';
import { unreadSelection } from '../editor/dom-selection';

export const clickedSelectionKey = new PluginKey('clicked-selection');

/** The plugin; it goes after y-prosemirror's sync plugin, whose binding it reads. */
export function clickedSelection(ydoc: Y.Doc): Plugin {
  return new Plugin({
    key: clickedSelectionKey,
    view(view) {
      // 'beforeTransaction' comes after y-prosemirror took its copy of the selection ('beforeAllTransactions').
      const beforeTransaction = (transaction: Y.Transaction) => {
        if (transaction.local) return;
        const binding = (ySyncPluginKey.getState(view.state) as { binding?: ProsemirrorBinding } | undefined)?.binding;
        if (!binding || binding.beforeTransactionSelection === null) return;
        const clicked = unreadSelection(view);
        if (clicked) binding.beforeTransactionSelection = getRelativeSelection(binding, view.state.apply(view.state.tr.setSelection(clicked)));
      };
      ydoc.on('beforeTransaction', beforeTransaction);
      return { destroy: () => ydoc.off('beforeTransaction', beforeTransaction) };
    },
  });
}
