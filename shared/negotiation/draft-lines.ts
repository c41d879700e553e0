/**
 * The one text every negotiation view and format reads a draft as: one line per textblock, in
 * document order, without the paragraph numbers (the editor computes them; they are not words of
 * the text), sections named after the draft's own headings. The panel reads the editor's
 * document this way and the exports read the saved Declaration this way, so the panel, the
 * clean-text refusal, the JSON bracket list and the bracketed Word document count the same
 * brackets (tests/renderer/negotiation/counts-agree.test.ts holds them to it).
 */
import type { Block, Declaration } from '../model';
import type { BracketParse } from './model';
import { parseBrackets } from './parse';
import { lastAtOrBefore } from '../sorted';
import type { DataAttribution, ParseOptions } from './parse';
import { UN_COMMITTEE_NOTICE } from '../text/un-header';

/** One textblock as the engine reads it. */
export interface DraftLine {
  text: string;
  /** A heading names the section of the lines under it. */
  heading: boolean;
  /** A document-details line above the title (place, date, the UN header). */
  details?: boolean;
}

/**
 * The UN header's committee line is wholly in brackets, and it is the document's record, not a
 * proposal: its brackets are not negotiated (every UN resolution had one "open bracket").
 */
function notNegotiated(line: DraftLine): boolean {
  return line.details === true && UN_COMMITTEE_NOTICE.test(line.text.trim());
}

/** A draft's joined text, where each line starts, and its brackets. */
export interface DraftReading {
  text: string;
  /** Offset of each line's first character in `text`. */
  starts: number[];
  parse: BracketParse;
}

/** The lines of a Declaration, as the editor holds its blocks (a parties block: one line per party). */
export function declarationLines(decl: Pick<Declaration, 'blocks'>): DraftLine[] {
  return decl.blocks.flatMap((b) => blockLines(b));
}

function blockLines(b: Block): DraftLine[] {
  if (b.kind === 'parties') {
    const names = b.parties.length > 0 ? b.parties : b.text.split('\n').map((n) => n.trim()).filter(Boolean);
    return (names.length > 0 ? names : ['']).map((text) => ({ text, heading: false }));
  }
  return [{ text: b.kind === 'footnote' && b.marker ? footnoteLead(b.marker) + b.text : b.text, heading: b.kind === 'heading', details: b.kind === 'meta' }];
}

/** What stands before a footnote's text on its line: its marker, as plain text writes it ("3 The ..."). */
export function footnoteLead(marker: string): string {
  return `${marker} `;
}

/** Joins the lines, parses their brackets and names each bracket's section after the heading above it. */
export function readDraftLines(lines: readonly DraftLine[], options: ParseOptions = {}): DraftReading {
  const starts: number[] = [];
  const sections: (string | undefined)[] = [];
  let text = '';
  // The text the brackets are read in: the same offsets, with non-negotiated lines blanked.
  let negotiated = '';
  let section: string | undefined;
  lines.forEach((line, k) => {
    if (k > 0) text += '\n';
    if (k > 0) negotiated += '\n';
    starts.push(text.length);
    if (line.heading) section = line.text.trim() || section;
    sections.push(line.heading ? undefined : section);
    text += line.text;
    negotiated += notNegotiated(line) ? ' '.repeat(line.text.length) : line.text;
  });
  const parse = parseBrackets(negotiated, options);
  const sectionAt = (offset: number): string | undefined => sections[lastAtOrBefore(starts, offset)];
  // The draft's headings are known; the engine's guess from the text stands where there are none.
  const named = <T extends { section?: string }>(item: T, offset: number): T => {
    const section = sectionAt(offset);
    return section === undefined ? item : { ...item, section };
  };
  const brackets = parse.brackets.map((b) => named(b, b.span.start));
  const paragraphs = parse.paragraphs.map((p) => named(p, p.span.start));
  return { text, starts, parse: { ...parse, paragraphs, brackets } };
}

/** A Declaration's reading, with where each block's text starts in it (blocks whose text is their lines). */
export interface DeclarationReading extends DraftReading {
  blockStarts: Map<string, number>;
}

/** The brackets of a Declaration, read as the editor reads the draft it came from; blocks' stored attributions included. */
export function readDeclarationBrackets(decl: Pick<Declaration, 'blocks'>, options: ParseOptions = {}): DeclarationReading {
  const blockStarts = new Map<string, number>();
  const attributions: DataAttribution[] = [...(options.attributions ?? [])];
  let start = 0;
  for (const b of decl.blocks) {
    const lines = blockLines(b);
    const lead = b.kind === 'footnote' && b.marker ? footnoteLead(b.marker) : '';
    if (lines.map((l) => l.text).join('\n') === lead + b.text) {
      blockStarts.set(b.id, start + lead.length);
      for (const a of b.attributions ?? []) attributions.push({ from: a.from + start + lead.length, to: a.to + start + lead.length, parties: a.parties });
    }
    for (const l of lines) start += l.text.length + 1;
  }
  return { ...readDraftLines(declarationLines(decl), { ...options, attributions }), blockStarts };
}

/**
 * The blocks with `text` (the joined lines, edited) as their texts again; undefined when the
 * edit added or removed lines, so a block's lines can no longer be told apart.
 */
export function blocksFromText(decl: Pick<Declaration, 'blocks'>, text: string): Block[] | undefined {
  const lines = text.split('\n');
  if (lines.length !== declarationLines(decl).length) return undefined;
  let line = 0;
  return decl.blocks.map((b) => {
    const own = lines.slice(line, (line += blockLines(b).length));
    if (b.kind === 'parties') return { ...b, text: own.join('\n'), parties: own.filter(Boolean) };
    const text = own.join('\n');
    const lead = b.kind === 'footnote' && b.marker ? footnoteLead(b.marker) : '';
    return { ...b, text: text.startsWith(lead) ? text.slice(lead.length) : text };
  });
}
