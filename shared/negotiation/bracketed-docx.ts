/**
 * The negotiation text as a Word document for delegations that work in Word: the normal export
 * (headings, Word numbering, footnotes) with every open bracket left in place and made easy to
 * read. Brackets are bold, each alternative is shaded (alternating tints, so "[shall][should]"
 * reads as two), attributions written in the text are set in small caps, a party known only
 * from a footnote is named in a small-caps label after its alternative ("[G77]"), and notes
 * ("[Note: ...]") become Word comments on the bracket they annotate. Proposers kept as data (a
 * compilation's) are written after the "[" in small caps: "[EU, Japan: should]". A "[" or "]" that does not
 * pair up is shown in red so it can be found.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, ShadingType, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import type { Block, Declaration } from '../model';
import { readDeclarationBrackets } from './draft-lines';
import { countBrackets } from './counts';
import type { BracketParse } from './model';
import { readDeclarationText } from '../text/read';
import { declarationToDocx, type DocxWriteOptions } from '../formats/docx-write';
import { xmlSafeDeep } from '../formats/xml';

/** Options of the bracketed export. */
export interface BracketedDocxOptions extends DocxWriteOptions {
  /** The draft's parties, so that "[X] [EU]" reads as an attribution. */
  parties?: readonly string[];
  /** Author shown on the notes turned into comments; "Concord" when absent. */
  author?: string;
  /** Date shown on those comments (the caller supplies it, to keep this pure). */
  date?: Date;
  /** Name for a text input's declaration, used as its title when the text has none. */
  name?: string;
}

const BRACKET = 1;
const BODY = 2;
const ODD = 4;
const ATTRIBUTION = 8;
const HIDDEN = 16;
const UNPAIRED = 32;
const TINTS = ['FFF2CC', 'DDEBF7'];

interface Layout {
  text: string;
  /** Where each block's text starts in `text`. */
  starts: Map<string, number>;
  flags: Uint8Array;
  /** Party labels to write after the character at the key offset, spaces included. */
  labels: Map<number, string>;
  /** Comment ranges: where each opens and closes. */
  commentStarts: Map<number, number[]>;
  commentEnds: Map<number, number[]>;
  comments: ICommentOptions[];
}

/** Writes a declaration, or a negotiation text, as a .docx with its open brackets made visible. */
export async function bracketedDocx(input: Declaration | string, opts: BracketedDocxOptions = {}): Promise<Uint8Array> {
  // Made XML-safe here too: the decorations below are laid out on the text Word receives.
  const decl = xmlSafeDeep(typeof input === 'string' ? readDeclarationText(input, { name: opts.name ?? 'Negotiation text' }).declaration : input);
  // Read as the negotiation panel reads the draft (draft-lines.ts), so the figures agree.
  const { text, blockStarts, parse } = readDeclarationBrackets(decl, { parties: opts.parties ?? decl.parties });
  const layout = layOut(text, blockStarts, parse, opts);
  const total = countBrackets(parse).total;
  return declarationToDocx(decl, opts, {
    runs: (block, start, end) => blockRuns(layout, block, start, end),
    comments: layout.comments,
    description: `Bracketed text: ${total.open} open bracket${total.open === 1 ? '' : 's'}, ${total.unbalanced} unpaired.`,
  });
}

