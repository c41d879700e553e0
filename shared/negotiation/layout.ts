/**
 * The paragraph and section layout of a plain negotiation text. A paragraph is one non-empty
 * line (drafts exported from Word and scraped texts put one paragraph on a line); a heading is a
 * short line without closing punctuation, and names the section of the paragraphs under it.
 */
import type { ParagraphInfo } from './model';
import { lastAtOrBefore } from '../sorted';

const SECTION_NUMBER = /^(?:[IVXLC]+\.|[A-H]\.|(?:Section|Chapter|Part|Annex)\s+\S+)\s/u;
const CLOSING_PUNCTUATION = /[.;,:\]]$/u;
const OPTION_LIKE = /^(?:Option|Opt\.|Alt\b|Alternative)/iu;
const MAX_HEADING_WORDS = 12;
const MAX_UNNUMBERED_HEADING_WORDS = 8;

/** Splits `text` into paragraphs and names each one's section after the heading above it. */
export function layoutParagraphs(text: string): ParagraphInfo[] {
  const paragraphs: ParagraphInfo[] = [];
  let section: string | undefined;
  let from = 0;
  while (from <= text.length) {
    const newline = text.indexOf('\n', from);
    const lineEnd = newline === -1 ? text.length : newline;
    let start = from;
    let end = lineEnd;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      const line = text.slice(start, end);
      const heading = isHeading(line);
      if (heading) section = line;
      paragraphs.push({ index: paragraphs.length, span: { start, end }, heading, ...(section === undefined ? {} : { section }) });
    }
    if (newline === -1) break;
    from = newline + 1;
  }
  return paragraphs;
}

/** Whether a line reads as a section heading rather than running text. */
export function isHeading(line: string): boolean {
  if (CLOSING_PUNCTUATION.test(line) || line.startsWith('[') || OPTION_LIKE.test(line)) return false;
  const words = line.split(/\s+/u).length;
  if (SECTION_NUMBER.test(line)) return words <= MAX_HEADING_WORDS;
  return words <= MAX_UNNUMBERED_HEADING_WORDS && /^\p{Lu}/u.test(line) && !/\d[.)]?\s/u.test(line.slice(0, 4));
}

/** Index of the paragraph holding `offset`, by binary search; the previous one between paragraphs. */
export function paragraphAt(paragraphs: readonly ParagraphInfo[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid];
    if (p !== undefined && p.span.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A finder of 1-based line and column for offsets into `text`, for messages a person can follow. */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const lo = lastAtOrBefore(starts, offset);
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0xfeff;
}
