/**
 * The shapes of a comparison: what goes in (two sides of paragraphs and the ignore switches)
 * and what comes out (rows in document order with word operations, a summary, a notice).
 * Zod schemas, because a Comparison is an API response and a CompareRequest an API request.
 */
import { z } from 'zod';
import { BlockKind, DocumentDetail, InlineMark, Span } from '../model';
import { BracketChange, BracketChangeCounts } from '../negotiation/schemas';

/** Word-level differences of one pair of texts, as offsets into the two texts themselves. */
export const WordDiff = z.object({
  ops: z.array(z.object({ kind: z.enum(['equal', 'insert', 'delete']), text: z.string(), a: Span.optional(), b: Span.optional() })),
  /** Words inserted and deleted (punctuation not counted). */
  inserted: z.number().int(),
  deleted: z.number().int(),
});
export type WordDiff = z.infer<typeof WordDiff>;

/** One paragraph-level unit to compare; `number` is kept apart so renumbering can be ignored. */
export const CompareParagraph = z.object({
  id: z.string().min(1, 'Every paragraph needs an id (the block id, or "p1", "p2" ...).'),
  text: z.string(),
  number: z.string().optional(),
  /** Where it stands, as a reader cites it: "OP 3", "Art. 4.2", "preamble 2" (see places.ts). */
  place: z.string().optional(),
  /** What the block is (heading, preamble, parties...) and its level, so a redline can keep the styles. */
  kind: BlockKind.optional(),
  level: z.number().int().min(1).optional(),
  /** A footnote's mark ("*", "[2]"), as its anchor in the text cites it. */
  marker: z.string().optional(),
  /** Emphasis and links inside `text` (offsets into it), so a change of emphasis alone is seen. */
  marks: z.array(InlineMark).optional(),
});
export type CompareParagraph = z.infer<typeof CompareParagraph>;

/** One side of a comparison: a declaration, a draft version or a plain text, as paragraphs. */
export const CompareSide = z.object({
  title: z.string(),
  paragraphs: z.array(CompareParagraph),
  /** Facts about the document (source, dates, header lines), compared apart from its paragraphs. */
  details: z.array(DocumentDetail).optional(),
});
export type CompareSide = z.infer<typeof CompareSide>;

/** The differences a reviewer can choose not to see; each one a switch. */
export const IgnoreOptions = z.object({
  /** Paragraph numbers and leading list markers ("12.", "(b)", "IV."). */
  numbering: z.boolean().default(false),
  case: z.boolean().default(false),
  punctuation: z.boolean().default(false),
  whitespace: z.boolean().default(false),
  /** Curly vs straight quotes, and hyphen vs en/em dash. */
  quotes: z.boolean().default(false),
  /** Italic, bold and links: a paragraph whose words are the same but not their emphasis. */
  emphasis: z.boolean().default(false),
});
export type IgnoreOptions = z.infer<typeof IgnoreOptions>;

/** The switch names as a user types them on the command line (`--ignore numbering,case`). */
export const IGNORE_NAMES = ['numbering', 'case', 'punctuation', 'whitespace', 'quotes', 'emphasis'] as const;

export const CompareOptions = z.object({
  ignore: IgnoreOptions.default({ numbering: false, case: false, punctuation: false, whitespace: false, quotes: false, emphasis: false }),
  /** Past this many milliseconds the comparison stays at paragraph level and says so. */
  budgetMs: z.number().positive('The time budget must be a positive number of milliseconds.').optional(),
});
export type CompareOptions = z.input<typeof CompareOptions>;

