/**
 * Negotiation mode's part of the API contract: request and response schemas for the
 * `negotiation.*` channels, ready for shared/api.ts to spread into its channel list. Both shells
 * validate every request against these before a handler sees it.
 */
import { z } from 'zod';
import { Declaration } from '../model';
import { CleanMode, CleanResult } from './clean';
import { BracketTally } from './counts';
import { Bracket, BracketParse, Negotiation } from './model';

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

const Versions = z.array(NegotiationVersion).max(MAX_VERSIONS, `At most ${MAX_VERSIONS} versions can be charted at once; pick the ones to compare.`);

/** What to export: a plain negotiation text or a read declaration. */
export const NegotiationSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: NegotiationText, title: z.string().max(500).optional() }),
  z.object({ kind: z.literal('declaration'), declaration: Declaration }),
]);
export type NegotiationSource = z.infer<typeof NegotiationSource>;

/** A written file, as every export channel returns it (the same shape as ExportedFile). */
export const NegotiationFile = z.object({ fileName: z.string(), mime: z.string(), data: z.string() });

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

export const TrendResponse = z.object({
  points: z.array(z.object({ name: z.string(), createdAt: z.string(), open: z.number().int().min(0), unbalanced: z.number().int().min(0) })),
  /** The longest-open brackets of the last version, each dated to the version it was opened in. */
  oldest: z.array(Bracket),
});

/** The negotiation channels, to spread into shared/api.ts's `channels`. */
export const negotiationChannels = {
  'negotiation.parse': { request: ParseRequest, response: ParseResponse },
  'negotiation.clean': { request: CleanRequest, response: CleanResult },
  'negotiation.export': { request: ExportRequest, response: NegotiationFile },
  'negotiation.trend': { request: TrendRequest, response: TrendResponse },
} as const;

/** A negotiation channel's name. */
export type NegotiationChannel = keyof typeof negotiationChannels;
