/**
 * Keyboard commands act where the caret is now. After an arrow key the browser has moved the caret
 * but ProseMirror may not have read it yet (see dom-selection.ts): Ctrl+Alt+F typed at once then
 * put the footnote where the caret had been. Before any key binding runs, this reads the move.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { unreadSelection } from '../dom-selection';

export const freshSelectionKey = new PluginKey('fresh-selection');

/** The plugin; it goes before the keymaps, whose commands read the state's selection. */
export function freshSelection(): Plugin {
  return new Plugin({
    key: freshSelectionKey,
    props: {
      handleKeyDown(view) {
        const moved = unreadSelection(view);
        if (moved) view.dispatch(view.state.tr.setSelection(moved));
        return false;
      },
    },
  });
}
