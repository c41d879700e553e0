/**
 * The review panel beside a draft: its suggestions in document order (author, time, words) with
 * accept and reject for one, all, one author's or the selection's, next / previous; and its
 * comment threads beside them, with replies, resolve / reopen, edit and delete for their author.
 * It reads the editor's last snapshot; every action is an editor command, so undo takes it back.
 *
 *   <ReviewPanel state={snapshot.state} run={editor.run} author={author} ensureAuthor={ensure} onJump={(f, t) => ...} />
 */
import { useState } from 'react';
import type { Command } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import type { Author } from '../../../shared/settings/schemas';
import { KIND_LABEL, when } from './labels';
import { deleteComment, editComment, listComments, replyToComment, setCommentResolved, type DraftComment } from './comments';
import { decideEverySuggestion, decideSuggestion, decideSuggestionsBy, decideSuggestionsInSelection, goToSuggestion, listSuggestions } from './suggestions';
import './review.css';


export interface ReviewPanelProps {
  /** The editor's state as of its last snapshot (null while it mounts). */
  state: EditorState | null;
  /** Runs a command in the editor. */
  run(command: Command): boolean;
  author: Author | null;
  /** The current author, asking for a name first when there is none. */
  ensureAuthor(): Promise<Author | null>;
  onJump(from: number, to: number): void;
}


function CommentThread({ thread, author, run, ensureAuthor, onJump }: { thread: DraftComment; author: Author | null; run(c: Command): void; ensureAuthor(): Promise<Author | null>; onJump(from: number, to: number): void }) {
  const [reply, setReply] = useState('');
  const [editing, setEditing] = useState<{ replyId?: string; text: string } | null>(null);
  const mine = (name: string) => author?.name === name;
  const saveEdit = () => {
    if (editing && author) run(editComment(thread.id, author, editing.text, editing.replyId));
    setEditing(null);
  };
  const entry = (who: string, date: string | null, text: string, replyId?: string) => (
    <div className="cn-comment-entry" key={replyId ?? 'root'}>
      <div className="cn-review-meta">
        <strong>{who}</strong> <span>{when(date)}</span>
      </div>
      {editing && editing.replyId === replyId ? (
        <span className="cn-comment-edit">
          <textarea aria-label="Edit comment" value={editing.text} onChange={(e) => setEditing({ ...editing, text: e.target.value })} />
          <button type="button" onClick={saveEdit}>Save</button>
          <button type="button" onClick={() => setEditing(null)}>Cancel</button>
        </span>
      ) : (
        <p className="cn-comment-text">{text}</p>
      )}
      {mine(who) && !editing && (
        <span className="cn-review-actions">
          <button type="button" className="link" onClick={() => setEditing({ replyId, text })}>Edit</button>
          <button type="button" className="link" onClick={() => author && run(deleteComment(thread.id, author, replyId))}>Delete</button>
        </span>
      )}
    </div>
  );
  return (
    <li className={`cn-comment-thread${thread.resolved ? ' cn-comment-thread--resolved' : ''}${thread.orphaned ? ' cn-comment-thread--orphaned' : ''}`} data-comment={thread.id}>
      <button type="button" className="cn-comment-anchor" disabled={thread.from === null} onClick={() => thread.from !== null && thread.to !== null && onJump(thread.from, thread.to)}>
        {thread.orphaned ? 'Orphaned: its words were deleted · ' : ''}“{thread.anchor}”
      </button>
      {entry(thread.author, thread.date, thread.text)}
      {thread.replies.map((r) => entry(r.author, r.date, r.text, r.id))}
      <form
        className="cn-comment-reply"
        onSubmit={(e) => {
          e.preventDefault();
          const text = reply.trim();
          if (!text) return;
          void ensureAuthor().then((who) => {
            if (!who) return;
            run(replyToComment(thread.id, who, text));
            setReply('');
          });
        }}
      >
        <input aria-label="Reply" placeholder="Reply…" value={reply} onChange={(e) => setReply(e.target.value)} />
        <button type="button" className="link" onClick={() => run(setCommentResolved(thread.id, !thread.resolved))}>
          {thread.resolved ? 'Reopen' : 'Resolve'}
        </button>
      </form>
    </li>
  );
}

