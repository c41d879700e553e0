/**
 * Comments of a draft: each thread lives in the doc's `comments` attribute (so it is saved,
 * versioned and undone with the text) and the words it is about carry a `comment` mark with its
 * id, so the anchor follows every edit. A thread whose words are all gone is orphaned, and kept.
 */
import { closeHistory } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import type { ReviewComment } from '../../../shared/review/model';
import type { Author } from '../../../shared/settings/schemas';
import { schema } from '../schema';
import { asReviewAction } from './suggesting';

export interface DraftComment extends ReviewComment {
  /** Where the anchored words are now; null when they were deleted (orphaned). */
  from: number | null;
  to: number | null;
}

export function commentThreads(doc: Node): ReviewComment[] {
  return (doc.attrs['comments'] as ReviewComment[] | undefined) ?? [];
}

/** Every thread with where its words are now, in document order; orphans last. */
export function listComments(doc: Node): DraftComment[] {
  const ranges = new Map<string, { from: number; to: number; text: string }>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type !== schema.marks.comment) continue;
      const id = String(mark.attrs['id']);
      const r = ranges.get(id);
      if (r) {
        r.text += r.to === pos ? node.text : ` ${node.text ?? ''}`;
        r.to = pos + node.nodeSize;
      } else ranges.set(id, { from: pos, to: pos + node.nodeSize, text: node.text ?? '' });
    }
    return true;
  });
  return commentThreads(doc)
    .map((c) => {
      const r = ranges.get(c.id);
      return { ...c, anchor: r?.text ?? c.anchor, orphaned: !r, from: r?.from ?? null, to: r?.to ?? null };
    })
    .sort((a, b) => (a.from ?? Infinity) - (b.from ?? Infinity));
}

function setThreads(state: EditorState, threads: ReviewComment[]) {
  return closeHistory(asReviewAction(state.tr.setDocAttribute('comments', threads)));
}

/** Comments the selected words (Ctrl+Alt+M). */
export function addComment(author: Author, text: string, now = new Date()): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty || !text.trim()) return false;
    if (dispatch) {
      const id = `c${now.getTime().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
      const thread: ReviewComment = { id, author: author.name, date: now.toISOString(), text: text.trim(), anchor: state.doc.textBetween(from, to, ' '), resolved: false, orphaned: false, replies: [] };
      const tr = setThreads(state, [...commentThreads(state.doc), thread]).addMark(from, to, schema.marks.comment.create({ id }));
      dispatch(tr);
    }
    return true;
  };
}

function updateThread(id: string, change: (thread: ReviewComment) => ReviewComment | null): Command {
  return (state, dispatch) => {
    const threads = commentThreads(state.doc);
    const found = threads.find((t) => t.id === id);
    if (!found) return false;
    const next = change(found);
    if (dispatch) {
      let tr = setThreads(state, next ? threads.map((t) => (t.id === id ? next : t)) : threads.filter((t) => t.id !== id));
      if (!next) tr = tr.removeMark(0, tr.doc.content.size, schema.marks.comment.create({ id }));
      dispatch(tr);
    }
    return true;
  };
}

export const replyToComment = (id: string, author: Author, text: string, now = new Date()): Command =>
  updateThread(id, (t) => ({ ...t, replies: [...t.replies, { id: `${id}-r${t.replies.length + 1}`, author: author.name, date: now.toISOString(), text: text.trim() }] }));

export const setCommentResolved = (id: string, resolved: boolean): Command => updateThread(id, (t) => ({ ...t, resolved }));

/** Edits the text of a comment or of one reply (`replyId`); only its author may. */
export const editComment = (id: string, author: Author, text: string, replyId?: string): Command =>
  updateThread(id, (t) => {
    if (replyId) return { ...t, replies: t.replies.map((r) => (r.id === replyId && r.author === author.name ? { ...r, text: text.trim() } : r)) };
    return t.author === author.name ? { ...t, text: text.trim() } : t;
  });

/** Deletes a thread, or one reply (`replyId`); only its author may. */
export const deleteComment = (id: string, author: Author, replyId?: string): Command =>
  updateThread(id, (t) => {
    if (replyId) return { ...t, replies: t.replies.filter((r) => !(r.id === replyId && r.author === author.name)) };
    return t.author === author.name ? null : t;
  });
