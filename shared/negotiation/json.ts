/**
 * The bracket list as a JSON file: what is open (with counts), what does not pair up and what
 * has been resolved, in a versioned shape that is validated on the way in and on the way out.
 */
import { z } from 'zod';
import { AttributionReport, attributionReport } from './attribution-report';
import { countBrackets } from './counts';
import { resolvedBrackets } from './log';
import { Bracket, BracketProblem } from './model';
import type { BracketParse, Negotiation } from './model';
import { BracketCounts } from './schemas';
import { issuesText } from '../issues';

export const BRACKET_LIST_SCHEMA_VERSION = 1;

export const BracketList = z.object({
  format: z.literal('concord-brackets', { error: 'This is not a Concord bracket list (its "format" is not "concord-brackets").' }),
  schemaVersion: z.literal(BRACKET_LIST_SCHEMA_VERSION, {
    error: `This bracket list has a schema version this Concord does not read; it reads version ${BRACKET_LIST_SCHEMA_VERSION}.`,
  }),
  title: z.string().optional(),
  counts: BracketCounts,
  open: z.array(Bracket),
  problems: z.array(BracketProblem),
  /** Closed brackets with their resolution, most recent first. */
  resolved: z.array(Bracket).default([]),
  /** Who proposed what: per delegation and per paragraph, the most contested first. */
  report: AttributionReport.optional(),
});
export type BracketList = z.infer<typeof BracketList>;

/** The bracket list of a parsed text (and its log, if any) as pretty-printed JSON. */
export function bracketListJson(parse: BracketParse, meta: { title?: string; log?: Negotiation; text?: string } = {}): string {
  const list: BracketList = {
    format: 'concord-brackets',
    schemaVersion: BRACKET_LIST_SCHEMA_VERSION,
    ...(meta.title === undefined ? {} : { title: meta.title }),
    counts: countBrackets(parse).total,
    open: parse.brackets,
    problems: parse.problems,
    resolved: meta.log ? resolvedBrackets(meta.log) : [],
    ...(meta.text === undefined ? {} : { report: attributionReport(meta.text, parse) }),
  };
  return JSON.stringify(BracketList.parse(list), null, 2);
}

/** Reads a bracket list back; throws an Error naming each field that is wrong. */
export function readBracketList(json: string): BracketList {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`This bracket list is not valid JSON (${(error as Error).message}).`);
  }
  const result = BracketList.safeParse(data);
  if (result.success) return result.data;
  throw new Error(`This bracket list cannot be read. ${issuesText(result.error, 5, 'the file')}.`);
}
