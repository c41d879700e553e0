/**
 * A Word file's paragraphs with their tracked changes and comments (shared/review/docx-review.ts)
 * as a draft's document: each tracked change a suggestion under its author and date, ready to
 * accept or reject; each comment thread a comment anchored to its words.
 */
import type { DocNode } from '../../../shared/model';
import type { ChangeMark, ReviewComment, ReviewedDocx, ReviewParagraph } from '../../../shared/review/model';
import { reviewSummary } from '../../../shared/review/summary';
import { encodeSuggestionId } from '../../../shared/review/suggestion-id';
import { AUTHOR_COLORS } from '../../../shared/settings/schemas';

type MarkJSON = NonNullable<DocNode['marks']>[number];

/** One colour per author, in order of appearance. */
function colours(doc: ReviewedDocx): (author: string) => string {
  const order = reviewSummary(doc).authors;
  return (author) => AUTHOR_COLORS[Math.max(0, order.indexOf(author)) % AUTHOR_COLORS.length] ?? AUTHOR_COLORS[0];
}

function blockType(p: ReviewParagraph): { type: string; attrs?: Record<string, unknown> } {
  const style = (p.style ?? '').toLowerCase();
  if (style === 'title') return { type: 'title' };
  const heading = /^heading(\d)$/.exec(style);
  if (heading) return { type: 'heading', attrs: { level: Number(heading[1]) } };
  return { type: 'paragraph' };
}

/** The draft document of a reviewed Word file. */
export function docFromReview(review: ReviewedDocx): DocNode {
  const colour = colours(review);
  let n = 0;
  const ids = new Map<string, string>();
  const suggestionMark = (change: ChangeMark | null): MarkJSON[] => {
    if (!change || change.kind === 'format' || change.kind === 'block-kind') return [];
    const key = `${change.kind}:${change.id}`;
    let id = ids.get(key);
    if (!id) {
      const cause = change.kind === 'move-from' || change.kind === 'move-to' ? 'move' : '';
      id = encodeSuggestionId({ author: change.author, color: colour(change.author), date: change.date ?? '', cause }, ++n);
      ids.set(key, id);
    }
    return [{ type: change.kind === 'insert' || change.kind === 'move-to' ? 'insertion' : 'deletion', attrs: { id } }];
  };
  const known = new Set(review.comments.map((c) => c.id));
  const content: DocNode[] = review.paragraphs.map((p) => {
    const { type, attrs } = blockType(p);
    // A paragraph that came or went whole is one block suggestion, as the editor makes them.
    const whole = p.mark && p.runs.length > 0 && p.runs.every((r) => r.change?.kind === p.mark?.kind) ? p.mark : null;
    const inline = p.runs
      .filter((r) => r.text)
      .map((r): DocNode => {
        const marks = [...(whole ? [] : suggestionMark(r.change)), ...r.comments.filter((id) => known.has(id)).map((id) => ({ type: 'comment', attrs: { id } }))];
        return { type: 'text', text: r.text.replace(/[\t\n]/g, ' '), ...(marks.length ? { marks } : {}) };
      });
    const blockMarks = whole ? suggestionMark(whole) : [];
    return { type, ...(attrs ? { attrs } : {}), ...(inline.length ? { content: inline } : {}), ...(blockMarks.length ? { marks: blockMarks } : {}) };
  });
  const threads: ReviewComment[] = reviewSummary(review).comments;
  return { type: 'doc', attrs: { comments: threads }, content: content.length ? content : [{ type: 'paragraph' }] };
}
