/**
 * Reading the number a line starts with: "1.", "1)", "(a)", "iv.", "II.", "1.2.3", "Article 4",
 * "First,", "•". Kept exactly as written, with its style and its position in its sequence, so
 * that the source's numbering can be reproduced and checked.
 */
import type { BlockNumber, NumberStyle } from '../model';
import { ORDINAL_WORDS, ordinalValue } from './numerals';
import { isSpaceAt } from './spaces';

/** A number found at the start of a line. */
export interface LineNumber extends BlockNumber {
  /** Depth for multilevel numbers ("1.2.3" is 3), 1 otherwise. */
  depth: number;
  /** True when written in capitals ("II.", "A."), which marks headings more than items. */
  upper: boolean;
  /** Offset of `raw` in the line (after any indentation). */
  start: number;
  /** Offset where the text after the number begins (after its spaces). */
  textStart: number;
}

const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/i;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
/** "First," ... "Twelfth:" (and "Firstly,"), capitalised as a paragraph starts. */
const ORDINAL_START = new RegExp(`^(${ORDINAL_WORDS.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`).join('|')})(?:ly)?\\s?[,:]`);

/** Indentation, including the no-break spaces web pages indent with. */
const INDENT = /^[\s\u00a0\u2000-\u200b\u3000]*/;
/** One character of INDENT, read in place after a number (no copy of the line's rest to match). */
const isIndentAt = (line: string, at: number): boolean => isSpaceAt(line, at) || line.charCodeAt(at) === 0x200b;

/** The value of a roman numeral, or 0 when the letters are not one. */
export function romanValue(letters: string): number {
  if (letters === '' || !ROMAN.test(letters)) return 0;
  let total = 0;
  const lower = letters.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const v = ROMAN_VALUES[lower[i] as string] ?? 0;
    const next = ROMAN_VALUES[lower[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Position of a letter in the alphabet: a = 1. */
function letterValue(letter: string): number {
  return letter.toLowerCase().charCodeAt(0) - 96;
}

interface Pattern {
  re: RegExp;
  /** The characters a match can start with, tested before the pattern. */
  first: (code: number) => boolean;
  /** Style and value from the match, or undefined to reject it. */
  read: (m: RegExpExecArray) => { style: NumberStyle; value: number; depth?: number } | undefined;
  /** Whether text may follow with no space ("1.Explore"); dotted letters may not ("U.S."). */
  mayGlue: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const OPEN_PAREN = 40;
/** The bullet characters of the bullet pattern, by code. */
const BULLET_CODES = new Set([...'-–—•·▪◦‣*'].map((ch) => ch.charCodeAt(0)));

/** Single letters that read as roman numerals unless context says otherwise. */
const ROMAN_LETTERS = /^[ivx]$/i;

/** "aa", "bbb": the letters after "z" as UN texts write them (27, 53); 0 for other letters. */
function repeatedLetterValue(letters: string): number {
  return /^([a-z])\1*$/i.test(letters) ? letterValue(letters) + 26 * (letters.length - 1) : 0;
}

function lettered(letters: string, paren: boolean): { style: NumberStyle; value: number } | undefined {
  const alpha = { style: paren ? 'alpha-paren' : 'alpha-dot', value: repeatedLetterValue(letters) } as const;
  if (letters.length > 1 || ROMAN_LETTERS.test(letters)) {
    const value = romanValue(letters);
    if (value) return { style: 'roman', value };
    return paren && alpha.value > 0 ? alpha : undefined;
  }
  return alpha;
}

/**
 * The Latin suffixes treaty texts number inserted paragraphs with ("3.3bis", "4 bis.", "(17quater)",
 * "Article 8 bis"): part of the number, with or without a space, never a word of the text.
 * UNFCCC drafts shorten "quater" to "quat".
 */
const LATIN = '(?: ?(?:bis|ter|quater|quat|quinquies|sexies|septies|octies|novies|nonies|decies|undecies|duodecies)(?![A-Za-z]))';
/**
 * The mark of an alternative version of a paragraph, as UNFCCC drafts write it ("3.3alt:", "3.3bis
 * Alt", "3.3 alt 2"): it names which text of 3.3 this is, so it belongs to the number too.
 */
const ALT = '(?: ?(?:alt|Alt)(?: ?\\d{1,2})?(?![A-Za-z\\d]))';
/** What may follow a number to name an inserted paragraph or an alternative of one. */
const SUFFIX = `(?:${LATIN}${ALT}?|${ALT})`;
const SUFFIX_END = new RegExp(`${SUFFIX}[.):]?$`);

/** The number without its Latin or alternative suffix ("3.3bis" and "3.3alt:" are "3.3", "4 bis." is "4."): where it stands in its sequence. */
export function withoutSuffix(raw: string): string {
  const m = SUFFIX_END.exec(raw);
  return m ? raw.slice(0, m.index) + (/[.)]$/.test(m[0]) ? m[0].slice(-1) : '') : raw;
}

/**
 * A number a negotiation draft has not settled yet ("3.x", "3.X", "2.1.x"): kept as typed, at its
 * depth, with no value in its sequence.
 */
const PLACEHOLDER = /^(\d{1,3}(?:\.\d{1,3})*)\.[xX](?![A-Za-z\d])[.):]?/;
/** A number that stands for one not settled yet: "3.x", and the bare "x." drafts write too. */
const PLACEHOLDER_RAW = /^(?:\d{1,3}\.)+[xX][.):]?$|^[xX]\.$/;
/** A footnote reference as the reader writes it ("[4]", from Markdown's "[^4]"), right after a number. */
const NOTE_REFERENCE = /^\[\d{1,3}\]/;

const PATTERNS: Pattern[] = [
  {
    // "Article 1", "ARTICLE IV.", "Art. 3:" — but not "Article 5 of the Charter ...".
    first: (c) => c === 65,
    re: new RegExp(`^(?:Article|ARTICLE|Art\\.)\\s+(\\d{1,3}|[IVXLC]{1,6})${SUFFIX}?(?:[.:]|\\s*[-–—])?(?=\\s*$|\\s+[A-Z(“"]|\\s*[-–—])`),
    read: (m) => {
      const n = m[1] ?? '';
      const value = /\d/.test(n) ? Number(n) : romanValue(n);
      return value ? { style: 'article', value } : undefined;
    },
    mayGlue: false,
  },
  { first: isDigit, re: PLACEHOLDER, read: (m) => ({ style: 'multilevel', value: 0, depth: (m[1] ?? '').split('.').length + 1 }), mayGlue: false },
  {
    first: isDigit,
    re: new RegExp(`^(\\d{1,3}(?:\\.\\d{1,3})+)${SUFFIX}?[.):]?`),
    read: (m) => {
      const parts = (m[1] ?? '').split('.');
      return { style: 'multilevel', value: Number(parts[parts.length - 1]), depth: parts.length };
    },
    mayGlue: true,
  },
  { first: isDigit, re: new RegExp(`^(\\d{1,3})(?:${SUFFIX}[.):]?|\\.)`), read: (m) => ({ style: 'decimal', value: Number(m[1]) }), mayGlue: true },
  { first: (c) => c === OPEN_PAREN || isDigit(c), re: new RegExp(`^\\(?(\\d{1,3})${SUFFIX}?\\)`), read: (m) => ({ style: 'decimal-paren', value: Number(m[1]) }), mayGlue: true },
  { first: (c) => c === OPEN_PAREN, re: /^\(([a-zA-Z]{1,4})\)/, read: (m) => lettered(m[1] ?? '', true), mayGlue: true },
  { first: isLower, re: /^([a-z]{1,4})\)/, read: (m) => lettered(m[1] ?? '', true), mayGlue: true },
  { first: (c) => isLower(c) || isUpper(c), re: /^([a-zA-Z]{1,5})\./, read: (m) => lettered(m[1] ?? '', false), mayGlue: false },
  {
    first: isUpper,
    re: ORDINAL_START,
    read: (m) => ({ style: 'ordinal-word', value: ordinalValue(m[1] ?? '') }),
    mayGlue: false,
  },
  { first: (c) => BULLET_CODES.has(c), re: /^[-–—•·▪◦‣*]/, read: () => ({ style: 'bullet', value: 0 }), mayGlue: false },
];

