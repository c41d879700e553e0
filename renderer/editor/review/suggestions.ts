/**
 * The suggestions of a draft as the review list shows them, and the reviewer's decisions on
 * them. A suggestion is every stretch marked with one id: its kind, author, time and words.
 * Accepting or rejecting any number of them is one transaction, so one undo brings them back.
 */
import { applySuggestions, revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes';
import { closeHistory } from 'prosemirror-history';
import type { Mark, Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import type { Command } from 'prosemirror-state';
import { decodeSuggestionId } from '../../../shared/review/suggestion-id';
import type { SuggestionKind } from '../../../shared/review/model';
import { asReviewAction } from './suggesting';
import { decideInto } from './decide';

export interface DraftSuggestion {
  id: string | number;
  kind: SuggestionKind;
  author: string;
  color: string;
  date: string;
  /** The words inserted or deleted (a whole block's text when a block came or went). */
  text: string;
  from: number;
  to: number;
}

const KIND_OF_MARK: Record<string, SuggestionKind> = { insertion: 'insert', deletion: 'delete', modification: 'block-kind' };

function suggestionMark(marks: readonly Mark[]): Mark | undefined {
  return marks.find((m) => m.type.name in KIND_OF_MARK);
}

/** Every suggestion in document order; the stretches of one id are joined. */
export function listSuggestions(doc: Node): DraftSuggestion[] {
  const byId = new Map<string, DraftSuggestion>();
  const add = (mark: Mark, from: number, to: number, text: string) => {
    const key = `${mark.type.name}:${JSON.stringify(mark.attrs['id'])}`;
    const found = byId.get(key);
    if (found) {
      found.text += found.to === from ? text : ` ${text}`;
      found.to = Math.max(found.to, to);
      return;
    }
    const origin = decodeSuggestionId(mark.attrs['id']);
    const base = KIND_OF_MARK[mark.type.name] ?? 'insert';
    // A move reads as a deletion here and an insertion there; Concord's commands say which.
    const kind: SuggestionKind = origin.cause === 'move' ? (base === 'delete' ? 'move-from' : 'move-to') : origin.cause && base === 'insert' ? origin.cause : base;
    byId.set(key, { id: mark.attrs['id'] as string | number, kind, author: origin.author || 'Unknown author', color: origin.color, date: origin.date, text, from, to });
  };
  doc.descendants((node, pos) => {
    const blockMark = node.isBlock ? suggestionMark(node.marks) : undefined;
    if (blockMark) {
      add(blockMark, pos, pos + node.nodeSize, node.textContent);
      return false;
    }
    if (node.isInline) {
      const mark = suggestionMark(node.marks);
      if (mark) add(mark, pos, pos + node.nodeSize, node.isText ? (node.text ?? '').replace(/\u200b/g, '') : node.textContent);
    }
    return true;
  });
  return [...byId.values()].sort((a, b) => a.from - b.from);
}

/** Decides the suggestions with these ids in one walk of the document: one undo step for all. */
function decideAll(ids: readonly (string | number)[], accept: boolean): Command {
  return (state, dispatch) => {
    if (!ids.length) return false;
    if (!dispatch) return true;
    const chosen = new Set<unknown>(ids);
    const tr = state.tr;
    decideInto(tr, (id) => chosen.has(id), accept);
    // A decision is an undo step of its own, never merged with the typing before it.
    dispatch(closeHistory(asReviewAction(tr)).scrollIntoView());
    return true;
  };
}

const unique = (list: DraftSuggestion[]) => [...new Set(list.map((s) => s.id))];

/** Accept or reject one suggestion. */
export const decideSuggestion = (id: string | number, accept: boolean): Command => decideAll([id], accept);

/** Accept or reject every suggestion, in one pass over the document. */
export const decideEverySuggestion = (accept: boolean): Command => (state, dispatch) => {
  if (!listSuggestions(state.doc).length) return false;
  return (accept ? applySuggestions : revertSuggestions)(state, dispatch && ((tr) => dispatch(closeHistory(asReviewAction(tr)).scrollIntoView())));
};

/** Accept or reject every suggestion by one author. */
export const decideSuggestionsBy = (author: string, accept: boolean): Command => (state, dispatch) =>
  decideAll(unique(listSuggestions(state.doc).filter((s) => s.author === author)), accept)(state, dispatch);

/** Accept or reject the suggestions the selection touches. */
export const decideSuggestionsInSelection = (accept: boolean): Command => (state, dispatch) => {
  const { from, to } = state.selection;
  return decideAll(unique(listSuggestions(state.doc).filter((s) => s.to >= from && s.from <= to)), accept)(state, dispatch);
};

/** Moves the selection to the next (dir 1) or previous (-1) suggestion, wrapping around. */
export function goToSuggestion(dir: 1 | -1): Command {
  return (state, dispatch) => {
    const list = listSuggestions(state.doc);
    if (!list.length) return false;
    const at = state.selection.from;
    const target = dir === 1 ? (list.find((s) => s.from > at) ?? list[0]) : ([...list].reverse().find((s) => s.from < at) ?? list[list.length - 1]);
    if (!target) return false;
    const to = Math.min(target.to, state.doc.content.size);
    dispatch?.(state.tr.setSelection(TextSelection.between(state.doc.resolve(target.from), state.doc.resolve(to))).scrollIntoView());
    return true;
  };
}
