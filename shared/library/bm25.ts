/**
 * BM25, the relevance score of clause search, in one place: the local index applies it over its
 * postings, and a backend that finds candidates its own way (PostgreSQL) scores their texts with
 * `scoreCounted`, so both rank a clause the same.
 */
import type { Slot } from './termIndex';
import { termOf, wordList } from './terms';

// The usual term-frequency saturation and length normalization.
const K1 = 1.2;
const B = 0.75;

/** What BM25 needs to know of the whole library. */
export interface CorpusStats {
  /** Clauses held. */
  documents: number;
  /** Mean index terms per clause. */
  averageLength: number;
  /** Clauses holding a term. */
  frequency(term: string): number;
}

/** The part of a term's score that every clause shares: the query weight times the term's rarity. */
export function termWeight(weight: number, df: number, documents: number): number {
  return weight * Math.log(1 + (documents - df + 0.5) / (df + 0.5)) * (K1 + 1);
}

/** The part that depends on the clause: how often it holds the term, against its length. */
export function termInClause(tf: number, length: number, averageLength: number): number {
  return tf / (tf + K1 * (1 - B + (B * length) / averageLength));
}

/** One matched term's share of a clause's score. */
export function termScore(weight: number, df: number, documents: number, tf: number, length: number, averageLength: number): number {
  return termWeight(weight, df, documents) * termInClause(tf, length, averageLength);
}

/** The index terms of a text with their counts, and how many there are. */
export interface TermCounts {
  counts: Map<string, number>;
  length: number;
}

/** A text's TermCounts. */
export function termCounts(text: string): TermCounts {
  const counts = new Map<string, number>();
  let length = 0;
  for (const word of wordList(text)) {
    const term = termOf(word);
    if (term === null) continue;
    length++;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return { counts, length: Math.max(1, length) };
}

/**
 * A text's score for query slots from its term counts, as TermIndex.search gives it: every
 * matched term counted, a clause missing slots scaled by the share matched (0 when `all` slots
 * were required).
 */
export function scoreCounted({ counts, length }: TermCounts, slots: readonly Slot[], stats: CorpusStats, all: boolean): number {
  let score = 0;
  let matched = 0;
  for (const slot of slots) {
    let hit = false;
    for (const [term, weight] of slot) {
      const tf = counts.get(term);
      if (tf === undefined) continue;
      hit = true;
      score += termScore(weight, stats.frequency(term), stats.documents, tf, length, stats.averageLength);
    }
    if (hit) matched++;
  }
  if (matched < slots.length && all) return 0;
  return (score * matched) / Math.max(1, slots.length);
}
