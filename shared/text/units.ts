/**
 * Cutting cleaned text into units: the paragraphs as written, before anyone decides what they
 * are. Two ways of writing paragraphs meet here. Where blank lines separate paragraphs (Markdown,
 * hard-wrapped text, PDF extractions), the lines between two blank lines are one paragraph, unless
 * a line starts a list item, a number or a heading. Where they do not, one line is one paragraph,
 * joined to the next only where that plainly continues it (lowercase mid-sentence, or a file
 * wrapped at a fixed width). A paragraph a PDF page broke in two (no closing punctuation before
 * the break) is joined again, and a paragraph number alone on its line joins its text. A
 * Markdown hard line break stays a line break inside its paragraph.
 */
import { readFootnoteMarker } from './footnotes';
import { readNumber } from './numbers';
import { trimmedEnd, trimmedStart } from './spaces';

/** Consecutive lines that form one paragraph of the source. */
export interface Unit {
  /** Offset of the start of its first line. */
  start: number;
  /** Offset just past its last non-blank character. */
  end: number;
  /** Its lines, trimmed and joined with single spaces. */
  text: string;
  /** True when one or more blank lines separate it from the unit before. */
  afterBlank: boolean;
  /** In Markdown, leading spaces of its first line (tabs count 4): how deep a list item is nested. */
  indent: number;
  /** Level of a Markdown heading ("## Article 2" is 2), 0 for other units. */
  heading: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
  indent: number;
  /** The line ends in a Markdown hard break (two spaces or a backslash). */
  hardBreak: boolean;
}

/** How the text writes its paragraphs. */
export interface UnitOptions {
  /** The text is Markdown: list markers, `#` headings and `[^n]:` definitions start units. */
  markdown?: boolean;
  /**
   * Set when the text was extracted from PDF pages where every paragraph ends in punctuation (a
   * UN document): past this offset (its title line), a long unit that does not was cut by a page
   * break, whatever the next line says.
   */
  pageBreaksAfter?: number;
}

/**
 * Lines with their trimmed text; blank lines have text ''. Each line's edges are found by code,
 * so a line costs one string (its trimmed text), not the four that slicing and trimming it made.
 */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 ? text.length : newline;
    const from = trimmedStart(text, start, stop);
    const to = trimmedEnd(text, from, stop);
    let indent = 0;
    for (let k = start; k < from; k++) indent += text.charCodeAt(k) === 9 ? 4 : 1;
    // A Markdown hard break: a backslash or two spaces at the end, before any "\r".
    const bare = text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    const hardBreak = to > from && (text.charCodeAt(bare - 1) === 92 || (bare - 2 >= start && text.charCodeAt(bare - 1) === 32 && text.charCodeAt(bare - 2) === 32));
    lines.push({ start, end: from === to ? start : to, text: text.slice(from, to), indent: from === to ? 0 : indent, hardBreak });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** A Markdown line that starts a unit of its own: a heading, a list item, a footnote definition. */
const MARKDOWN_START = /^(?:#{1,6}\s|[-*+]\s+\S|\d{1,3}\\?[.)](?:\s|$)|\[\^[^\]\s]+\]:|\|)/;
/** The characters a MARKDOWN_START line begins with. */
const MARKDOWN_START_FIRST = new Set([...'#-*+0123456789[|'].map((ch) => ch.charCodeAt(0)));
/** What a number that starts a unit inside a Markdown paragraph can begin with: "(a)", "1.", "iv.", "A.". */
const MAYBE_NUMBER = /^(?:\(|\d|[A-Za-z]{1,7}[.)])/;
/** A line wholly in bold ("**Fighting Back**"): a heading in converted web pages. */
const BOLD_LINE = /^(?:\*\*\*?|__)(?=\S)[^*]*?\S(?:\*\*\*?|__)(?:\s*\[\^[^\]]+\])?$/;

/**
 * The first character's code: each pattern below can only match lines starting with a few
 * characters, and testing that first skips a regular expression call for most lines.
 */
const first = (line: string): number => line.charCodeAt(0);
const STAR = 42;
const UNDERSCORE = 95;
const HASH = 35;

/** BOLD_LINE, for lines that start with its "*" or "_". */
function isBoldLine(line: string): boolean {
  const c = first(line);
  return (c === STAR || c === UNDERSCORE) && BOLD_LINE.test(line);
}

