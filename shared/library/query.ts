/**
 * What a user typed in the search box, taken apart: phrases in quotes (straight or curly),
 * which must appear word for word, and the free words around them, which are matched
 * loosely (stems, prefixes, small typos).
 */
import { wordsOf } from './terms';

export interface ParsedQuery {
  /** Each quoted phrase as its words, in order. */
  phrases: string[][];
  /** The words outside quotes. */
  words: string[];
  /** True when the last word is still being typed (no space after it). */
  typing: boolean;
}

const PHRASE = /["“”]([^"“”]*)["“”]/g;

/** Splits a query into phrases and free words; an unclosed quote counts as free words. */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  const rest = query.replace(PHRASE, (_all, inner: string) => {
    const words = wordsOf(inner).map((w) => w.text);
    if (words.length > 0) phrases.push(words);
    return ' ';
  });
  const words = wordsOf(rest).map((w) => w.text);
  return { phrases, words, typing: words.length > 0 && /[\p{L}\p{N}]$/u.test(query) };
}

/** A case-insensitive pattern finding a phrase's words in order, across any punctuation or spacing. */
export function phrasePattern(words: string[]): RegExp {
  const body = words.map((w) => w.replace(/['’]/g, "['’]")).join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}
