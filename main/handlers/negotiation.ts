/**
 * The negotiation channels: brackets of a text with their tally, the clean text, the exports
 * (clean text, bracketed Word document, bracket list as JSON) and the open-bracket trend across
 * versions. The CLI's `negotiation` commands call them; the app itself parses in the renderer
 * and calls only the export.
 */
import { ApiError } from '../../shared/api';
import { cleanText } from '../../shared/negotiation/clean';
import { exportNegotiation, NotCleanError } from '../../shared/negotiation/export';
import { bracketReport, trendReport } from '../../shared/negotiation/report';
import type { NegotiationChannel } from '../../shared/negotiation/schemas';
import { exportedFile, fileNameFrom } from '../services/exported-file';
import type { Handler } from './types';

/** Parses a text's brackets: the parse, its counts and the longest-open brackets. */
export const parseNegotiation: Handler<'negotiation.parse'> = async (req) => bracketReport(req);

/** The clean text, or (in "refuse" mode, while brackets are open) the list of what is open. */
export const cleanNegotiation: Handler<'negotiation.clean'> = async (req) => cleanText(req.text, { mode: req.mode, parties: req.parties ?? [] });

/** Writes a negotiation export; a refused clean text is a conflict whose message lists what is open. */
export const exportNegotiationFile: Handler<'negotiation.export'> = async (req) => {
  try {
    const file = await exportNegotiation(req, new Date());
    return exportedFile(fileNameFrom(file.title, 'negotiation'), file, file.content);
  } catch (error) {
    if (error instanceof NotCleanError) throw new ApiError('conflict', error.message);
    throw error;
  }
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
