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

/** A word being typed widens to every term it starts only from this many letters on. */
export const MIN_PREFIX = 3;

/** Typos tolerated in a word (by its index term's length): none below four letters, one up to nine, then two. */
export function typoBudget(term: string): number {
  return term.length < 4 ? 0 : term.length < 10 ? 1 : 2;
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return previous[b.length] as number;
}
