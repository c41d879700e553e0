/**
 * The data every part of Concord shares: a read declaration and its blocks, the import report,
 * clauses of the library, drafts and their versions. Each shape is a zod schema so that it can
 * be validated wherever it crosses a boundary (IPC, HTTP, files on disk); the TypeScript types
 * are inferred from the schemas.
 */
import { z } from 'zod';
import { DraftSharing } from './collab/schemas';

/** A span of text, as UTF-16 offsets [start, end) into the text named by the field's owner. */
export const Span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof Span>;

/** How a paragraph or heading was numbered in its source. */
export const NumberStyle = z.enum([
  'decimal', //          1.   2.
  'decimal-paren', //    1)   (1)
  'multilevel', //       1.1  2.3.1
  'alpha-paren', //      (a)  a)
  'alpha-dot', //        a.   A.
  'roman', //            i.   (iv)  II.
  'ordinal-word', //     First,  Secondly,
  'article', //          Article 1
  'bullet', //           -  •  *
]);
export type NumberStyle = z.infer<typeof NumberStyle>;

/** The number a block carried in its source, kept exactly as written. */
export const BlockNumber = z.object({
  /** Exactly as written, without surrounding whitespace: "1.", "(a)", "First,", "II.". */
  raw: z.string(),
  style: NumberStyle,
  /** Position in its sequence (1 for "1.", "(a)", "First,", "I."), 0 where it has none. */
  value: z.number().int().min(0),
  /** True where the text follows with no space ("1.Explore"). */
  glued: z.boolean().default(false),
});
export type BlockNumber = z.infer<typeof BlockNumber>;

export const BlockKind = z.enum([
  'title',
  'meta', //       subtitle, place, date line under the title
  'preamble', //   paragraphs before the operative part ("Recalling ...", "We, the ministers ...")
  'heading', //    section heading: "I. Guideline", "Towards a Health Silk Road"
  'paragraph', //  operative paragraph, numbered or not
  'subitem', //    "(a) ..." under a paragraph
  'footnote', //   "* The following countries ...", linked to its anchor
  'parties', //    list of parties (countries, organisations)
  'signature', //  signature block: signatory, place, closing date
]);
export type BlockKind = z.infer<typeof BlockKind>;

/** Inline emphasis the source gave part of a block's text: *italic*, **bold**, a link. */
export const InlineMarkType = z.enum(['italic', 'bold', 'link']);
export type InlineMarkType = z.infer<typeof InlineMarkType>;

/** One inline mark, as UTF-16 offsets [from, to) into its block's `text`. */
export const InlineMark = z
  .object({
    from: z.number().int().min(0),
    to: z.number().int().min(0),
    type: InlineMarkType,
    /** For a link: where it points, as written in the source. */
    href: z.string().optional(),
  })
  .refine((m) => m.to > m.from, { message: 'An inline mark must cover at least one character (to > from).' });
export type InlineMark = z.infer<typeof InlineMark>;

/**
 * Who proposed an alternative, kept as data beside the text rather than written into it: offsets
 * [from, to) into a block's text covering the alternative, "[" and "]" included. A compilation
 * stores its proposers this way so that attributing never edits the paragraph; exports write them
 * as "[EU, Japan: ...]".
 */
export const AttributionRange = z
  .object({
    from: z.number().int().min(0),
    to: z.number().int().min(0),
    /** Delegation names, each one whole ("G77 and China"). */
    parties: z.array(z.string().min(1).max(200)).min(1),
  })
  .refine((a) => a.to > a.from, { message: 'An attribution must cover at least one character (to > from).' });
export type AttributionRange = z.infer<typeof AttributionRange>;

/** One structural unit of a declaration. */
export const Block = z.object({
  /** Stable within its declaration: "b1", "b2", ... in document order. */
  id: z.string(),
  kind: BlockKind,
  /** The block's text, without its number or footnote marker. */
  text: z.string(),
  number: BlockNumber.optional(),
  /** Heading level, or a sub-item's depth counting its paragraph as 1 ("(a)" is 2, "(i)" under it 3). */
  level: z.number().int().min(1).default(1),
  /** Where the whole block (number included) stands in the cleaned text. */
  span: Span,
  /** For a footnote: its marker ("*", "**", "[1]"); for a block citing one: the markers it cites. */
  marker: z.string().optional(),
  cites: z.array(z.string()).default([]),
  /** For a footnote: the id of the block holding its anchor. */
  anchorBlockId: z.string().optional(),
  /** For a footnote: where its mark stands in the anchor's `text` (a draft knows it exactly). */
  anchorAt: z.number().int().min(0).optional(),
  /** For parties blocks and footnotes listing signatories: the names, as data. */
  parties: z.array(z.string()).default([]),
  /** Emphasis and links inside `text`, in order; absent where the text has none (and in older data). */
  marks: z.array(InlineMark).optional(),
  /** Who proposed the bracketed alternatives in `text` (a compilation's attributions); absent where none. */
  attributions: z.array(AttributionRange).optional(),
});
export type Block = z.infer<typeof Block>;

/**
 * A fact about the document rather than its text: where it was published, its UN symbol, its
 * session or agenda item, a subtitle. Compared as "document details", never as paragraphs.
 */