function layOut(text: string, starts: Map<string, number>, parse: BracketParse, opts: BracketedDocxOptions): Layout {
  const flags = new Uint8Array(text.length);
  const mark = (from: number, to: number, flag: number, clear = 0) => {
    for (let i = Math.max(0, from); i < Math.min(to, text.length); i++) flags[i] = ((flags[i] ?? 0) & ~clear) | flag;
  };
  const layout: Layout = { text, starts, flags, labels: new Map(), commentStarts: new Map(), commentEnds: new Map(), comments: [] };
  for (const bracket of parse.brackets) {
    bracket.alternatives.forEach((alt, i) => {
      mark(alt.body.start, alt.body.end, BODY | (i % 2 === 1 ? ODD : 0), ODD);
      // Slash alternatives ("[shall/should]") share their brackets: they stand just outside the parts.
      const sharesBrackets = alt.span.start === alt.body.start && alt.span.end === alt.body.end;
      const open = sharesBrackets ? alt.span.start - 1 : alt.span.start;
      const close = sharesBrackets ? alt.span.end : alt.span.end - 1;
      if (text[open] === '[') mark(open, open + 1, BRACKET);
      if (text[close] === ']') mark(close, close + 1, BRACKET);
      if (bracket.kind === 'options') mark(alt.span.start, alt.body.start, BRACKET);
      const attribution = alt.attribution;
      if (attribution?.source === 'data') layout.labels.set(alt.span.start, `${alt.parties.join(', ')}:${alt.span.end - alt.span.start > 2 ? ' ' : ''}`);
      else if (attribution && attribution.source !== 'footnote') mark(attribution.span.start, attribution.span.end, ATTRIBUTION, BODY | ODD);
      else if (alt.parties.length > 0) layout.labels.set(alt.span.end - 1, ` [${alt.parties.join(', ')}]`);
      for (const span of alt.noteSpans ?? []) {
        let from = span.start;
        while (text[from - 1] === ' ') from--;
        mark(from, span.end, HIDDEN);
      }
      if (alt.note !== undefined) addComment(layout, alt.span, alt.note, opts);
    });
  }
  for (const problem of parse.problems) mark(problem.at, problem.at + 1, UNPAIRED);
  return layout;
}

// A comment covers its alternative, cut to the line the note stands on: Word keeps a comment
// range within one paragraph here.
function addComment(layout: Layout, span: { start: number; end: number }, note: string, opts: BracketedDocxOptions): void {
  const id = layout.comments.length;
  const start = Math.max(span.start, layout.text.lastIndexOf('\n', span.end - 1) + 1);
  const at = (map: Map<number, number[]>, offset: number) => map.set(offset, [...(map.get(offset) ?? []), id]);
  at(layout.commentStarts, start);
  at(layout.commentEnds, span.end - 1);
  layout.comments.push({
    id,
    author: opts.author ?? 'Concord',
    initials: initials(opts.author ?? 'Concord'),
    ...(opts.date ? { date: opts.date } : {}),
    children: [new Paragraph({ children: [new TextRun(note)] })],
  });
}

/** The runs of one stretch of a block's text, split wherever the look changes. */
function blockRuns(layout: Layout, block: Block, start: number, end: number): ParagraphChild[] {
  const base = layout.starts.get(block.id);
  if (base === undefined) return plainRuns(block.text.slice(start, end), 0);
  const out: ParagraphChild[] = [];
  let from = base + start;
  const flush = (to: number) => {
    const look = layout.flags[from] ?? 0;
    if (to > from && (look & HIDDEN) === 0) out.push(...plainRuns(layout.text.slice(from, to), look));
    from = to;
  };
  for (let i = base + start; i < base + end; i++) {
    const opening = layout.commentStarts.get(i);
    if (opening) {
      flush(i);
      out.push(...opening.map((id) => new CommentRangeStart(id)));
    }
    if ((layout.flags[i] ?? 0) !== (layout.flags[from] ?? 0)) flush(i);
    const label = layout.labels.get(i);
    const closing = layout.commentEnds.get(i);
    if (label !== undefined || closing) flush(i + 1);
    if (label !== undefined) out.push(new TextRun({ text: label, smallCaps: true, italics: true, color: '5A5A5A' }));
    for (const id of closing ?? []) out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
  }
  flush(base + end);
  return out;
}

/** Text with a look, lines broken where the text has newlines. */
function plainRuns(text: string, look: number): TextRun[] {
  const style = {
    ...((look & (BRACKET | UNPAIRED)) !== 0 ? { bold: true } : {}),
    ...((look & UNPAIRED) !== 0 ? { color: 'C00000' } : {}),
    ...((look & ATTRIBUTION) !== 0 ? { smallCaps: true, italics: true, color: '5A5A5A' } : {}),
    ...((look & BODY) !== 0 ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: TINTS[(look & ODD) === 0 ? 0 : 1] ?? 'FFF2CC' } } : {}),
  };
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...style }));
}

function initials(name: string): string {
  return name
    .split(/\s+/u)
    .map((w) => w.charAt(0))
    .join('')
    .slice(0, 4)
    .toUpperCase();
}
