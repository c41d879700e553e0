/**
 * Undo steps as a person expects them: a toolbar or command action (switching a block's kind,
 * moving or indenting a paragraph, bracketing, inserting a clause, deleting everything) is one
 * undo step of its own, never merged with the typing before or after it.
 *
 * prosemirror-history merges adjacent changes made close together; `closeHistory` only
 * separates a transaction from what came before. So a command marks its transaction, this
 * plugin remembers that the last change was a command, and the editor's dispatch closes the
 * history before the next change (`separateFromCommand`). Replacing a selection starts a step too.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { closeHistory } from 'prosemirror-history';

/** Key of the plugin; its state says whether the last document change was a command. */
export const undoStepsKey = new PluginKey<boolean>('undoSteps');

const COMMAND = 'concord:command';

/** `command`, its change made one undo step of its own. */
export function asUndoStep(command: Command): Command {
  return (state, dispatch, view) => command(state, dispatch && ((tr) => dispatch(closeHistory(tr).setMeta(COMMAND, true))), view);
}

/**
 * The first change after a command starts a new undo step, and so does replacing a selection
 * (typing over it, deleting it): the editor's dispatch calls this on every transaction.
 */
export function separateFromCommand(state: EditorState, tr: Transaction): Transaction {
  if (!tr.docChanged || tr.getMeta(COMMAND) === true) return tr;
  return undoStepsKey.getState(state) === true || !state.selection.empty ? closeHistory(tr) : tr;
}

/** The plugin that remembers whether the last document change was a command. */
export function undoSteps(): Plugin<boolean> {
  return new Plugin<boolean>({
    key: undoStepsKey,
    state: {
      init: () => false,
      // A plugin's follow-up (appendTransaction) belongs to the change it follows.
      apply: (tr, last) => (tr.docChanged && tr.getMeta('appendedTransaction') === undefined ? tr.getMeta(COMMAND) === true : last),
    },
  });
}
