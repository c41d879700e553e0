/**
 * Negotiation mode's part of the API contract: request and response schemas for the
 * `negotiation.*` channels, ready for shared/api.ts to spread into its channel list. Both shells
 * validate every request against these before a handler sees it.
 */
import { z } from 'zod';
import { Declaration, Span } from '../model';
import { ExportedFile } from '../formats/schemas';
import { Bracket, BracketParse, BracketProblem, Negotiation } from './model';

const MAX_TEXT = 50 * 1024 * 1024;
const MAX_VERSIONS = 200;
const MAX_PARTIES = 500;

/** A draft's text, at most 50 MB. */
export const NegotiationText = z.string().max(MAX_TEXT, 'The text is larger than 50 MB; Concord reads negotiation texts up to 50 MB. Split it and try again.');

/** The draft's list of delegations and groups, as the parser should spell them. */
export const PartyList = z
  .array(z.string().min(1, 'A party name cannot be empty.').max(200, 'A party name is at most 200 characters.'))
  .max(MAX_PARTIES, `A draft lists at most ${MAX_PARTIES} parties.`);

/** One version of a draft, oldest first in a list. */
export const NegotiationVersion = z.object({
  name: z.string().min(1, 'Every version needs a name ("Zero draft", "Rev.1" ...).').max(300),
  /** ISO date; orders the "open since" dates. Empty when unknown. */
  createdAt: z.string().max(40).default(''),
  text: NegotiationText,
});

export type NegotiationVersion = z.infer<typeof NegotiationVersion>;

const Versions = z.array(NegotiationVersion).max(MAX_VERSIONS, `At most ${MAX_VERSIONS} versions can be charted at once; pick the ones to compare.`);

/** What to export: a plain negotiation text or a read declaration. */
export const NegotiationSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: NegotiationText, title: z.string().max(500).optional() }),
  z.object({ kind: z.literal('declaration'), declaration: Declaration }),
]);
export type NegotiationSource = z.infer<typeof NegotiationSource>;

/** The figures for one stretch of text. */
export const BracketCounts = z.object({
  /** Decision points still open: a lone bracket, a set of alternatives, an option set. */
  open: z.number().int().min(0),
  /** Competing texts across those decision points (a lone bracket counts one). */
  alternatives: z.number().int().min(0),
  /** Open brackets inside another bracket. */
  nested: z.number().int().min(0),
  optionSets: z.number().int().min(0),
  /** Open brackets no alternative of which names a party. */
  unattributed: z.number().int().min(0),
  /** "[" or "]" that do not pair up. */
  unbalanced: z.number().int().min(0),
});
export type BracketCounts = z.infer<typeof BracketCounts>;

export const BracketTally = z.object({
  total: BracketCounts,
  /** Only paragraphs with something open or unbalanced, in document order. */
  paragraphs: z.array(z.object({ index: z.number().int().min(0), counts: BracketCounts })),
  /** Every section in document order; `section` is absent for text before the first heading. */
  sections: z.array(z.object({ section: z.string().optional(), counts: BracketCounts })),
  /** Open brackets per delegation, most first; a bracket counts once per party named on it. */
  parties: z.array(z.object({ party: z.string(), open: z.number().int().min(0), alternatives: z.number().int().min(0) })),
});
export type BracketTally = z.infer<typeof BracketTally>;

/** An open bracket as an export report lists it. */
export const OpenItem = z.object({
  id: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  span: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }),
  /** The bracket as written, shortened for a list. */
  excerpt: z.string(),
  alternatives: z.number().int().min(1),
  parties: z.array(z.string()),
  section: z.string().optional(),
});
export type OpenItem = z.infer<typeof OpenItem>;

export const CleanResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), text: z.string(), open: z.array(OpenItem) }),
  z.object({ ok: z.literal(false), message: z.string(), open: z.array(OpenItem), problems: z.array(BracketProblem) }),
]);
export type CleanResult = z.infer<typeof CleanResult>;

export const CleanMode = z.enum(['refuse', 'keep-visible'], { error: 'The clean-text mode is "refuse" or "keep-visible".' });
export type CleanMode = z.infer<typeof CleanMode>;

