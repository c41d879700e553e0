/**
 * The suggestions and comments of the compared drafts, beside the comparison and marked as what
 * they are: marks the drafts carry (each by its author, with its time and paragraph), not
 * differences the comparison found. The texts compared are the drafts as they would read with
 * every suggestion accepted.
 */
import type { ReviewMarks } from '../editor/review/review-marks';
import { KIND_LABEL, when } from '../editor/review/labels';

function Side({ label, marks }: { label: string; marks: ReviewMarks }) {
  return (
    <details className="cmp-review-side" open={marks.suggestions.length + marks.comments.length <= 6}>
      <summary>
        {label}: {marks.suggestions.length} {marks.suggestions.length === 1 ? 'suggestion' : 'suggestions'}, {marks.comments.length} {marks.comments.length === 1 ? 'comment' : 'comments'}
      </summary>
      <ul className="cmp-review-list">
        {marks.suggestions.map((s, i) => (
          <li key={`s${i}`} className={`cmp-review-mark cmp-review-mark--${s.kind}`}>
            <span className="cmp-review-meta">
              <strong>Suggestion · {KIND_LABEL[s.kind]}</strong> · {s.author} · {when(s.date)} · {s.where}
            </span>
            <span className="cmp-review-words">{s.text}</span>
          </li>
        ))}
        {marks.comments.map((c, i) => (
          <li key={`c${i}`} className={`cmp-review-mark cmp-review-mark--comment${c.resolved ? ' cmp-review-mark--resolved' : ''}`}>
            <span className="cmp-review-meta">
              <strong>Comment</strong> · {c.author} · {when(c.date)} · {c.where}
              {c.resolved ? ' · resolved' : ''}
              {c.replies ? ` · ${c.replies} ${c.replies === 1 ? 'reply' : 'replies'}` : ''}
            </span>
            <span className="cmp-review-anchor">“{c.anchor}”</span>
            <span className="cmp-review-words">{c.text}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Both sides' marks; nothing when neither compared draft has any. */
export function ReviewMarksPanel({ sides }: { sides: { label: string; marks: ReviewMarks | null | undefined }[] }) {
  const shown = sides.filter((s): s is { label: string; marks: ReviewMarks } => !!s.marks);
  if (!shown.length) return null;
  return (
    <section className="cmp-review" aria-label="Suggestions and comments in the compared drafts">
      <h3 className="cmp-review-title">Suggestions and comments</h3>
      <p className="cmp-review-note">Marks the drafts carry, not differences: the texts are compared as they would read with every suggestion accepted.</p>
      {shown.map((s) => (
        <Side key={s.label} label={s.label} marks={s.marks} />
      ))}
    </section>
  );
}
