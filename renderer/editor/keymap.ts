/**
 * The keys of the drafting editor. Mod is Cmd on macOS and Ctrl elsewhere.
 */
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, chainCommands, toggleMark } from 'prosemirror-commands';
import { redo, undo } from './history-commands';
import type { Command, Plugin } from 'prosemirror-state';
import { schema } from './schema';
import { asUndoStep } from './plugins/undo-steps';
import { bracketSelection } from './negotiation-commands';
import { toggleSuggesting, withCause } from './review/suggesting';
import { goToSuggestion } from './review/suggestions';
import { deleteEverything, exitEmptyParty, setBlockKind, indent, moveParagraphDown, moveParagraphUp, outdent, outdentEmptySubitem, splitKeepingKind } from './commands';
import { insertFootnote } from './footnote-commands';

/** Key bindings, with what the editor does on each. */
export function draftKeys(extra: Record<string, Command> = {}): Record<string, Command> {
  return {
    'Mod-z': undo,
    'Shift-Mod-z': redo,
    'Mod-y': redo,
    'Mod-b': toggleMark(schema.marks.strong),
    'Mod-i': toggleMark(schema.marks.em),
    Enter: chainCommands(outdentEmptySubitem, exitEmptyParty, splitKeepingKind),
    Tab: asUndoStep(indent),
    'Shift-Tab': asUndoStep(outdent),
    'Alt-ArrowUp': asUndoStep(withCause('move', moveParagraphUp)),
    'Alt-ArrowDown': asUndoStep(withCause('move', moveParagraphDown)),
    'Mod-Shift-e': toggleSuggesting,
    'Mod-Alt-]': goToSuggestion(1),
    'Mod-Alt-[': goToSuggestion(-1),
    'Mod-[': asUndoStep(bracketSelection),
    'Mod-Alt-h': asUndoStep(setBlockKind('heading')),
    'Mod-Alt-0': asUndoStep(setBlockKind('numbered')),
    'Mod-Alt-f': asUndoStep(insertFootnote),
    Backspace: asUndoStep(deleteEverything),
    Delete: asUndoStep(deleteEverything),
    ...extra,
  };
}

/**
 * The draft's keymap plugins: its own keys first, then ProseMirror's base keys (deleting,
 * joining, selecting all). `extra` adds bindings owned by the host (Mod-f opens the find bar).
 */
export function draftKeymap(extra: Record<string, Command> = {}): Plugin[] {
  return [keymap(draftKeys(extra)), keymap(baseKeymap)];
}
