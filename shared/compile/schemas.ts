/**
 * The shapes of a compilation: the returns of one base text, each labelled with its delegation,
 * and the compiled text that holds every proposal beside the base wording with its proposers.
 * Zod schemas because returns and compilations cross the API and the CLI; types are inferred.
 */
import { z } from 'zod';
import { Declaration } from '../model';

/** A delegation's name as one string: "G77 and China" and "the European Union and its member States" stay whole. */
export const DelegationName = z
  .string()
  .trim()
  .min(1, 'Each return needs the name of the delegation that sent it.')
  .max(200, 'A delegation name is at most 200 characters.');

/** A comment a delegation made on its return, anchored to one of its paragraphs. */
export const ReturnComment = z.object({
  /** Index into the return's `paragraphs`. */
  paragraph: z.number().int().min(0),
  text: z.string().min(1).max(20_000),
});
export type ReturnComment = z.infer<typeof ReturnComment>;

/** One delegation's returned text, paragraph by paragraph (numbers left out, as blocks hold them). */
export const ReturnedText = z.object({
  delegation: DelegationName,
  paragraphs: z.array(z.string()),
  comments: z.array(ReturnComment).default([]),
});
export type ReturnedText = z.infer<typeof ReturnedText>;

export const CompileInput = z.object({
  /** The base text that went out, one string per paragraph. */
  base: z.array(z.string()),
  returns: z.array(ReturnedText).min(1, 'A compilation needs at least one return.'),
});
export type CompileInput = z.input<typeof CompileInput>;

/** One distinct wording proposed for a stretch, with every delegation that proposed it (in return order). */
export const Proposal = z.object({
  text: z.string(),
  delegations: z.array(DelegationName).min(1),
});
export type Proposal = z.infer<typeof Proposal>;

/** A stretch of a paragraph: agreed text, or the base wording with the proposals made for it. */
export const Segment = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  /** `base` is '' where the proposals insert words; a proposal's `text` is '' where it deletes them. */
  z.object({ kind: z.literal('choice'), base: z.string(), proposals: z.array(Proposal).min(1) }),
]);
export type Segment = z.infer<typeof Segment>;

/** A note made from a return's comment, attributed to its delegation. */
export const CompiledNote = z.object({ delegation: DelegationName, text: z.string() });
export type CompiledNote = z.infer<typeof CompiledNote>;

/** Where a compiled paragraph comes from. */
export const ParagraphOrigin = z.discriminatedUnion('kind', [
  /** A paragraph of the base (index into `base`). */
  z.object({ kind: z.literal('base'), index: z.number().int().min(0) }),
  /** A paragraph some delegations added. */
  z.object({ kind: z.literal('inserted') }),
  /** The place some delegations moved a base paragraph to (index of the base paragraph). */
  z.object({ kind: z.literal('moved'), from: z.number().int().min(0) }),
]);
export type ParagraphOrigin = z.infer<typeof ParagraphOrigin>;

export const CompiledParagraph = z.object({
  origin: ParagraphOrigin,
  /** For base paragraphs: the text with word-level choices. For inserted and moved ones: one plain text segment. */
  segments: z.array(Segment),
  /** Inserted or moved paragraphs: who put them here. */
  proposedBy: z.array(DelegationName).default([]),
  /** Base paragraphs: who proposed to delete the whole paragraph. */
  deletedBy: z.array(DelegationName).default([]),
  /** Base paragraphs: who proposed to move it elsewhere (the moved copy names it in `origin`). */
  movedBy: z.array(DelegationName).default([]),
  notes: z.array(CompiledNote).default([]),
});
export type CompiledParagraph = z.infer<typeof CompiledParagraph>;

export const Compilation = z.object({
  /** Every delegation, in the order of the returns. */
  delegations: z.array(DelegationName),
  paragraphs: z.array(CompiledParagraph),
  /** Set when the time budget stopped the search for edited or moved paragraphs in some return. */
  notice: z.string().optional(),
});
export type Compilation = z.infer<typeof Compilation>;

/** What the compile channel gives back: the compilation, as data and as a declaration to open as a draft. */
export const CompileResult = z.object({
  compilation: Compilation,
  /** The compiled text, its blocks carrying who proposed each alternative (Block.attributions). */
  declaration: Declaration,
  /** Which delegation each return was read as, in order (a Word file with several authors gives several). */
  returns: z.array(z.object({ file: z.string(), delegation: DelegationName })),
});
export type CompileResult = z.infer<typeof CompileResult>;

/** What a returned file holds, before it is compiled: the Compile dialog prefills labels from it. */
export const ReturnInfo = z.object({
  /** Authors of its tracked changes; empty where it has none (the label is then required). */
  authors: z.array(z.string()),
  paragraphs: z.number().int().min(0),
});
export type ReturnInfo = z.infer<typeof ReturnInfo>;