/** A stretch of one paragraph: index into that side's paragraphs, UTF-16 offsets into its text. */
export const ParagraphSpan = z.object({
  p: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type ParagraphSpan = z.infer<typeof ParagraphSpan>;

/**
 * One word-level operation. `text` is the real text shown in the redline: the new text for
 * equal and inserted stretches, the old text for deleted ones. `a` / `b` locate it in the
 * original paragraphs (an equal stretch has both).
 */
export const WordOp = z.object({
  kind: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
  a: ParagraphSpan.optional(),
  b: ParagraphSpan.optional(),
});
export type WordOp = z.infer<typeof WordOp>;

export const RowKind = z.enum(['equal', 'changed', 'inserted', 'deleted', 'moved', 'moved-changed', 'split', 'merged']);
export type RowKind = z.infer<typeof RowKind>;

/**
 * One line of the comparison. A move appears twice: where the paragraph left (`move.end`
 * "from", its text all deleted) and where it arrived ("to", with its word changes); `move.peer`
 * is the index of the other row.
 */
export const Row = z.object({
  kind: RowKind,
  /** Indices into the old side's paragraphs (two or more for a merge). */
  a: z.array(z.number().int().min(0)),
  /** Indices into the new side's paragraphs (two or more for a split). */
  b: z.array(z.number().int().min(0)),
  aIds: z.array(z.string()),
  bIds: z.array(z.string()),
  ops: z.array(WordOp),
  /** The paragraph numbers on each side; `changed` when they differ and numbering counts. */
  number: z.object({ a: z.string().optional(), b: z.string().optional(), changed: z.boolean() }).optional(),
  move: z.object({ id: z.number().int().min(1), end: z.enum(['from', 'to']), peer: z.number().int().min(0) }).optional(),
  /** Where the row stands on each side, by the document's own numbers ("OP 3", "Art. 4.2 (a)"). */
  where: z.object({ a: z.string().optional(), b: z.string().optional() }).default({}),
  /**
   * Negotiation texts: the brackets this row resolved, opened or reshaped, in the new text's
   * order. Absent when nothing in brackets changed. A choice among "Option" paragraphs is
   * listed once, on the row where the kept option stands.
   */
  brackets: z.array(BracketChange).optional(),
  /**
   * Present when bracket changes account for every word inserted and deleted in the row (its
   * own, or for a dropped option paragraph, its neighbour's): show `summary` ("kept “shall”,
   * dropped “should”") and the new text instead of the word operations, which `ops` still holds.
   */
  resolution: z.object({ summary: z.string() }).optional(),
  /** Set on a row whose words are unchanged but whose emphasis (italic, bold, links) changed. */
  emphasis: z.literal(true).optional(),
});
export type Row = z.infer<typeof Row>;

/** One entry of the change list, in document order, short enough for a sidebar. */
export const ChangeEntry = z.object({
  row: z.number().int().min(0),
  kind: RowKind,
  /** "OP 4 → OP 6", "new Art. 4.2", "preamble 3", as a reader cites it. */
  where: z.string(),
  excerpt: z.string(),
  wordsInserted: z.number().int().min(0),
  wordsDeleted: z.number().int().min(0),
  /** The row's bracket summary when brackets explain it; `excerpt` then repeats it. */
  resolution: z.string().optional(),
});
export type ChangeEntry = z.infer<typeof ChangeEntry>;

export const Summary = z.object({
  paragraphs: z.object({
    equal: z.number().int().min(0),
    changed: z.number().int().min(0),
    inserted: z.number().int().min(0),
    deleted: z.number().int().min(0),
    /** Moves counted once each, with or without changes. */
    moved: z.number().int().min(0),
    movedChanged: z.number().int().min(0),
    split: z.number().int().min(0),
    merged: z.number().int().min(0),
  }),
  words: z.object({ inserted: z.number().int().min(0), deleted: z.number().int().min(0) }),
  /** Absent when no bracket was opened, closed or reshaped. */
  brackets: BracketChangeCounts.optional(),
  changes: z.array(ChangeEntry),
});
export type Summary = z.infer<typeof Summary>;

/** One document detail that differs between the sides; a side without it has no value. */
export const DetailChange = z.object({ name: z.string(), a: z.string().optional(), b: z.string().optional() });
export type DetailChange = z.infer<typeof DetailChange>;

export const Comparison = z.object({
  a: z.object({ title: z.string(), paragraphs: z.number().int().min(0) }),
  b: z.object({ title: z.string(), paragraphs: z.number().int().min(0) }),
  ignore: IgnoreOptions,
  rows: z.array(Row),
  summary: Summary,
  /** Why the result is coarser than usual (time budget reached), for the user to read. */
  notice: z.string().optional(),
  /** The document details that differ ("document details changed"), never paragraph changes. */
  details: z.array(DetailChange).optional(),
  elapsedMs: z.number().min(0),
});
export type Comparison = z.infer<typeof Comparison>;
