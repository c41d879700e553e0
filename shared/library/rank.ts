/**
 * The last step of every clause search, whichever backend found the candidates: the words typed,
 * found in the order typed, are what an editor reusing a clause most wants, so such clauses
 * move up, typos and all ("multilaterl tradng sytem" still meets "multilateral trading system"
 * word for word); among equals, wording used by more declarations comes first.
 */
import type { Clause, Span } from '../model';
import { highlightsOf } from './highlight';
import { foldWord, termOf, wordList } from './terms';

/**
 * One query word as what it may match in a clause: index terms (stems), the words as written
 * that it stands for (itself, folded, and its near spellings), and a prefix for the word being
 * typed.
 */
export interface WordMatch {
  terms: ReadonlySet<string>;
  surfaces: ReadonlySet<string>;
  prefix?: string;
}

/** A candidate clause and its backend's relevance score. */
export interface Scored {
  clause: Clause;
  score: number;
}

export interface RankedHit extends Scored {
  highlights: Span[];
}

// How much more a clause counts that holds the query's words in the typed order: by stem
// ("trade system" for "trading system"), or as the words themselves (or their near spellings).
const ORDER_BOOST = [1, 1.5, 2.5];

export function matchesWord(term: string, word: WordMatch): boolean {
  return word.terms.has(term) || (word.prefix !== undefined && term.startsWith(word.prefix));
}

function matchesSurface(surface: string, word: WordMatch): boolean {
  return word.surfaces.has(surface) || (word.prefix !== undefined && surface.startsWith(word.prefix));
}

interface OrderWords {
  terms: string[];
  surfaces: string[];
}

// The clauses ranked lately, read into their words: the same clauses come back at every
// keystroke of a query, and reading their words was a fifth of a search at a million clauses.
const ORDER_MEMO = 4096;
const orderMemo = new Map<string, OrderWords>();

/** A clause text's index terms, and beside each the word as written (folded), function words left out. */
function orderWordsOf(text: string): OrderWords {
  const known = orderMemo.get(text);
  if (known) return known;
  const terms: string[] = [];
  const surfaces: string[] = [];
  for (const word of wordList(text)) {
    const term = termOf(word);
    if (term === null) continue;
    terms.push(term);
    surfaces.push(foldWord(word));
  }
  if (orderMemo.size >= ORDER_MEMO) orderMemo.clear();
  const read = { terms, surfaces };
  orderMemo.set(text, read);
  return read;
}

/**
 * 2 when the clause has the words as typed one after another (function words between them
 * aside), 1 when it has their stems so, 0 otherwise or for a one-word query.
 */
export function typedOrderLevel(text: string, words: readonly WordMatch[]): number {
  if (words.length < 2) return 0;
  const { terms, surfaces } = orderWordsOf(text);
  let level = 0;
  for (let start = 0; start + words.length <= terms.length; start++) {
    if (!words.every((word, k) => matchesWord(terms[start + k] as string, word))) continue;
    if (words.every((word, k) => matchesSurface(surfaces[start + k] as string, word))) return 2;
    level = 1;
  }
  return level;
}

/**
 * The best `limit` of a candidate pool, re-ranked as the module comment says, with highlights.
 * Candidates are boosted best first and the walk stops once even the largest boost could not
 * lift the next one into the top `limit`: reading a clause's words is the costly step.
 */
export function rankPool(pool: readonly Scored[], words: readonly WordMatch[], phrases: readonly RegExp[], limit: number): RankedHit[] {
  const marked = { has: (term: string) => words.some((word) => matchesWord(term, word)) };
  const sourceBoost = (clause: Clause) => 1 + 0.1 * Math.log(clause.sources.length);
  let largest = 1;
  for (const { clause } of pool) largest = Math.max(largest, sourceBoost(clause));
  const ceiling = largest * (words.length < 2 ? 1 : (ORDER_BOOST[2] as number));
  const best: Scored[] = [];
  for (const { clause, score } of [...pool].sort((a, b) => b.score - a.score)) {
    if (best.length >= limit && score * ceiling <= (best[limit - 1] as Scored).score) break;
    const boosted = score * (ORDER_BOOST[typedOrderLevel(clause.text, words)] ?? 1) * sourceBoost(clause);
    let at = best.length;
    while (at > 0 && (best[at - 1] as Scored).score < boosted) at--;
    best.splice(at, 0, { clause, score: boosted });
    if (best.length > limit) best.pop();
  }
  return best.map(({ clause, score }) => ({ clause, score, highlights: highlightsOf(clause.text, marked, phrases) }));
}
