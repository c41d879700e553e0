/**
 * The ignore switches, applied to tokens rather than to the text: each token gets a comparison
 * key and a flag saying whether it counts, while its offsets still point into the original
 * text. That is what lets the redline show the real words after ignoring case or quotes.
 */
import type { Token } from '../text/tokens';
import type { IgnoreOptions } from './schemas';
import type { NumberStyle } from '../model';
import { readNumber } from '../text/numbers';
import { isWhitespace } from '../text/whitespace';

/** The ignore switches all off: every difference shows. */
export const NO_IGNORE: IgnoreOptions = { numbering: false, case: false, punctuation: false, whitespace: false, quotes: false, emphasis: false };

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
const QUOTE_CHARS = new RegExp(`[${Object.keys(QUOTES).join('')}]`, 'gu');
// A separate test pattern: test() on a global pattern moves its lastIndex between calls.
const HAS_QUOTE = new RegExp(`[${Object.keys(QUOTES).join('')}]`, 'u');

/** Markers a comparison may ignore: every number the reader reads except bullets and ordinal words. */
const IGNORABLE_NUMBER = new Set<NumberStyle>(['decimal', 'decimal-paren', 'multilevel', 'alpha-paren', 'alpha-dot', 'roman', 'article']);

export function leadingNumberLength(text: string): number {
  const read = readNumber(text, undefined, { paragraphStart: true });
  return read && IGNORABLE_NUMBER.has(read.style) ? read.start + read.raw.length : 0;
}

/** The key a piece of text is compared by under the switches (quotes, dashes, case). */
export function textKey(text: string, ignore: IgnoreOptions): string {
  let key = ignore.quotes && HAS_QUOTE.test(text) ? text.replace(QUOTE_CHARS, (c) => QUOTES[c] ?? c) : text;
  if (ignore.case) key = key.toLowerCase();
  return key;
}

/** A token as the diff sees it: compared by `key` when `significant`, else part of the gap. */
export interface KeyedToken extends Token {
  key: string;
  significant: boolean;
}

/**
 * Gives each token its key and decides which ones count under the switches. `numberEnd` is
 * where the paragraph's list marker ends (ignored tokens stand before it); by default it is
 * read from the start of `text`.
 */
export function keyTokens(text: string, tokens: Token[], ignore: IgnoreOptions, numberEnd = ignore.numbering ? leadingNumberLength(text) : 0): KeyedToken[] {
  return tokens.map((t) => {
    const significant = t.kind === 'word' ? t.end > numberEnd : t.kind === 'punct' ? !ignore.punctuation && t.end > numberEnd : false;
    // The token's text is cut out only where the key needs it (ignored spaces and marks count for nothing).
    let key = '';
    if (t.kind === 'space') key = ignore.whitespace ? '' : text.slice(t.start, t.end);
    else if (significant) key = textKey(text.slice(t.start, t.end), ignore);
    return { start: t.start, end: t.end, kind: t.kind, key, significant };
  });
}

/**
 * The key of the stretch between two counted tokens: whitespace as written unless whitespace
 * is ignored; ignored punctuation and numbers count for nothing. A paragraph joint (U+2029,
 * used when a split or merge joins paragraphs) compares like a single space.
 */
export function gapKey(tokens: KeyedToken[], from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; i++) key += tokens[i]?.key ?? '';
  return key.includes('\u2029') ? key.replace(/\s*\u2029\s*/gu, ' ') : key;
}

/**
 * A whole paragraph's comparison key, for finding unchanged paragraphs fast without
 * tokenizing them: two paragraphs with the same key need no word diff. With spaces,
 * punctuation or quotes ignored the key is a 64-bit hash of the characters that count, taken
 * in one pass without building the filtered text: this runs on every paragraph of both texts.
 * Two different paragraphs that happened to share a hash would still get their word diff,
 * since only identical texts skip it.
 */
