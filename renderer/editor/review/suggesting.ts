/**
 * Suggesting mode: while it is on, every change the editor would make is turned into a
 * suggestion by the current author (insertions marked, deletions kept and struck through,
 * a change of block kind recorded as a modification), by @handlewithcare/prosemirror-suggest-changes.
 * Bold and italic apply directly, untracked.
 * The author and the time go into each suggestion's id (shared/review/suggestion-id.ts).
 *
 * The Editor's dispatch calls `asSuggestion` on every transaction; commands tag what they are
 * (`withCause`) so the review list can say "moved" or "library clause" rather than "inserted".
 */
import { isSuggestChangesEnabled, suggestChanges, suggestChangesKey, transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { Plugin, PluginKey } from 'prosemirror-state';
import { AddMarkStep, RemoveMarkStep } from 'prosemirror-transform';
import { ySyncPluginKey } from 'y-prosemirror';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { DecorationSet } from 'prosemirror-view';
import { forEachBlockOf, touchedBlocks } from '../touched';
import type { BlockRange } from '../touched';
import type { Author } from '../../../shared/settings/schemas';
import { encodeSuggestionId, type SuggestionCause } from '../../../shared/review/suggestion-id';

/** Who is writing: set by the host from settings. */
export const reviewAuthorKey = new PluginKey<Author | null>('reviewAuthor');

const CAUSE = 'concord:suggestion-cause';

/** Whether the document holds any suggestion, kept per transaction from the blocks it touched. */
const suggestedKey = new PluginKey<boolean>('suggested');

function hasSuggestions(doc: Node, from = 0, to = doc.content.size): boolean {
  const { insertion, deletion } = doc.type.schema.marks;
  return (!!insertion && doc.rangeHasMark(from, to, insertion)) || (!!deletion && doc.rangeHasMark(from, to, deletion));
}

/** Whether a block holds a suggestion, in its text or as a mark of its own (an inserted paragraph). */
function blockHasSuggestions(block: Node): boolean {
  const { insertion, deletion } = block.type.schema.marks;
  return [insertion, deletion].some((type) => type?.isInSet(block.marks) !== undefined) || hasSuggestions(block);
}

/** Whether `test` holds for a block of `range`, asked of the blocks themselves: asking the document walks its top level from the start. */
function someBlockOf(doc: Node, range: BlockRange, test: (block: Node) => boolean): boolean {
  let found = false;
  forEachBlockOf(doc, range, (block) => (found ||= test(block)));
  return found;
}

const suggested = new Plugin<boolean>({
  key: suggestedKey,
  state: {
    init: (_, state) => hasSuggestions(state.doc),
    apply: (tr, had) => {
      if (!tr.docChanged) return had;
      // Without suggestions before, only the blocks the transaction touched can have one now.
      if (!had) return touchedBlocks(tr).some((range) => someBlockOf(tr.doc, range, blockHasSuggestions));
      return hasSuggestions(tr.doc);
    },
  },
});

/**
 * The library's plugin, its decorations asked for only while the document holds suggestions:
 * the library walks the whole document for them on every update, a keystroke's worth of time
 * on a long draft that has none.
 */
function suggestChangesPlugin(): Plugin {
  const library = suggestChanges();
  const decorations = library.spec.props?.decorations;
  if (!decorations) return library;
  return new Plugin({
    ...library.spec,
    props: { ...library.spec.props, decorations: (state) => (suggestedKey.getState(state) ? decorations.call(library, state) : DecorationSet.empty) },
  });
}

/** The plugins of suggesting mode: the library's mode switch and our author. */
export function suggesting(): Plugin[] {
  return [
    suggested,
    suggestChangesPlugin(),
    new Plugin<Author | null>({
      key: reviewAuthorKey,
      state: {
        init: () => null,
        apply: (tr, author) => (tr.getMeta(reviewAuthorKey) as Author | undefined) ?? author,
      },
    }),
  ];
}

export const isSuggesting = isSuggestChangesEnabled;

/** Turns suggesting mode on or off (Ctrl+Shift+E). Not a change of the document, so not undone. */
export const toggleSuggesting: Command = (state, dispatch) => {
  dispatch?.(state.tr.setMeta(suggestChangesKey, { enabled: !isSuggesting(state), skip: true }).setMeta('addToHistory', false));
  return true;
};

/** Sets the author suggestions are made by. */
export function setReviewAuthor(author: Author): Command {
  return (state, dispatch) => {
    dispatch?.(state.tr.setMeta(reviewAuthorKey, author).setMeta(suggestChangesKey, { skip: true }).setMeta('addToHistory', false));
    return true;
  };
}

/** `command`, its suggestions labelled with what made them. */
export function withCause(cause: SuggestionCause, command: Command): Command {
  return (state, dispatch, view) => command(state, dispatch && ((tr) => dispatch(tr.setMeta(CAUSE, cause))), view);
}

/** A transaction that is review bookkeeping (accepting, commenting), applied as it is even while suggesting. */
export function asReviewAction(tr: Transaction): Transaction {
  return tr.setMeta(suggestChangesKey, { skip: true });
}

let counter = 0;

/** The transaction the editor applies: in suggesting mode, `tr` turned into suggestions. */
export function asSuggestion(state: EditorState, tr: Transaction, now: () => Date = () => new Date()): Transaction {
  if (!tr.docChanged || !isSuggesting(state) || tr.getMeta('history$') || 'skip' in ((tr.getMeta(suggestChangesKey) as object | undefined) ?? {})) return tr;
  // In a shared draft, what arrives from the others (and the shared undo) is already their
  // edit or suggestion: tracking it again would strike the whole text through as ours.
  if (tr.getMeta(ySyncPluginKey) !== undefined) return tr;
  const author = reviewAuthorKey.getState(state);
  // A bracket resolution writes its record into the doc's negotiation log along with the text.
  const resolves = tr.doc.attrs['negotiation'] !== state.doc.attrs['negotiation'];
  const cause = (tr.getMeta(CAUSE) as SuggestionCause | undefined) ?? (resolves ? 'bracket-resolution' : '');
  const origin = { author: author?.name ?? 'Unknown author', color: author?.color ?? '#6b7280', date: now().toISOString(), cause };
  // Bold and italic are not tracked: Concord's suggestions are about words, and the library's
  // mark tracking fails on some of this schema's documents.
  if (tr.steps.every((step) => step instanceof AddMarkStep || step instanceof RemoveMarkStep)) return tr;
  try {
    return transformToSuggestionTransaction(tr, state, () => encodeSuggestionId(origin, ++counter));
  } catch (error) {
    // An edit the library cannot express as a suggestion is not made, rather than made untracked.
    console.warn('Concord: this edit cannot be kept as a suggestion, so it was not made.', error);
    return state.tr;
  }
}
