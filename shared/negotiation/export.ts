/**
 * The negotiation exports: the clean text (refused while brackets are open, unless the user
 * keeps them visible), the bracketed Word document, and the bracket list as JSON. Pure: the
 * shell names the file and encodes the bytes.
 */
import type { z } from 'zod';
import { bracketedDocx } from './bracketed-docx';
import { withAttributionText } from '../compile/attribution-text';
import { FILE_TYPES, type FileType } from '../formats/file-types';
import { declarationToText } from '../formats/plain';
import { cleanText } from './clean';
import type { OpenItem } from './schemas';
import { bracketListJson } from './json';
import type { BracketProblem } from './model';
import { parseBrackets } from './parse';
import type { ExportRequest, NegotiationSource } from './schemas';

/** An export before the shell names and encodes it. */
export interface NegotiationExport extends FileType {
  /** The title the file name is made from. */
  title: string;
  content: Uint8Array | string;
}

/** A clean export refused because brackets are still open or do not pair up; lists them. */
export class NotCleanError extends Error {
  override name = 'NotCleanError';

  constructor(
    message: string,
    readonly open: OpenItem[],
    readonly problems: BracketProblem[],
  ) {
    super(message);
  }
}

const LISTED = 10;

/** Writes the export the request asks for; `now` dates the comments of a Word export. */
export async function exportNegotiation(given: z.infer<typeof ExportRequest>, now: Date): Promise<NegotiationExport> {
  // Who proposed each alternative is data in a draft; the text files say it in the text ("[EU: ...]"), the Word file writes it from the data.
  const req = given.source.kind === 'declaration' && given.format !== 'bracketed-docx' ? { ...given, source: { ...given.source, declaration: withAttributionText(given.source.declaration) } } : given;
  const text = sourceText(req.source);
  const title = sourceTitle(req.source, text);
  const parties = req.parties ?? (req.source.kind === 'declaration' ? req.source.declaration.parties : []);
  switch (req.format) {
    case 'clean-txt': {
      const result = cleanText(text, { mode: req.mode, parties });
      if (!result.ok) throw new NotCleanError(refusal(result.message, result.open, result.problems), result.open, result.problems);
      return { title, ...FILE_TYPES.txt, content: result.text };
    }
    case 'json':
      return { title, ...FILE_TYPES.bracketsJson, content: bracketListJson(parseBrackets(text, { parties }), { title, ...(req.log ? { log: req.log } : {}) }) };
    case 'bracketed-docx': {
      const input = req.source.kind === 'declaration' ? req.source.declaration : text;
      const bytes = await bracketedDocx(input, { parties, paper: req.paper, author: req.author ?? 'Concord', date: now, name: title });
      return { title, ...FILE_TYPES.docx, content: bytes };
    }
  }
}

function sourceText(source: z.infer<typeof NegotiationSource>): string {
  return source.kind === 'text' ? source.text : declarationToText(source.declaration);
}

function sourceTitle(source: z.infer<typeof NegotiationSource>, text: string): string {
  if (source.kind === 'declaration') return source.declaration.title;
  return source.title ?? text.split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 120) ?? 'Negotiation text';
}

/** The refusal with the first open items, where a person can find them. */
function refusal(message: string, open: readonly OpenItem[], problems: readonly BracketProblem[]): string {
  const items = [...open.map((o) => `line ${o.line}, column ${o.column}: ${o.excerpt}`), ...problems.map((p) => p.message)];
  const shown = items.slice(0, LISTED).join('; ');
  const more = items.length > LISTED ? `; and ${items.length - LISTED} more` : '';
  return `${message} Still open: ${shown}${more}.`;
}
