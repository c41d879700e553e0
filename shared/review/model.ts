/**
 * Suggestions (tracked changes) and comments as data, the same shape whether they came from a
 * Word file, were made in Concord's Suggesting mode, or go out to Word. Who and when travel with
 * every mark, so a reviewer can accept or reject by author.
 */
import { z } from 'zod';

/**
 * What a suggestion does. `insert`/`delete` are text; `move-from`/`move-to` the two ends of a
 * moved passage; `format` a change of character formatting; `block-kind` a change of the
 * paragraph's kind or style; the last two are Concord's own (a library clause put in, a
 * bracket resolved), which read as insertions and deletions in Word.
 */
export const SuggestionKind = z.enum(['insert', 'delete', 'move-from', 'move-to', 'format', 'block-kind', 'library-insert', 'bracket-resolution']);
export type SuggestionKind = z.infer<typeof SuggestionKind>;

/** An ISO 8601 time, or null when the file does not say (Word may leave w:date out). */
export const ReviewDate = z.string().max(40).nullable();

export const Suggestion = z.object({
  id: z.string().min(1).max(200),
  kind: SuggestionKind,
  author: z.string().max(200),
  date: ReviewDate,
  /** The words inserted, deleted or moved (for `format` and `block-kind`: the words affected). */
  text: z.string(),
  /** For `block-kind` and `format`: what it was before ("Heading 2", "bold off"). */
  detail: z.string().max(500).optional(),
  /** Index of the paragraph where the suggestion starts, counting every paragraph with marks shown. */
  paragraph: z.number().int().min(0),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const CommentReply = z.object({
  id: z.string().min(1).max(200),
  author: z.string().max(200),
  date: ReviewDate,
  text: z.string().max(100_000),
});
export type CommentReply = z.infer<typeof CommentReply>;

export const ReviewComment = CommentReply.extend({
  initials: z.string().max(20).optional(),
  /** The words the comment is anchored to, as they read with marks shown. */
  anchor: z.string(),
  resolved: z.boolean().default(false),
  /** The anchored words were deleted: the comment is kept, with the words it had. */
  orphaned: z.boolean().default(false),
  replies: z.array(CommentReply).default([]),
});
export type ReviewComment = z.infer<typeof ReviewComment>;

/** The review marks of one document: what `import FILE.docx --json` lists. */
export const ReviewSummary = z.object({
  suggestions: z.array(Suggestion),
  comments: z.array(ReviewComment),
  /** Everyone who made a suggestion or comment, in order of first appearance. */
  authors: z.array(z.string()),
});
export type ReviewSummary = z.infer<typeof ReviewSummary>;

/** The kinds of tracked change a Word file holds. */
export const ChangeKind = z.enum(['insert', 'delete', 'move-from', 'move-to', 'format', 'block-kind']);
export type ChangeKind = z.infer<typeof ChangeKind>;

/** One tracked change as Word stores it: its w:id, who and when. */
export const ChangeMark = z.object({
  id: z.string().max(200),
  kind: ChangeKind,
  author: z.string().max(200),
  date: ReviewDate,
  /** For format and block-kind changes: what it was before. */
  detail: z.string().max(500).optional(),
});
export type ChangeMark = z.infer<typeof ChangeMark>;

export const ReviewRun = z.object({
  text: z.string(),
  /** The insertion, deletion or move the run is part of. */
  change: ChangeMark.nullable(),
  /** A change of the run's formatting (independent of `change`). */
  format: ChangeMark.nullable(),
  /** Ids of the comments whose range covers the run. */
  comments: z.array(z.string().max(200)),
});
export type ReviewRun = z.infer<typeof ReviewRun>;

export const ReviewParagraph = z.object({
  runs: z.array(ReviewRun),
  /** The paragraph style's id ("Heading1"), when it has one. */
  style: z.string().max(200).nullable(),
  /** The paragraph break after this paragraph was inserted or deleted. */
  mark: ChangeMark.nullable(),
  /** The paragraph's properties (its style: the kind of block) were changed. */
  props: ChangeMark.nullable(),
  /** Comments anchored at a point in this paragraph (no range). */
  pointComments: z.array(z.string().max(200)),
});
export type ReviewParagraph = z.infer<typeof ReviewParagraph>;

/** A comment as comments.xml holds it, with its thread parent from commentsExtended.xml. */
export const DocxComment = CommentReply.extend({
  initials: z.string().max(20).optional(),
  /** The comment this one answers (Word's replies), by id. */
  parentId: z.string().max(200).optional(),
  resolved: z.boolean(),
});
export type DocxComment = z.infer<typeof DocxComment>;

/** A Word document's text with its review marks, paragraph by paragraph, and its comments. */
export const ReviewedDocx = z.object({
  paragraphs: z.array(ReviewParagraph),
  comments: z.array(DocxComment),
  /** Authors people.xml lists. */
  people: z.array(z.string().max(200)),
});
export type ReviewedDocx = z.infer<typeof ReviewedDocx>;
