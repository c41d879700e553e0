import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { moveParagraphDown } from '../../../renderer/editor/commands';
import { addComment, deleteComment, listComments, replyToComment, setCommentResolved } from '../../../renderer/editor/review/comments';
import { toggleSuggesting, withCause } from '../../../renderer/editor/review/suggesting';
import { decideEverySuggestion, decideSuggestion, decideSuggestionsBy, decideSuggestionsInSelection, listSuggestions } from '../../../renderer/editor/review/suggestions';
import { blockLabels } from '../../../renderer/editor/numbering';
import { ySyncPluginKey } from 'y-prosemirror';
import { ana, ben, editor } from './review-editor';

describe('suggesting mode', () => {
  it('applies what arrives from the other people of a shared draft as it is, never as this author\'s suggestions', () => {
    const e = editor('We agree to meet in Geneva.');
    e.as(ana);
    e.run(toggleSuggesting);
    const at = e.find('Geneva');
    // What y-prosemirror dispatches for a remote change (or the shared undo).
    e.run((state, dispatch) => {
      dispatch?.(state.tr.insertText('New York or ', at).setMeta(ySyncPluginKey, { isChangeOrigin: true }));
      return true;
    });
    expect(listSuggestions(e.state.doc)).toEqual([]);
    expect(e.textOf(1)).toBe('We agree to meet in New York or Geneva.');
  });

  it('keeps insertions and deletions as suggestions by the current author, with the time', () => {
    const e = editor('We agree to meet in Geneva.');
    e.as(ana);
    e.run(toggleSuggesting);
    const at = e.find('Geneva');
    e.type(at, 'New York or ');
    e.remove(e.find('meet'), e.find('meet') + 5);
    const list = listSuggestions(e.state.doc);
    expect(list.map((s) => [s.kind, s.author, s.text])).toEqual([
      ['delete', 'Ana Ortiz', 'meet '],
      ['insert', 'Ana Ortiz', 'New York or '],
    ]);
    expect(Date.parse(list[0]?.date ?? '')).not.toBeNaN();
    // Deleted words stay in the text until the suggestion is decided.
    expect(e.textOf(1)).toBe('We agree to meet in New York or Geneva.');
  });

  it('accepts or rejects one, all, by author and in the selection, each one undo step', () => {
    const e = editor('We agree to meet in Geneva.', 'We call on all States.');
    e.run(toggleSuggesting);
    e.as(ana);
    e.type(e.find('Geneva'), 'New York or ');
    e.as(ben);
    e.type(e.find('all States') + 4, 'Member ');
    expect(listSuggestions(e.state.doc).map((s) => s.author)).toEqual(['Ana Ortiz', 'Ben Ngata']);

    e.run(decideSuggestionsBy('Ben Ngata', false));
    expect(e.textOf(2)).toBe('We call on all States.');
    e.run(undo);
    expect(e.textOf(2)).toBe('We call on all Member States.');

    e.run(decideEverySuggestion(true));
    expect([e.textOf(1), e.textOf(2)]).toEqual(['We agree to meet in New York or Geneva.', 'We call on all Member States.']);
    expect(listSuggestions(e.state.doc)).toEqual([]);
    e.run(undo);
    expect(listSuggestions(e.state.doc)).toHaveLength(2);

    const first = listSuggestions(e.state.doc)[0];
    if (!first) throw new Error('a suggestion');
    e.run(decideSuggestion(first.id, false));
    expect(e.textOf(1)).toBe('We agree to meet in Geneva.');

    e.select(e.find('Member'), e.find('Member') + 3);
    e.run(decideSuggestionsInSelection(true));
    expect(listSuggestions(e.state.doc)).toEqual([]);
    expect(e.textOf(2)).toBe('We call on all Member States.');
  });

  it('says a moved paragraph moved, and accepting the move gives the new order', () => {
    const e = editor('First.', 'Second.');
    e.as(ana);
    e.run(toggleSuggesting);
    e.select(e.find('First'), e.find('First'));
    e.run(withCause('move', moveParagraphDown));
    expect(listSuggestions(e.state.doc).map((s) => s.kind).sort()).toEqual(['move-from', 'move-to']);
    e.run(decideEverySuggestion(true));
    expect([e.textOf(1), e.textOf(2)]).toEqual(['Second.', 'First.']);
  });

  it('numbers the text as it reads with every suggestion accepted', () => {
    const e = editor('First.', 'Second.', 'Third.');
    e.run(toggleSuggesting);
    e.select(e.find('First'), e.find('First'));
    e.run(withCause('move', moveParagraphDown));
    const labels = blockLabels(e.state.doc).filter(Boolean);
    expect(labels).toEqual(['1.', '2.', '3.']);
  });

  it('edits directly again once suggesting is switched off', () => {
    const e = editor('Text.');
    e.run(toggleSuggesting);
    e.run(toggleSuggesting);
    e.type(e.find('Text'), 'Plain ');
    expect(listSuggestions(e.state.doc)).toEqual([]);
  });
});

describe('comments', () => {
  it('anchors a comment to the selected words, with replies, resolve and reopen', () => {
    const e = editor('We agree to meet in Geneva.');
    e.select(e.find('Geneva'), e.find('Geneva') + 6);
    e.run(addComment(ana, 'Or New York?', new Date('2026-03-02T09:30:00Z')));
    const [c] = listComments(e.state.doc);
    expect(c).toMatchObject({ author: 'Ana Ortiz', date: '2026-03-02T09:30:00.000Z', text: 'Or New York?', anchor: 'Geneva', orphaned: false });
    e.run(replyToComment(c?.id ?? '', ben, 'Geneva is agreed.'));
    e.run(setCommentResolved(c?.id ?? '', true));
    expect(listComments(e.state.doc)[0]).toMatchObject({ resolved: true, replies: [{ author: 'Ben Ngata', text: 'Geneva is agreed.' }] });
    e.run(setCommentResolved(c?.id ?? '', false));
    expect(listComments(e.state.doc)[0]?.resolved).toBe(false);
  });

  it('follows its words as text is typed before them, and keeps a comment whose words were deleted', () => {
    const e = editor('We agree to meet in Geneva.');
    e.select(e.find('Geneva'), e.find('Geneva') + 6);
    e.run(addComment(ana, 'Or New York?'));
    e.type(e.find('We'), 'Today ');
    expect(listComments(e.state.doc)[0]?.anchor).toBe('Geneva');
    e.remove(e.find('Geneva'), e.find('Geneva') + 6);
    expect(listComments(e.state.doc)[0]).toMatchObject({ orphaned: true, anchor: 'Geneva', text: 'Or New York?' });
  });

  it('lets only its author delete a comment, and undo brings it back', () => {
    const e = editor('We agree.');
    e.select(e.find('agree'), e.find('agree') + 5);
    e.run(addComment(ana, 'Agree to what?'));
    const id = listComments(e.state.doc)[0]?.id ?? '';
    e.run(deleteComment(id, ben));
    expect(listComments(e.state.doc)).toHaveLength(1);
    e.run(deleteComment(id, ana));
    expect(listComments(e.state.doc)).toHaveLength(0);
    e.run(undo);
    expect(listComments(e.state.doc)[0]?.anchor).toBe('agree');
  });

  it('comments while suggesting without turning the comment into a suggestion', () => {
    const e = editor('We agree.');
    e.run(toggleSuggesting);
    e.select(e.find('agree'), e.find('agree') + 5);
    e.run(addComment(ana, 'Agree to what?'));
    expect(listSuggestions(e.state.doc)).toEqual([]);
    expect(listComments(e.state.doc)).toHaveLength(1);
  });
});
