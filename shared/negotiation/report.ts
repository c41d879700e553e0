/**
 * What the negotiation panel asks for in one call: the brackets of a text with their tally and
 * the longest-open ones, or the open brackets across a draft's versions. Composed here, once, so
 * that every shell answers the same.
 */
import type { z } from 'zod';
import { countBrackets } from './counts';
import { datedBrackets, oldestOpen, openBracketTrend } from './history';
import type { Bracket } from './model';
import { parseBrackets } from './parse';
import type { ParseRequest, ParseResponse, TrendRequest, TrendResponse } from './schemas';

const OLDEST = 10;

/** Parses a text, tallies it and lists its longest-open brackets (dated when a history is given). */
export function bracketReport(req: z.infer<typeof ParseRequest>): z.infer<typeof ParseResponse> {
  const options = { parties: req.parties ?? [] };
  const parse = parseBrackets(req.text, options);
  // The text being parsed is the newest version; a bracket first seen in it is dated by none.
  const dated = req.history?.length ? datedBrackets([...req.history, { name: 'current', createdAt: '', text: req.text }], options).map(undated) : parse.brackets;
  return { parse, tally: countBrackets(parse), oldest: oldestOpen(dated, req.oldest ?? OLDEST) };
}

/** Open brackets per version, and the longest-open brackets of the last one. */
export function trendReport(req: z.infer<typeof TrendRequest>): z.infer<typeof TrendResponse> {
  const options = { parties: req.parties ?? [] };
  return {
    points: openBracketTrend(req.versions, options),
    oldest: oldestOpen(datedBrackets(req.versions, options).map(undated), req.oldest ?? OLDEST),
  };
}

function undated(b: Bracket): Bracket {
  if (b.createdAt !== '') return b;
  const { createdAt: _, ...rest } = b;
  return rest;
}