function headingLevel(line: string): number {
  if (first(line) !== HASH) return 0;
  const hashes = /^(#{1,6})\s/.exec(line);
  return hashes ? (hashes[1] ?? '').length : 0;
}

/**
 * A word a line break cut at its hyphen, joined with a space by the wrapping or by a PDF extractor
 * ("post- conflict", "nuclear- weapon-free"), not a hyphen shared with the next word ("small- and
 * medium-sized", "medium- to long-term").
 */
const BROKEN_HYPHEN = /(\p{L}-) (?!(?:and|or|nor|to)\b)(?=\p{Ll})/gu;

/** A line opening one option of a negotiation text ("Option 2 (G77):", "Alt. 1:"): structure, never a wrapped line. */
const OPTION_LINE = /^(?:option|opt\.|alt\.?|alternative)\s*(?:\d+|[a-z]|[ivx]+)(?:\s*\([^()]{1,60}\))?\s*[:.\u2013\u2014-]/iu;

/**
 * True when `line` starts a unit whatever the line before it says. `after` is the last plain
 * paragraph number so far, so that "1000." after "999." starts one too.
 */
function startsUnit(line: Line, markdown: boolean, after: number): boolean {
  const c = first(line.text) | 32; // "o" or "a", in either case
  if ((c === 111 || c === 97) && OPTION_LINE.test(line.text)) return true;
  if (markdown) {
    if (MARKDOWN_START_FIRST.has(first(line.text)) && MARKDOWN_START.test(line.text)) return true;
    if (isBoldLine(line.text)) return true;
    // A "*" or "-" glued to a word is emphasis or a hyphen in Markdown, not a bullet; words
    // ("First,", "Article 2") start no unit inside a Markdown paragraph.
    if (!MAYBE_NUMBER.test(line.text)) return false;
    const n = readNumber(line.text, undefined, { after });
    return n !== undefined && n.style !== 'bullet' && n.style !== 'ordinal-word' && n.style !== 'article';
  }
  return readNumber(line.text, undefined, { after }) !== undefined || readFootnoteMarker(line.text) !== undefined;
}

/** A line that is a unit on its own and never takes the next line in: a heading. */
function closesUnit(line: Line, markdown: boolean): boolean {
  return markdown && (headingLevel(line.text) > 0 || isBoldLine(line.text));
}

/** A footnote definition labelled with a year, which no footnote numbering reaches. */
const YEAR_DEFINITION = /^\[\^(?:19|20)\d\d\]:/;

/** A line holding only the closing "**" (or "*") of the line before it (pandoc writes them so). */
const CLOSING_ONLY = /^(?:\*{1,3}|_{1,2})$/;
const closingOnly = (line: string): boolean => line.length <= 3 && CLOSING_ONLY.test(line);

/** A paragraph number alone on its line ("12." above its text, as PDF extraction leaves it). */
const LONE_NUMBER = /^(?:\d{1,3}\\?\.|\([a-z]{1,4}\)|[a-z]\)|[ivx]{1,5}\.)$/;
const loneNumber = (line: string): boolean => line.length <= 6 && LONE_NUMBER.test(line);

/**
 * The width a file is wrapped at, or 0 when its lines are paragraphs: most lines that run on
 * into another line end near one width. Long lines (an address, a paragraph of its own) do not
 * change it.
 */
function wrapWidth(lines: Line[]): number {
  const runOn: number[] = [];
  for (let k = 0; k + 1 < lines.length && runOn.length < 5000; k++) {
    const here = lines[k] as Line;
    if (here.text !== '' && (lines[k + 1] as Line).text !== '') runOn.push(here.text.length);
  }
  if (runOn.length < 3) return 0;
  const sorted = Int32Array.from(runOn).sort();
  const width = sorted[Math.floor(sorted.length * 0.8)] ?? 0;
  if (width < 40 || width > 110) return 0;
  const near = runOn.filter((n) => n >= width * 0.7 && n <= width * 1.15).length;
  return near >= runOn.length * 0.5 ? width : 0;
}

