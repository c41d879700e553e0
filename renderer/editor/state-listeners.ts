/**
 * Lets a panel beside the editor follow its state without the host re-rendering on every
 * keystroke: the Editor announces each new state, a panel subscribes with the view it was given.
 */
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

type Listener = (state: EditorState) => void;
const listeners = new WeakMap<EditorView, Set<Listener>>();

/** Calls `fn` with every new state of `view`; returns the unsubscribe function. */
export function watchEditorState(view: EditorView, fn: Listener): () => void {
  let set = listeners.get(view);
  if (!set) listeners.set(view, (set = new Set()));
  set.add(fn);
  return () => set.delete(fn);
}

/** Announces a new state of `view` (the Editor calls this after each transaction). */
export function announceEditorState(view: EditorView, state: EditorState): void {
  listeners.get(view)?.forEach((fn) => fn(state));
}
