/**
 * The negotiation channels: brackets of a text with their tally, the clean text, the exports
 * (clean text, bracketed Word document, bracket list as JSON) and the open-bracket trend across
 * versions. The CLI's `negotiation` commands call them; the app itself parses in the renderer
 * and calls only the export.
 */
import { cleanText } from '../../shared/negotiation/clean';
import { trendReport } from '../../shared/negotiation/report';
import type { NegotiationChannel } from '../../shared/negotiation/schemas';
import { exportedFile, fileNameFrom } from '../services/exported-file';
import type { Handler } from './types';

/** Parses a text's brackets (in a contained worker, which answers encoded): the parse, its counts and the longest-open brackets. */
export const parseNegotiation: Handler<'negotiation.parse'> = (req, ctx) => ctx.contained.runEncoded('negotiation.parse', req, { label: 'brackets' });

/** The clean text, or (in "refuse" mode, while brackets are open) the list of what is open. */
export const cleanNegotiation: Handler<'negotiation.clean'> = async (req) => cleanText(req.text, { mode: req.mode, parties: req.parties ?? [] });

/**
 * Writes a negotiation export in a contained worker; a refused clean text (a NotCleanError there)
 * comes back as a conflict whose message lists what is open.
 */
export const exportNegotiationFile: Handler<'negotiation.export'> = async (req, ctx) => {
  const file = await ctx.contained.run('negotiation.export', req, { label: 'negotiation export' });
  return exportedFile(fileNameFrom(file.title, 'negotiation'), file, file.content);
};

/** Open brackets in each version, and the longest-open ones of the last. */
export const negotiationTrend: Handler<'negotiation.trend'> = async (req) => trendReport(req);

/** Every negotiation handler by channel, for main/handlers/index.ts to spread into its table. */
export const negotiationHandlers: { [C in NegotiationChannel]: Handler<C> } = {
  'negotiation.parse': parseNegotiation,
  'negotiation.clean': cleanNegotiation,
  'negotiation.export': exportNegotiationFile,
  'negotiation.trend': negotiationTrend,
};
