/**
 * Turns what the user has into the two sides of a comparison: a read Declaration (its blocks,
 * ids kept so the UI can jump to them) or plain text (paragraphs at blank lines and numbers).
 */
import type { Declaration, DocumentDetail } from '../model';
import { leadingNumberLength } from './normalize';
import { blockPlaces } from './places';
import type { CompareSide } from './schemas';

/**
 * One paragraph per block, in order, numbers kept apart; the text as the block has it, with its
 * emphasis. The lines under the title (subtitle, place and date, a UN header) and what the
 * reader found about the document (front matter, header facts) are its details, not paragraphs.
 */
export function sideFromDeclaration(decl: Declaration): CompareSide {
  return known(fromDeclaration(decl));
}

/**
 * Sides built here: their shape is this module's, so the comparison need not check them again
 * (a 30,000-word side took 0.7 ms of zod). A side that crossed a process boundary, or that
 * a caller built itself, is not in the set and is checked. The one rule of CompareSide that a
 * read Declaration does not already hold (a block id may be empty) is checked on the way in.
 */
const builtSides = new WeakSet<CompareSide>();

function known(side: CompareSide): CompareSide {
  if (side.paragraphs.every((p) => p.id !== '')) builtSides.add(side);
  return side;
}

/** Whether `side` is one this module built (and so needs no schema check). */
export function isBuiltSide(side: unknown): side is CompareSide {
  return typeof side === 'object' && side !== null && builtSides.has(side as CompareSide);
}

function fromDeclaration(decl: Declaration): CompareSide {
  const hasTitleBlock = decl.blocks.some((b) => b.kind === 'title');
  const details: DocumentDetail[] = [
    ...(hasTitleBlock ? [] : [{ name: 'Title', value: decl.title }]),
    ...(decl.date ? [{ name: 'Date', value: decl.date }] : []),
    ...(decl.details ?? []),
    ...decl.blocks.filter((b) => b.kind === 'meta').map((b) => ({ name: 'Line under the title', value: b.text })),
  ];
  const blocks = decl.blocks.filter((b) => b.kind !== 'meta');
  const places = blockPlaces(blocks);
  return {
    title: decl.title,
    paragraphs: blocks.map((b, k) => ({ id: b.id, text: b.text, ...(b.number ? { number: b.number.raw } : {}), ...(b.marks?.length ? { marks: b.marks } : {}), place: places[k] ?? '', kind: b.kind, level: b.level, ...(b.kind === 'footnote' && b.marker ? { marker: b.marker } : {}) })),
    details,
  };
}

/** A line starting with a list marker, which begins a paragraph even without a blank line. */
const NUMBERED_LINE = /^\s*(?:\d{1,4}(?:\.\d{1,4})*[.)]|\(\d{1,4}\)|\([a-z]\)|[ivxlcdm]{1,6}\.|\([ivxlcdm]{1,6}\))\s/iu;

/**
 * Splits plain text into paragraphs at blank lines and at numbered lines, and takes each
 * paragraph's leading number ("12.", "(b)") into `number`. Ids are "p1", "p2", ... in order.
 */
export function sideFromText(text: string, title = ''): CompareSide {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const para = current.join('\n').trim();
    if (para) paragraphs.push(para);
    current = [];
  };
  for (const line of text.replace(/\r\n?/gu, '\n').split('\n')) {
    if (line.trim() === '' || NUMBERED_LINE.test(line)) flush();
    if (line.trim() !== '') current.push(line);
  }
  flush();
  return known({
    title,
    paragraphs: paragraphs.map((para, k) => {
      const n = leadingNumberLength(para);
      const number = para.slice(0, n).trim();
      return { id: `p${k + 1}`, text: n ? para.slice(n).trimStart() : para, ...(number ? { number } : {}), place: number ? `para ${number.replace(/[.):]+$/u, '')}` : `para ${k + 1}` };
    }),
  });
}