export const BracketChangeKind = z.enum(['chose', 'kept', 'deleted', 'replaced', 'opened', 'changed']);
export type BracketChangeKind = z.infer<typeof BracketChangeKind>;

/** One bracket-level change between two versions. */
export const BracketChange = z.object({
  kind: BracketChangeKind,
  /** The bracket in the old text (absent for "opened"). */
  before: z.object({ id: z.string(), span: Span }).optional(),
  /** The bracket in the new text, or for a closed one the text that now stands in its place. */
  after: z.object({ id: z.string().optional(), span: Span }),
  /** The alternatives' texts: the old bracket's, or the new one's for "opened". */
  alternatives: z.array(z.string()),
  /** For "chose" and "kept": the index of the alternative that stayed. */
  chosen: z.number().int().min(0).optional(),
  /** For "replaced": the new wording; for "changed": the alternatives added. */
  text: z.string().optional(),
  dropped: z.array(z.string()).default([]),
  added: z.array(z.string()).default([]),
  parties: z.array(z.string()),
  /** One line a reader understands: "kept “shall”, dropped “should”". */
  summary: z.string(),
});
export type BracketChange = z.infer<typeof BracketChange>;

/** Brackets opened, closed (chosen, kept, deleted, replaced) and reshaped between two versions. */
export const BracketChangeCounts = z.object({ opened: z.number().int().min(0), closed: z.number().int().min(0), changed: z.number().int().min(0) });
export type BracketChangeCounts = z.infer<typeof BracketChangeCounts>;

export const ParseRequest = z.object({
  text: NegotiationText,
  parties: PartyList.optional(),
  /** Earlier versions, oldest first, to date the brackets still open ("open since Rev.1"). */
  history: Versions.optional(),
  /** How many of the longest-open brackets to list; 10 when absent. */
  oldest: z.number().int().min(0).max(1000).optional(),
});

export const ParseResponse = z.object({
  parse: BracketParse,
  tally: BracketTally,
  /** The longest-open brackets, oldest first; undated (no history given) in text order. */
  oldest: z.array(Bracket),
});

export const CleanRequest = z.object({ text: NegotiationText, mode: CleanMode, parties: PartyList.optional() });

export const ExportRequest = z.object({
  source: NegotiationSource,
  format: z.enum(['clean-txt', 'bracketed-docx', 'json'], { error: 'The negotiation export format is "clean-txt", "bracketed-docx" or "json".' }),
  parties: PartyList.optional(),
  /** For clean-txt: refuse while brackets are open (the default), or keep them visible. */
  mode: CleanMode.default('refuse'),
  /** For json: the draft's resolution log, listed as "resolved". */
  log: Negotiation.optional(),
  /** For bracketed-docx: the name on the comments holding the notes. */
  author: z.string().max(200).optional(),
  paper: z.enum(['a4', 'letter']).default('a4'),
});

export const TrendRequest = z.object({
  versions: Versions.min(1, 'Give at least one version to chart.'),
  parties: PartyList.optional(),
  oldest: z.number().int().min(0).max(1000).optional(),
});

/** One point of the chart of open brackets across versions. */
export const TrendPoint = z.object({ name: z.string(), createdAt: z.string(), open: z.number().int().min(0), unbalanced: z.number().int().min(0) });
export type TrendPoint = z.infer<typeof TrendPoint>;

export const TrendResponse = z.object({
  points: z.array(TrendPoint),
  /** The longest-open brackets of the last version, each dated to the version it was opened in. */
  oldest: z.array(Bracket),
});

/** The negotiation channels, to spread into shared/api.ts's `channels`. */
export const negotiationChannels = {
  'negotiation.parse': { request: ParseRequest, response: ParseResponse },
  'negotiation.clean': { request: CleanRequest, response: CleanResult },
  'negotiation.export': { request: ExportRequest, response: ExportedFile },
  'negotiation.trend': { request: TrendRequest, response: TrendResponse },
} as const;

/** A negotiation channel's name. */
export type NegotiationChannel = keyof typeof negotiationChannels;
