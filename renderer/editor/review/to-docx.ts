/**
 * A draft's document, with its suggestions and comments, as the reviewed document the Word
 * export puts on the normal Word export (shared/review/docx-marks.ts): each block a paragraph, each suggestion a tracked
 * change with its author and time, each comment thread a comment with its replies.
 */
import type { Mark, Node } from 'prosemirror-model';
import type { ChangeMark, DocxComment, ReviewedDocx, ReviewParagraph, ReviewRun } from '../../../shared/review/model';
import { decodeSuggestionId } from '../../../shared/review/suggestion-id';
import { schema } from '../schema';
import { commentThreads } from './comments';

const STYLE: Record<string, string> = { title: 'Title' };

function styleOf(block: Node): string | null {
  if (block.type === schema.nodes.heading) return `Heading${Math.min(3, Number(block.attrs['level']) || 1)}`;
  return STYLE[block.type.name] ?? null;
}

function changeOf(mark: Mark | undefined): ChangeMark | null {
  if (!mark) return null;
  const origin = decodeSuggestionId(mark.attrs['id']);
  const base = mark.type === schema.marks.insertion ? 'insert' : mark.type === schema.marks.deletion ? 'delete' : null;
  if (!base) return null;
  const kind = origin.cause === 'move' ? (base === 'insert' ? 'move-to' : 'move-from') : base;
  return { id: JSON.stringify(mark.attrs['id']), kind, author: origin.author || 'Unknown author', date: origin.date || null };
}

const trackedMark = (marks: readonly Mark[]) => marks.find((m) => m.type === schema.marks.insertion || m.type === schema.marks.deletion);

function paragraphOf(block: Node): ReviewParagraph {
  const blockChange = changeOf(trackedMark(block.marks));
  const runs: ReviewRun[] = [];
  block.forEach((child) => {
    const text = child.isText ? (child.text ?? '').replace(/\u200b/g, '') : child.type === schema.nodes.hard_break ? '\n' : child.textContent;
    if (!text) return;
    const comments = child.marks.filter((m) => m.type === schema.marks.comment).map((m) => String(m.attrs['id']));
    runs.push({ text, change: blockChange ?? changeOf(trackedMark(child.marks)), format: null, comments });
  });
  const modification = block.marks.find((m) => m.type === schema.marks.modification);
  const origin = modification ? decodeSuggestionId(modification.attrs['id']) : null;
  const before = modification?.attrs['type'] === 'nodeType' ? String(modification.attrs['previousValue']) : null;
  return {
    runs,
    style: styleOf(block),
    // A block suggested in or out as a whole takes its paragraph break with it.
    mark: blockChange,
    props: modification && origin ? { id: JSON.stringify(modification.attrs['id']), kind: 'block-kind', author: origin.author, date: origin.date || null, detail: (before && STYLE[before]) ?? (before === 'heading' ? 'Heading1' : 'Normal') } : null,
    pointComments: [],
  };
}

/** The draft as a reviewed document, ready for the Word writer. */
export function reviewedDocxOf(doc: Node): ReviewedDocx {
  const paragraphs: ReviewParagraph[] = [];
  doc.forEach((block) => {
    if (block.type === schema.nodes.parties) block.forEach((party) => paragraphs.push(paragraphOf(party)));
    else paragraphs.push(paragraphOf(block));
  });
  const comments: DocxComment[] = commentThreads(doc).flatMap((t) => [
    { id: t.id, author: t.author, date: t.date, text: t.text, resolved: t.resolved, ...(t.initials ? { initials: t.initials } : {}) },
    ...t.replies.map((r) => ({ id: r.id, author: r.author, date: r.date, text: r.text, parentId: t.id, resolved: false })),
  ]);
  return { paragraphs, comments, people: [] };
}

/** Whether the draft has anything a reviewer would see in Word: a suggestion or a comment. */
export function hasReviewContent(doc: Node): boolean {
  if (commentThreads(doc).length) return true;
  let found = false;
  doc.descendants((node) => {
    if (found) return false;
    if (node.marks.some((m) => m.type === schema.marks.insertion || m.type === schema.marks.deletion || m.type === schema.marks.modification)) found = true;
    return !found;
  });
  return found;
}