/** The review panel. */
export function ReviewPanel({ state, run: runInEditor, author, ensureAuthor, onJump }: ReviewPanelProps) {
  const [byAuthor, setByAuthor] = useState('');
  if (!state) return <section className="cn-review" aria-label="Review" />;
  const run = (command: Command) => void runInEditor(command);
  const suggestions = listSuggestions(state.doc);
  const comments = listComments(state.doc);
  const authors = [...new Set(suggestions.map((s) => s.author))];
  const chosen = authors.includes(byAuthor) ? byAuthor : (authors[0] ?? '');
  return (
    <section className="cn-review" aria-label="Review">
      <h2 className="cn-review-title">
        Suggestions <span className="cn-checks-count">{suggestions.length}</span>
      </h2>
      <div className="cn-review-bar">
        <button type="button" onClick={() => run(goToSuggestion(-1))} disabled={!suggestions.length} title="Previous suggestion (Ctrl+Alt+[)">‹ Previous</button>
        <button type="button" onClick={() => run(goToSuggestion(1))} disabled={!suggestions.length} title="Next suggestion (Ctrl+Alt+])">Next ›</button>
        <button type="button" onClick={() => run(decideEverySuggestion(true))} disabled={!suggestions.length}>Accept all</button>
        <button type="button" onClick={() => run(decideEverySuggestion(false))} disabled={!suggestions.length}>Reject all</button>
        <button type="button" onClick={() => run(decideSuggestionsInSelection(true))} disabled={!suggestions.length} title="Accept the suggestions the selection touches">Accept in selection</button>
        <button type="button" onClick={() => run(decideSuggestionsInSelection(false))} disabled={!suggestions.length}>Reject in selection</button>
      </div>
      {authors.length > 0 && (
        <div className="cn-review-bar">
          <select aria-label="Author" value={chosen} onChange={(e) => setByAuthor(e.target.value)}>
            {authors.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
          <button type="button" onClick={() => run(decideSuggestionsBy(chosen, true))}>Accept theirs</button>
          <button type="button" onClick={() => run(decideSuggestionsBy(chosen, false))}>Reject theirs</button>
        </div>
      )}
      {suggestions.length === 0 ? (
        <p className="cn-checks-empty">No suggestions. Switch to Suggesting (Ctrl+Shift+E) to propose changes under your name.</p>
      ) : (
        <ul className="cn-review-list">
          {suggestions.map((s) => (
            <li key={`${s.kind}:${String(s.id)}`} className={`cn-suggestion cn-suggestion--${s.kind}`} style={{ borderLeftColor: s.color }}>
              <button type="button" className="cn-suggestion-jump" onClick={() => onJump(s.from, s.to)}>
                <span className="cn-review-meta">
                  <strong>{KIND_LABEL[s.kind]}</strong> · {s.author} · {when(s.date)}
                </span>
                <span className="cn-suggestion-words">{s.text || '¶'}</span>
              </button>
              <span className="cn-review-actions">
                <button type="button" aria-label={`Accept: ${s.text}`} onClick={() => run(decideSuggestion(s.id, true))}>Accept</button>
                <button type="button" aria-label={`Reject: ${s.text}`} onClick={() => run(decideSuggestion(s.id, false))}>Reject</button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <h2 className="cn-review-title">
        Comments <span className="cn-checks-count">{comments.length}</span>
      </h2>
      {comments.length === 0 ? (
        <p className="cn-checks-empty">No comments. Select words and press Ctrl+Alt+M to comment.</p>
      ) : (
        <ul className="cn-review-list">
          {comments.map((c) => (
            <CommentThread key={c.id} thread={c} author={author} run={run} ensureAuthor={ensureAuthor} onJump={onJump} />
          ))}
        </ul>
      )}
    </section>
  );
}
