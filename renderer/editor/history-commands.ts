/**
 * Undo and redo that work in both kinds of draft: prosemirror-history in a local draft, the
 * Yjs undo manager (only one's own edits) in a shared one. Keymap and toolbar use these.
 */
import type { Command } from 'prosemirror-state';
import { redo as historyRedo, undo as historyUndo } from 'prosemirror-history';
import { redoCommand, undoCommand, yUndoPluginKey } from 'y-prosemirror';

/** Undoes the last step of this person. */
export const undo: Command = (state, dispatch) =>
  yUndoPluginKey.getState(state) ? Boolean(undoCommand(state, dispatch)) : historyUndo(state, dispatch);

/** Redoes the last undone step of this person. */
export const redo: Command = (state, dispatch) =>
  yUndoPluginKey.getState(state) ? Boolean(redoCommand(state, dispatch)) : historyRedo(state, dispatch);
