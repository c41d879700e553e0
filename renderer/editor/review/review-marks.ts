/**
 * The suggestions and comments a draft carries, as a comparison lists them beside its texts:
 * each with its kind, author, time, words and the paragraph it stands in (by the draft's own
 * numbers). A comparison compares the text as it would read with every suggestion accepted;
 * these are shown apart, as marks of the draft, never as differences found.
 */
import type { Node } from 'prosemirror-model';
import type { SuggestionKind } from '../../../shared/review/model';
import { blockLabels } from '../numbering';
import { listComments } from './comments';
import { listSuggestions } from './suggestions';

export interface MarkedSuggestion {
  kind: SuggestionKind;
  author: string;
  date: string;
  text: string;
  /** "para 3", or the kind of block ("title") where it has no number. */
  where: string;
}

export interface MarkedComment {
  author: string;
  date: string;
  text: string;
  anchor: string;
  replies: number;
  resolved: boolean;
  where: string;
}

/** The review marks of one compared draft. */
export interface ReviewMarks {
  suggestions: MarkedSuggestion[];
  comments: MarkedComment[];
}

/** The marks of `doc`, in document order; null when it has none. */
export function reviewMarksOf(doc: Node): ReviewMarks | null {
  const suggestions = listSuggestions(doc);
  const comments = listComments(doc);
  if (!suggestions.length && !comments.length) return null;
  const labels = blockLabels(doc);
  const where = (pos: number | null) => {
    if (pos === null) return 'words deleted';
    const index = doc.resolve(Math.min(pos, doc.content.size)).index(0);
    const label = labels[index];
    return label ? `para ${label.replace(/\.$/, '')}` : (doc.maybeChild(index)?.type.name ?? '');
  };
  return {
    suggestions: suggestions.map((s) => ({ kind: s.kind, author: s.author, date: s.date, text: s.text, where: where(s.from) })),
    comments: comments.map((c) => ({ author: c.author, date: c.date ?? '', text: c.text, anchor: c.anchor, replies: c.replies.length, resolved: c.resolved, where: where(c.from) })),
  };
}