export interface ReadNumberOptions {
  /**
   * The text is known to start a paragraph (not a wrapped line), so numbers of four or five
   * digits ("1000.") are numbers too. Lines alone stop at three digits: a wrapped line may
   * start "2015. We".
   */
  paragraphStart?: boolean;
  /**
   * The last plain paragraph number read before ("999."): the one after it is a number even
   * with four or five digits, since a long text's numbering goes on past 999 and a year that happens
   * to start a wrapped line is not the next number.
   */
  after?: number;
}

const LONG_NUMBER: Pattern = { first: isDigit, re: /^(\d{4,5})\./, read: (m) => ({ style: 'decimal', value: Number(m[1]) }), mayGlue: false };
const PARAGRAPH_PATTERNS: Pattern[] = [LONG_NUMBER, ...PATTERNS];

/**
 * The number at the start of a line, or undefined. `previous` is the number of the item before,
 * so that "(i)" after "(h)" reads as the letter i rather than the roman one.
 */
export function readNumber(line: string, previous?: BlockNumber, opts: ReadNumberOptions = {}): LineNumber | undefined {
  // A printable ASCII character first: no indentation to measure.
  const lead = line.charCodeAt(0);
  const start = lead > 32 && lead < 127 ? 0 : (INDENT.exec(line)?.[0].length ?? 0);
  const code = line.charCodeAt(start);
  let rest: string | undefined;
  const longNumbers = opts.paragraphStart === true || (opts.after ?? 0) >= 999;
  for (const pattern of longNumbers ? PARAGRAPH_PATTERNS : PATTERNS) {
    if (!pattern.first(code)) continue;
    rest ??= line.slice(start, start + 40);
    const m = pattern.re.exec(rest);
    if (!m) continue;
    const reading = pattern.read(m);
    if (!reading) continue;
    if (pattern === LONG_NUMBER && !opts.paragraphStart && reading.value !== (opts.after ?? 0) + 1) continue;
    const raw = m[0];
    const next = rest[raw.length];
    const spaced = next === undefined || /[\s\u00a0]/.test(next);
    const glued = !spaced && /[\p{L}“"‘'(]/u.test(next);
    // A placeholder's note reference ("3.x[4] Notwithstanding") belongs to the paragraph it numbers.
    const cited = next === '[' && PLACEHOLDER_RAW.test(raw) && NOTE_REFERENCE.test(rest.slice(raw.length));
    if (!spaced && !cited && !(glued && pattern.mayGlue)) continue;
    if (reading.style === 'roman' && previous && continuesLetters(raw, previous)) {
      reading.style = raw.includes('(') || raw.endsWith(')') ? 'alpha-paren' : 'alpha-dot';
      reading.value = previous.value + 1;
    }
    let textStart = start + raw.length;
    while (textStart < line.length && isIndentAt(line, textStart)) textStart++;
    return {
      raw,
      style: reading.style,
      value: reading.value,
      glued,
      depth: reading.depth ?? 1,
      upper: /^\(?[A-Z]/.test(raw) && reading.style !== 'ordinal-word' && reading.style !== 'article',
      start,
      textStart,
    };
  }
  return undefined;
}

/** True when a "roman" numeral ("(i)", "(ii)", "(cc)") is in fact the letter after the previous item's. */
function continuesLetters(raw: string, previous: BlockNumber): boolean {
  if (previous.style !== 'alpha-paren' && previous.style !== 'alpha-dot') return false;
  const value = repeatedLetterValue(raw.replace(/[^a-zA-Z]/g, ''));
  return value > 0 && value === previous.value + 1;
}
