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
import { cleanParsed } from './clean';
import { blocksFromText, readDeclarationBrackets } from './draft-lines';
import type { Declaration } from '../model';
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
export async function exportNegotiation(req: z.infer<typeof ExportRequest>, now: Date): Promise<NegotiationExport> {
  // Who proposed each alternative is data in a draft (read as data below); the clean text writes it in the text ("[EU: ...]").
  const source = req.format === 'clean-txt' && req.source.kind === 'declaration' ? { ...req.source, declaration: withAttributionText(req.source.declaration) } : req.source;
  const title = sourceTitle(source);
  const parties = req.parties ?? (source.kind === 'declaration' ? source.declaration.parties : []);
  // A draft is read as the negotiation panel reads it, so every format counts the same brackets.
  const reading = source.kind === 'text' ? { text: source.text, parse: parseBrackets(source.text, { parties }) } : readDeclarationBrackets(source.declaration, { parties });
  switch (req.format) {
    case 'clean-txt': {
      const result = cleanParsed(reading.text, reading.parse, req.mode);
      if (!result.ok) throw new NotCleanError(refusal(result.message, result.open, result.problems), result.open, result.problems);
      return { title, ...FILE_TYPES.txt, content: source.kind === 'text' ? result.text : draftAsText(source.declaration, result.text) };
    }
    case 'json':
      return { title, ...FILE_TYPES.bracketsJson, content: bracketListJson(reading.parse, { title, text: reading.text, ...(req.log ? { log: req.log } : {}) }) };
    case 'bracketed-docx': {
      const input = source.kind === 'declaration' ? source.declaration : source.text;
      const bytes = await bracketedDocx(input, { parties, paper: req.paper, author: req.author ?? 'Concord', date: now, name: title });
      return { title, ...FILE_TYPES.docx, content: bytes };
    }
  }
}

/** The draft as plain text (numbers, blank lines, notes at the end), its lines replaced by `lines` where they still match its blocks. */
function draftAsText(decl: Declaration, lines: string): string {
  const blocks = blocksFromText(decl, lines);
  return declarationToText(blocks ? { ...decl, blocks } : decl);
}

function sourceTitle(source: z.infer<typeof NegotiationSource>): string {
  if (source.kind === 'declaration') return source.declaration.title;
  return source.title ?? source.text.split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 120) ?? 'Negotiation text';
}

/** The refusal with the first open items, where a person can find them. */
function refusal(message: string, open: readonly OpenItem[], problems: readonly BracketProblem[]): string {
  const items = [...open.map((o) => `line ${o.line}, column ${o.column}: ${o.excerpt}`), ...problems.map((p) => p.message)];
  const shown = items.slice(0, LISTED).join('; ');
  const more = items.length > LISTED ? `; and ${items.length - LISTED} more` : '';
  return `${message} Still open: ${shown}${more}.`;
}