/** True when `line` continues the paragraph whose last line is `previous`, with no blank line between. */
function continues(previous: Line, line: Line, width: number, markdown: boolean, after: number): boolean {
  if (markdown && closingOnly(line.text)) return true;
  if (markdown && closingOnly(previous.text)) return false;
  // "[^9]: ... 31 July" then "[^2013]: (S/INF/68)." is one note an extractor cut at a year.
  if (markdown && line.text.startsWith('[^') && YEAR_DEFINITION.test(line.text) && !/[.;]$/.test(previous.text)) return true;
  if (startsUnit(line, markdown, after) || closesUnit(previous, markdown)) return false;
  if (loneNumber(previous.text)) return true;
  if (markdown) return true;
  if (/^\p{Ll}/u.test(line.text) && !/[.!?;:]["”’)]*$/.test(previous.text)) return true;
  return width > 0 && !previous.text.endsWith(':') && previous.text.length >= width * 0.6 && previous.text.length <= width * 1.15 && /^[\p{L}\p{N}“"‘(]/u.test(line.text);
}

/** Closing punctuation, possibly followed by a footnote number ("Court,2", "2024/25; 4"). */
const CLOSED = /[.,;:!?…)\]”"’»*]\s*(?:\[?\d{1,3}\]?)?$/;

/**
 * True when the unit before a blank line goes on after it: a PDF page broke the paragraph. The
 * unit is long and stops mid-sentence (no closing punctuation), or is a number alone.
 */
function resumes(unit: Unit, line: Line, markdown: boolean, pageBreaks: boolean, after: number): boolean {
  if (loneNumber(unit.text)) return !startsUnit(line, markdown, after);
  if (unit.heading > 0 || unit.text.length < 60 || startsUnit(line, markdown, after) || CLOSED.test(unit.text)) return false;
  if (isBoldLine(unit.text)) return false;
  // "The General Assembly," opens a preamble: a page break never ends right before it.
  if (line.text.length <= 40 && line.text.endsWith(',')) return false;
  if (pageBreaks) return true;
  const lastWord = /(\S+)$/.exec(unit.text)?.[1] ?? '';
  return /^\p{Ll}/u.test(line.text) || FUNCTION_WORD.test(lastWord);
}

/** Words a sentence never ends on. */
const FUNCTION_WORD = /^(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|into|its|their|his|her|our|this|that|these|those|as|than|which|who|whose|between|among|including|such|be|is|are|was|were|has|have|had|not|nor|but|under|upon|over|against|through|towards?)$/;

/** The last plain paragraph number once a unit starting with `text` is read. */
function numberedAfter(text: string, after: number): number {
  const c = text.charCodeAt(0);
  if (c < 48 || c > 57) return after;
  const n = readNumber(text, undefined, { after });
  return n?.style === 'decimal' ? n.value : after;
}

/** Splits text into units, in order; blank text gives none. */
export function splitUnits(text: string, options: UnitOptions = {}): Unit[] {
  const markdown = options.markdown ?? false;
  const pageBreaksAfter = options.pageBreaksAfter ?? Infinity;
  const lines = splitLines(text);
  const width = wrapWidth(lines);
  const units: Unit[] = [];
  let previous: Line | undefined;
  let blank = false;
  let lastDecimal = 0;
  // Indexed loops: for-of here allocated an iterator result per line (0.4 MB for 1 MB of text).
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    if (line.text === '') {
      blank = true;
      previous = undefined;
      continue;
    }
    const lineText = markdown && line.hardBreak ? line.text.replace(/\\$/, '').trimEnd() : line.text;
    const last = units[units.length - 1];
    const join = last !== undefined && (previous ? continues(previous, line, width, markdown, lastDecimal) : resumes(last, line, markdown, last.start > pageBreaksAfter, lastDecimal));
    if (last && join) {
      last.end = line.end;
      // A line holding only the closing "**" of a bold line belongs to it with no space.
      // A Markdown hard break is a line break inside the paragraph (a signature, an address).
      last.text = closingOnly(lineText) ? last.text.trimEnd() + lineText : `${last.text}${markdown && previous?.hardBreak ? '\n' : ' '}${lineText}`;
    } else {
      units.push({ start: line.start, end: line.end, text: lineText, afterBlank: blank, indent: markdown ? line.indent : 0, heading: markdown ? headingLevel(line.text) : 0 });
      lastDecimal = numberedAfter(lineText, lastDecimal);
    }
    previous = line;
    blank = false;
  }
  for (let k = 0; k < units.length; k++) {
    const unit = units[k] as Unit;
    if (mayBreakHyphen(unit.text)) unit.text = unit.text.replace(BROKEN_HYPHEN, '$1');
  }
  return units;
}

/**
 * False when no "- " of the text can be a BROKEN_HYPHEN: none stands after what may be a letter
 * and before what may be a lower-case one (a bullet's "- " opens its line, a dash has spaces
 * around it). Only the texts left are matched against the pattern, whose letter classes are slow.
 */
function mayBreakHyphen(text: string): boolean {
  for (let at = text.indexOf('- ', 1); at >= 0; at = text.indexOf('- ', at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + 2);
    if ((before >= 128 || (before | 32) >= 97 && (before | 32) <= 122) && (after >= 128 || (after >= 97 && after <= 122))) return true;
  }
  return false;
}
