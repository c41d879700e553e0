import { describe, expect, it } from 'vitest';
import type { EditorState } from 'prosemirror-state';
import { suggestChanges, suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import { DecorationSet } from 'prosemirror-view';
import { toggleSuggesting } from '../../../renderer/editor/review/suggesting';
import { editor } from './review-editor';

/** What the editor's copy of the library plugin draws, and what the library itself would. */
function drawn(state: EditorState): { ours: string[]; library: string[] } {
  const list = (set: unknown) => (set instanceof DecorationSet ? set.find().map((d) => `${d.from}-${d.to}`) : []);
  const ours = state.plugins.find((p) => (p as unknown as { key: string }).key === (suggestChangesKey as unknown as { key: string }).key);
  const library = suggestChanges();
  return { ours: list(ours?.props.decorations?.call(ours, state)), library: list(library.props.decorations?.call(library, state)) };
}

describe('suggestion decorations', () => {
  it('are those of the library, in a draft without suggestions and once it has some', () => {
    const e = editor('We agree to act.', 'We note the plan.');
    expect(drawn(e.state)).toEqual({ ours: [], library: [] });
    e.run(toggleSuggesting);
    e.type(e.find('agree'), 'fully ');
    // A whole paragraph deleted, and the join with the one before it: a node decoration and a pilcrow.
    const second = e.find('We note');
    e.remove(second - 2, second + 'We note the plan.'.length);
    const { ours, library } = drawn(e.state);
    expect(library.length).toBeGreaterThan(0);
    expect(ours).toEqual(library);
  });
});
