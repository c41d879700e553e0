/**
 * The ignore switches, applied to tokens rather than to the text: each token gets a comparison
 * key and a flag saying whether it counts, while its offsets still point into the original
 * text. That is what lets the redline show the real words after ignoring case or quotes.
 */
import type { Token } from '../text/tokens';
import type { IgnoreOptions } from './schemas';

/** The ignore switches all off: every difference shows. */
export const NO_IGNORE: IgnoreOptions = { numbering: false, case: false, punctuation: false, whitespace: false, quotes: false };

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
const QUOTE_CHARS = new RegExp(`[${Object.keys(QUOTES).join('')}]`, 'gu');
// A separate test pattern: test() on a global pattern moves its lastIndex between calls.
const HAS_QUOTE = new RegExp(`[${Object.keys(QUOTES).join('')}]`, 'u');

/**
 * A leading list marker: "12.", "1.2", "(b)", "b)", "IV.", "Article 3". Digits need a dot,
 * a bracket or a following space; letters need a dot or a bracket, so "I am" is no number.
 */
const LEADING_NUMBER =
  /^\s*(?:\(?(?:\d{1,4}(?:\.\d{1,4})*|[a-z]|[ivxlcdm]{1,6})[.)]|\d{1,4}(?:\.\d{1,4})*(?=\s)|(?:article|art\.)\s+\d{1,4}[.:]?)/iu;

/** Length of the list marker at the start of a paragraph, 0 when it has none. */
export function leadingNumberLength(text: string): number {
  return LEADING_NUMBER.exec(text)?.[0].length ?? 0;
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
    const raw = text.slice(t.start, t.end);
    const significant = t.kind === 'word' ? t.end > numberEnd : t.kind === 'punct' ? !ignore.punctuation && t.end > numberEnd : false;
    const key = t.kind === 'space' ? (ignore.whitespace ? '' : raw) : significant ? textKey(raw, ignore) : '';
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
 * tokenizing them: two paragraphs with the same key need no word diff.
 */
export function paragraphKey(text: string, ignore: IgnoreOptions): string {
  let key = textKey(ignore.numbering ? text.slice(leadingNumberLength(text)) : text, ignore);
  if (ignore.punctuation) key = key.replace(/[\p{P}\p{S}]+/gu, '');
  if (ignore.whitespace) key = key.replace(/\s+/gu, '');
  return key;
}