export function paragraphKey(text: string, ignore: IgnoreOptions): string {
  const from = ignore.numbering ? leadingNumberLength(text) : 0;
  if (!hashedKeys(ignore)) {
    const body = from ? text.slice(from) : text;
    return ignore.case ? body.toLowerCase() : body;
  }
  // What each ASCII character adds under these switches: -1 nothing, else its key code.
  const ascii = asciiKeys(ignore);
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193;
  let counted = 0;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      // Without a branch: an ignored character (key -1, so skip = -1) keeps the hashes as
      // they were. Spaces come every few characters, too irregularly for the CPU to guess.
      const key = ascii[code] ?? -1;
      const skip = key >> 31;
      h1 = (Math.imul(h1 ^ key, 0x01000193) & ~skip) | (h1 & skip);
      h2 = ((Math.imul(h2 ^ key, 0x5bd1e995) ^ (h2 >>> 15)) & ~skip) | (h2 & skip);
      counted += 1 + skip;
      continue;
    }
    for (const unit of countedUnits(text, i, ignore)) {
      h1 = Math.imul(h1 ^ unit, 0x01000193);
      h2 = Math.imul(h2 ^ unit, 0x5bd1e995) ^ (h2 >>> 15);
      counted++;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
  }
  // Decimal, signed: the cheapest number-to-text V8 has (base 36 cost a fifth of the key).
  return `#${h1}.${h2}.${counted}`;
}

/** Whether paragraph keys are hashes under these switches (else the text, or a slice of it). */
export function hashedKeys(ignore: IgnoreOptions): boolean {
  return ignore.quotes || ignore.punctuation || ignore.whitespace;
}

const asciiTables = new Map<number, Int16Array>();

/** Per ASCII code, the code the key counts (lower-cased, "`" as "'"), or -1 when ignored. */
function asciiKeys(ignore: IgnoreOptions): Int16Array {
  const id = (ignore.case ? 1 : 0) | (ignore.punctuation ? 2 : 0) | (ignore.whitespace ? 4 : 0) | (ignore.quotes ? 8 : 0);
  let table = asciiTables.get(id);
  if (!table) {
    table = Int16Array.from({ length: 128 }, (_, original) => {
      const code = ignore.quotes && original === 0x60 ? 0x27 : original;
      const c = ASCII_CLASS[code] ?? 0;
      if ((c === 1 && ignore.whitespace) || (c === 2 && ignore.punctuation)) return -1;
      return c === 3 && ignore.case ? code + 32 : code;
    });
    asciiTables.set(id, table);
  }
  return table;
}

const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return /\s/u.test(ch) ? 1 : /[\p{P}\p{S}]/u.test(ch) ? 2 : /[A-Z]/u.test(ch) ? 3 : 0;
});

const NONE: readonly number[] = [];

/** What a non-ASCII character at `i` adds to the key: its units, plain and lower-cased as switched. */
function countedUnits(text: string, i: number, ignore: IgnoreOptions): readonly number[] {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i) ?? code;
    return ignore.punctuation && isPunctuation(cp) ? NONE : [code, text.charCodeAt(i + 1)];
  }
  const plain = ignore.quotes ? (PLAIN_CODE.get(code) ?? code) : code;
  if (plain < 128) {
    const c = ASCII_CLASS[plain] ?? 0;
    return (c === 1 && ignore.whitespace) || (c === 2 && ignore.punctuation) ? NONE : [plain];
  }
  if ((ignore.whitespace && isWhitespace(plain)) || (ignore.punctuation && isPunctuation(plain))) return NONE;
  return ignore.case ? lowerCodes(plain) : [plain];
}

const PLAIN_CODE = new Map(Object.entries(QUOTES).map(([q, plain]) => [q.charCodeAt(0), plain.charCodeAt(0)]));

const PUNCTUATION = /[\p{P}\p{S}]/u;
const punctuationCache = new Map<number, boolean>();
const lowerCache = new Map<number, number[]>();

function isPunctuation(cp: number): boolean {
  let p = punctuationCache.get(cp);
  if (p === undefined) {
    p = PUNCTUATION.test(String.fromCodePoint(cp));
    punctuationCache.set(cp, p);
  }
  return p;
}

/** The UTF-16 units of a character's lower case (one, or two for a few like "İ"). */
function lowerCodes(code: number): number[] {
  let lower = lowerCache.get(code);
  if (lower === undefined) {
    const l = String.fromCharCode(code).toLowerCase();
    lower = Array.from({ length: l.length }, (_, k) => l.charCodeAt(k));
    lowerCache.set(code, lower);
  }
  return lower;
}
