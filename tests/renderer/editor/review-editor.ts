/** A draft editor without a view for review tests, and two authors. */
import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { createDraftState } from '../../../renderer/editor/state';
import { asSuggestion, setReviewAuthor } from '../../../renderer/editor/review/suggesting';
import { doc, p, title, type Built } from './builder';

export const ana = { name: 'Ana Ortiz', color: '#1f6feb' };
export const ben = { name: 'Ben Ngata', color: '#c2410c' };

/** An editor without a view: every transaction goes through suggesting mode as the Editor's dispatch does. */
export function editor(...paragraphs: (string | Built)[]) {
  let state: EditorState = createDraftState(doc(title('Joint Statement'), ...paragraphs.map((t) => (typeof t === 'string' ? p(t) : t))).node);
  const dispatch = (tr: Transaction) => {
    state = state.apply(asSuggestion(state, tr));
  };
  const run = (command: Command) => command(state, dispatch);
  const textOf = (n: number) => state.doc.child(n).textContent;
  const find = (words: string) => {
    let at = -1;
    state.doc.descendants((node, pos) => {
      if (at < 0 && node.isText && node.text?.includes(words)) at = pos + (node.text.indexOf(words));
    });
    return at;
  };
  return {
    get state() {
      return state;
    },
    run,
    textOf,
    find,
    as: (author: typeof ana) => run(setReviewAuthor(author)),
    type: (at: number, text: string) => dispatch(state.tr.insertText(text, at)),
    remove: (from: number, to: number) => dispatch(state.tr.delete(from, to)),
    select: (from: number, to: number) => dispatch(state.tr.setSelection(TextSelection.create(state.doc, from, to))),
  };
}

