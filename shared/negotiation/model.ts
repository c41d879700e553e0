/**
 * The shapes of negotiation mode: a bracket (one open decision point, with its alternatives and
 * who proposed them), how it was resolved, the log of resolutions, and what a parse of a text
 * yields. Zod schemas, because brackets cross the API and are saved with drafts.
 */
import { z } from 'zod';
import { Span } from '../model';

/** Who proposed an alternative, and where the text said so. */
export const Attribution = z.object({
  /** The words as written: "proposed by the Group of 77", "EU", "US proposal". */
  text: z.string(),
  /**
   * prefix: "[EU: ...]"; inside: "[... (US proposal)]"; after: "[...] [proposed by G77]" or
   * "[...] (US proposal)"; footnote: "[...][3]" with footnote 3 naming the party; marker:
   * "Option 2 (EU):"; data: stored beside the text (a compilation's proposers), not written in it,
   * with `span` the alternative it is on.
   */
  source: z.enum(['prefix', 'inside', 'after', 'footnote', 'marker', 'data']),
  /** Where the attribution stands in the text (for a footnote: the reference, not the note). */
  span: Span,
});
export type Attribution = z.infer<typeof Attribution>;

/** One of the competing texts of a bracket; a lone bracket has exactly one. */
export const Alternative = z.object({
  /** The text that stays if this alternative is chosen (nested brackets included, raw). */
  text: z.string(),
  /** Delegations that proposed or support it, as named in the text or the draft's party list. */
  parties: z.array(z.string()).default([]),
  note: z.string().optional(),
  /** Where the notes on it stand ("[Note: ...]" after the bracket), so exports can lift them out. */
  noteSpans: z.array(Span).optional(),
  /** The whole alternative: "[" to "]" inclusive, or the option paragraph(s). */
  span: Span,
  /** The part of `span` that `text` was read from. */
  body: Span,
  /** For an option block: its marker as written ("Option 2:", "Alt."). */
  marker: z.string().optional(),
  attribution: Attribution.optional(),
});
export type Alternative = z.infer<typeof Alternative>;

/** How a bracket was closed: one alternative chosen, its text kept unbracketed, or all of it deleted. */
export const Resolution = z.object({
  kind: z.enum(['chose', 'kept', 'deleted']),
  /** Index of the chosen alternative, for "chose" (and 0 for "kept"). */
  alternative: z.number().int().min(0).optional(),
  /** ISO date-time. */
  at: z.string().min(1, 'A resolution needs the time it was made (an ISO date-time).'),
  /** Who resolved it: the user, a delegation or "plenary". */
  by: z.string().min(1, 'A resolution needs to say who made it.'),
});
export type Resolution = z.infer<typeof Resolution>;

/**
 * One decision point: a lone bracket "[X]", a set of adjacent alternatives "[X][Y]", or a run of
 * "Option 1: / Option 2:" paragraphs.
 */
export const Bracket = z.object({
  /** "k1", "k2" ... in document order within one parse; the editor keeps its own ids stable. */
  id: z.string().min(1),
  kind: z.enum(['inline', 'options']),
  alternatives: z.array(Alternative).min(1, 'A bracket has at least one alternative.'),
  /** From the first "[" (or option paragraph) to the last "]" or attribution that belongs to it. */
  span: Span,
  /** Index of the paragraph (non-empty line) the bracket opens in. */
  paragraphIndex: z.number().int().min(0),
  /** Heading of the section it stands in, where the text has headings. */
  section: z.string().optional(),
  /** 0 for a bracket no other bracket encloses. */
  depth: z.number().int().min(0),
  parentId: z.string().optional(),
  /** True when the bracket holds its whole paragraph (number and final punctuation aside). */
  wholeParagraph: z.boolean().default(false),
  createdAt: z.string().optional(),
  status: z.enum(['open', 'resolved']),
  resolution: Resolution.optional(),
});
export type Bracket = z.infer<typeof Bracket>;

/** Square brackets that are not negotiation brackets: kept as they are, never counted as open. */
export const EditorialKind = z.enum(['footnote-ref', 'sic', 'ellipsis', 'emphasis', 'note', 'attribution']);
export type EditorialKind = z.infer<typeof EditorialKind>;

export const Editorial = z.object({
  kind: EditorialKind,
  span: Span,
  text: z.string(),
});
export type Editorial = z.infer<typeof Editorial>;

/**
 * A bracket that does not pair up, or brackets nested deeper than any negotiation nests them
 * (read as text from there on); reported with its place, never repaired by guessing.
 */
export const BracketProblem = z.object({
  kind: z.enum(['unclosed', 'unopened', 'too-deep']),
  /** Offset of the lone "[" or "]" (for 'too-deep': of the first "[" past the limit). */
  at: z.number().int().min(0),
  /** 1-based, for people. */
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  message: z.string(),
});
export type BracketProblem = z.infer<typeof BracketProblem>;

/** A paragraph of the parsed text: one non-empty line. */
export const ParagraphInfo = z.object({
  index: z.number().int().min(0),
  span: Span,
  heading: z.boolean(),
  section: z.string().optional(),
});
export type ParagraphInfo = z.infer<typeof ParagraphInfo>;

/** What parseBrackets finds in a text. */
export const BracketParse = z.object({
  paragraphs: z.array(ParagraphInfo),
  /** Every open bracket, outer before inner, in document order. */
  brackets: z.array(Bracket),
  editorial: z.array(Editorial),
  problems: z.array(BracketProblem),
});
export type BracketParse = z.infer<typeof BracketParse>;

/** The exact text edit a resolution made, so it can be undone. */
export const TextEdit = z.object({
  at: z.number().int().min(0),
  removed: z.string(),
  inserted: z.string(),
});
export type TextEdit = z.infer<typeof TextEdit>;

/** A resolution as recorded in the log: the bracket as it stood, the decision and the edit. */
export const ResolutionRecord = z.object({
  bracket: Bracket,
  resolution: Resolution,
  edit: TextEdit,
});
export type ResolutionRecord = z.infer<typeof ResolutionRecord>;

/**
 * A party of the draft: the one name attributions use ("Guyana", "G77 and China"), its formal
 * name for a parties or signature block, the other spellings it is written with, and the groups
 * it belongs to.
 */
export const Delegation = z.object({
  name: z.string().trim().min(1, 'A delegation needs a name.').max(200, 'A delegation name is at most 200 characters.'),
  formal: z.string().max(300, 'A formal name is at most 300 characters.').optional(),
  /** A negotiating group (G77 and China, AOSIS) rather than one State or organisation. */
  group: z.boolean().optional(),
  aliases: z.array(z.string().min(1).max(200)).max(50).default([]),
  /** Names of the groups it belongs to. */
  groups: z.array(z.string().min(1).max(200)).max(50).default([]),
});
export type Delegation = z.infer<typeof Delegation>;

export const NEGOTIATION_SCHEMA_VERSION = 1;

/** The negotiation log of a draft: its parties and every resolution, oldest first. */
export const Negotiation = z.object({
  schemaVersion: z.literal(NEGOTIATION_SCHEMA_VERSION),
  /** The draft's list of delegations and groups, offered when attributing an alternative. */
  parties: z.array(z.string()).default([]),
  records: z.array(ResolutionRecord).default([]),
  /** The Delegations panel's list: formal names, groups; absent from drafts made before it. */
  delegations: z.array(Delegation).max(500, 'A draft lists at most 500 delegations.').default([]),
});
export type Negotiation = z.infer<typeof Negotiation>;
