/**
 * A unit's text as the segmenter reads it: Markdown syntax turned into plain text and inline
 * marks ("## Article 2" is a heading "Article 2", "-   Thailand will" a bullet, "12\. The" the
 * number 12., "[^3]: A/80/342." the footnote [3]), and whether the whole unit is in bold (a
 * heading in converted web pages).
 */
import type { InlineMark } from '../model';
import { markerOfLabel } from './footnotes';
import { readInline, type LinkTargets } from './inline';
import type { Unit } from './units';

/** A unit with its plain text and what its Markdown said about it. */
export interface ReadUnit extends Unit {
  marks: InlineMark[];
  /** The whole text is bold (or bold italic). */
  bold: boolean;
  /** A Markdown footnote definition ("[^1]: ..."): its marker as the reader writes it. */
  note?: string;
}

const NO_MARKS: InlineMark[] = [];

/** Reads Markdown units into plain text with marks; other units pass through unmarked. */
export function readUnits(units: Unit[], markdown: boolean, links: LinkTargets): ReadUnit[] {
  // Plain text has nothing to read: the units become read units in place (a megabyte has 10,000).
  if (!markdown) return units.map((unit) => Object.assign(unit, { marks: NO_MARKS, bold: false }));
  let leftOpen = false;
  return units.map((unit) => {
    let prefix = '';
    let source = unit.text;
    // pandoc sometimes closes a bold heading at the start of the next paragraph
    // ("**Reinforcing ... challenges" / "**1. Spain and ..."): the heading is bold to its end,
    // and the paragraph's opening "**" closes nothing of its own.
    const oddBold = source.includes('**') && pairsOfStars(source) % 2 === 1;
    if (leftOpen && oddBold && source.startsWith('**')) source = source.slice(2);
    else if (oddBold && source.startsWith('**') && source.split(/\s+/).length <= 30) source = `${source}**`;
    leftOpen = oddBold && unit.text.startsWith('**') && !leftOpen;
    // Converters leave a space before a closing "**" ("**Partnering with ... Countries **").
    let body = source.startsWith('**') ? source.replace(/^(\*\*\*?)(\S[^*]*?)\s+\1$/, '$1$2$1') : source;
    if (body.includes('[^')) body = body.replace(/ \[\^((?:19|20)\d\d)\]:\s*/g, ' $1 ');
    let note: string | undefined;
    const definition = body.startsWith('[^') ? /^\[\^([^\]\s]+)\]:\s*/.exec(body) : null;
    const bullet = isBulletMark(body.charCodeAt(0)) ? /^([-*+])\s+(?=\S)/.exec(body) : null;
    if (definition) {
      note = markerOfLabel(definition[1] ?? '');
      prefix = `${note} `;
      body = body.slice(definition[0].length);
    } else if (unit.heading > 0) {
      body = headingBody(body);
    } else if (bullet) {
      prefix = `${bullet[1]} `;
      body = body.slice(bullet[0].length);
    }
    const inline = readInline(body, links);
    const text = (prefix + inline.text).trim();
    const marks = prefix === '' ? inline.marks : inline.marks.map((m) => ({ ...m, from: m.from + prefix.length, to: m.to + prefix.length }));
    const plainEnd = marks.length === 0 ? 0 : withoutTrailingReference(text).length; // a trailing "[1]" may stand outside the bold
    // In place, as for plain text: spreading 10,000 units was a tenth of reading a megabyte.
    const read: ReadUnit = Object.assign(unit, { text, marks, bold: text.length > prefix.length && covers(marks, 'bold', prefix.length, plainEnd) });
    if (note) read.note = note;
    return read;
  });
}

/** How many "**" the text holds, counted from the left as a pattern matches them ("***" holds one), without a match array. */
function pairsOfStars(text: string): number {
  let n = 0;
  for (let at = text.indexOf('**'); at >= 0; at = text.indexOf('**', at + 2)) n++;
  return n;
}

/** A bullet's first character: "-", "*" or "+". */
const isBulletMark = (code: number): boolean => code === 45 || code === 42 || code === 43;

/** True when a mark of `type` covers [from, to). */
function covers(marks: InlineMark[], type: InlineMark['type'], from: number, to: number): boolean {
  return marks.some((m) => m.type === type && m.from <= from && m.to >= to);
}

/**
 * A heading line without its "#" marks, closing "#"s and "{: attributes}", by hand: the patterns
 * for the closing parts backtrack on long runs of spaces ("# a" + 5,000 spaces + "x" took 38 s).
 */
function headingBody(line: string): string {
  let body = line.replace(/^#{1,6}\s+/, '').trimEnd();
  if (body.endsWith('}')) {
    const open = body.lastIndexOf('{:');
    if (open >= 0 && !body.slice(open, -1).includes('}')) body = body.slice(0, open).trimEnd();
  }
  let hashes = body.length;
  while (hashes > 0 && body[hashes - 1] === '#') hashes--;
  if (hashes < body.length && (hashes === 0 || /\s/.test(body[hashes - 1] ?? ''))) body = body.slice(0, hashes).trimEnd();
  return body;
}

/** The text without a final "[...]" reference and the spaces before it. */
function withoutTrailingReference(text: string): string {
  if (!text.endsWith(']')) return text;
  const open = text.lastIndexOf('[');
  return open >= 0 && open < text.length - 2 && !text.slice(open + 1, -1).includes(']') ? text.slice(0, open).trimEnd() : text;
}