export const DocumentDetail = z.object({
  /** What the value is, in words a reader knows: "Source", "Symbol", "Agenda item". */
  name: z.string().min(1),
  value: z.string(),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

/** A change the reader made to the text, listed so that nothing happens silently. */
export const Repair = z.object({
  /** Offsets into the decoded text, before repair. */
  span: Span,
  from: z.string(),
  to: z.string(),
  reason: z.string(),
});
export type Repair = z.infer<typeof Repair>;

/** Text the cleaner removed (navigation, breadcrumbs, "top of page"...). */
export const Removal = z.object({
  /** Offsets into the repaired text, before cleaning. */
  span: Span,
  text: z.string(),
  reason: z.string(),
  /**
   * Set when the text was moved rather than dropped (footnotes at the foot of a PDF page): the
   * offset in the cleaned text where `text` now stands, whole.
   */
  movedTo: z.number().int().min(0).optional(),
});
export type Removal = z.infer<typeof Removal>;

export const WarningKind = z.enum([
  'numbering-gap',
  'numbering-restart',
  'glued-number',
  'missing-space',
  'doubled-word',
  'unbalanced-quote',
  'unbalanced-bracket',
  /** The text stops mid-word or mid-sentence: an excerpt or a cut file. */
  'truncated',
  'other',
]);
export type WarningKind = z.infer<typeof WarningKind>;

/** Something that looks wrong in the text; reported, never changed. */
export const TextWarning = z.object({
  kind: WarningKind,
  /** Offsets into the cleaned text. */
  span: Span,
  message: z.string(),
  suggestion: z.string().optional(),
  blockId: z.string().optional(),
});
export type TextWarning = z.infer<typeof TextWarning>;

export const ImportReport = z.object({
  /** The encoding the bytes were read as: "utf-8", "utf-16le", "windows-1252"... */
  encoding: z.string(),
  bom: z.boolean(),
  repairs: z.array(Repair),
  removals: z.array(Removal),
  warnings: z.array(TextWarning),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** A declaration read into structure. */
export const Declaration = z.object({
  /** Stable id: the template id, or a hash of the source bytes for imports. */
  id: z.string(),
  title: z.string(),
  /** ISO date (yyyy-mm-dd) where the text gives one. */
  date: z.string().optional(),
  place: z.string().optional(),
  /** Metadata read from front matter, a UN header or the lines under the title, in reading order. */
  details: z.array(DocumentDetail).optional(),
  /** Every party named in the text (from footnotes, lists, signature). */
  parties: z.array(z.string()).default([]),
  /** The cleaned text that block spans point into. */
  text: z.string(),
  blocks: z.array(Block),
  source: z.object({
    /** File name or template name as the user knows it. */
    name: z.string(),
    /** sha-256 hex of the source bytes. */
    hash: z.string(),
  }),
});
export type Declaration = z.infer<typeof Declaration>;

/** Where a piece of text came from: kept on clauses and on drafted paragraphs. */
export const Provenance = z.object({
  /** Declaration id of the source. */
  source: z.string(),
  /** Human name of the source, shown in the gutter ("Joint Statement ... 2020"). */
  sourceTitle: z.string().default(''),
  blockId: z.string(),
  /** Hash of the source block's text, to tell verbatim from edited. */
  hash: z.string(),
  /** The source block's text, so the edit diff can be shown offline. */
  text: z.string(),
});
export type Provenance = z.infer<typeof Provenance>;

/** A ProseMirror document as JSON: validated for shape here, for schema in the renderer. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}
export const DocNode: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocNode).optional(),
    text: z.string().optional(),
    marks: z
      .array(z.object({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
  }),
);

/** A named state of a draft ("Zero draft", "Rev. 1"). */
export const Version = z.object({
  id: z.string(),
  name: z.string().min(1),
  createdAt: z.string(),
  doc: DocNode,
});
export type Version = z.infer<typeof Version>;

/**
 * Version of the `.concord` format. 2: blocks of the saved Declaration may carry inline marks and
 * the document may hold link marks. 3: "keep source numbering" lives in the document only (its
 * `keepSourceNumbering` attribute). shared/draft-file.ts migrates older versions.
 */
export const DRAFT_SCHEMA_VERSION = 4;

/** The native `.concord` file. */
export const Draft = z.object({
  format: z.literal('concord'),
  schemaVersion: z.number().int().min(1),
  id: z.string(),
  /** What names the draft (file, Drafts list, window, exports): its title line, until the user renames it. */
  title: z.string(),
  /** The user gave the draft a name of its own (Rename): the title line no longer names it. */
  named: z.boolean().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The template or file the draft started from. */
  basedOn: z.object({ id: z.string(), title: z.string() }).optional(),
  doc: DocNode,
  versions: z.array(Version).default([]),
  /**
   * The document as a Declaration, written at each save by the app, so that tools without the
   * editor (the CLI's export, future library indexing of drafts) can read a draft.
   */
  declaration: Declaration.optional(),
  /** Set once the draft is shared live: the server and document its edits go to. */
  sharing: DraftSharing.optional(),
});
export type Draft = z.infer<typeof Draft>;

/** Where a clause was found. */
export const ClauseSource = z.object({
  declarationId: z.string(),
  title: z.string(),
  blockId: z.string(),
  heading: z.string().optional(),
  date: z.string().optional(),
  parties: z.array(z.string()).default([]),
});
export type ClauseSource = z.infer<typeof ClauseSource>;

/** A reusable piece of agreed language: a paragraph or a sentence, with every source it appears in. */
export const Clause = z.object({
  id: z.string(),
  grain: z.enum(['paragraph', 'sentence']),
  text: z.string(),
  sources: z.array(ClauseSource).min(1),
});
export type Clause = z.infer<typeof Clause>;
