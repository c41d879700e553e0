/**
 * Agreed-language suggestions: for the paragraph being drafted, the earlier clauses closest to
 * it, each with a similarity score, the word diff from the clause to the draft and the
 * provenance to attach when the drafter takes it.
 */
import type { WordDiff } from '../diff/schemas';
import { wordDiff } from '../diff/words';
import type { Clause } from '../model';
import type { ClauseLibrary } from './library';
import { clauseProvenance } from './provenance';
import type { LibrarySuggestion } from './schemas';
import { termOf, wordList } from './terms';

export interface SuggestOptions {
  /** Suggestions scoring below this are dropped (default 0.3). */
  minScore?: number;
  grain?: Clause['grain'];
}

// Clauses fetched by shared rare words, then narrowed by shared terms, before the word diff
// (the costly step) ranks the few left.
const CANDIDATES = 40;
const DIFFED_PER_SUGGESTION = 2;

/** The `limit` clauses closest to `paragraph`, best first. */
export function suggestFor(paragraph: string, library: ClauseLibrary, limit = 5, opts: SuggestOptions = {}): LibrarySuggestion[] {
  const words = wordList(paragraph).length;
  if (words === 0) return [];
  const terms = termSet(paragraph);
  return library
    .related(paragraph, Math.max(CANDIDATES, limit), opts.grain)
    .map((clause) => ({ clause, overlap: dice(terms, termSet(clause.text)) }))
    .sort((a, b) => b.overlap - a.overlap)
    .slice(0, Math.max(8, limit * DIFFED_PER_SUGGESTION))
    .map(({ clause }) => {
      const diff = wordDiff(clause.text, paragraph);
      return { clause, score: similarityOf(diff, wordList(clause.text).length, words), diff, provenance: clauseProvenance(clause) };
    })
    .filter((s) => s.score >= (opts.minScore ?? 0.3))
    .sort((a, b) => b.score - a.score || b.clause.sources.length - a.clause.sources.length)
    .slice(0, limit);
}

function termSet(text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of wordList(text)) {
    const term = termOf(word);
    if (term !== null) terms.add(term);
  }
  return terms;
}

/** Dice similarity of two term sets, order ignored: the cheap first cut. */
function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return (2 * shared) / Math.max(1, a.size + b.size);
}

/** Dice similarity over words kept in order: twice the common words over all words. */
function similarityOf(diff: WordDiff, aWords: number, bWords: number): number {
  let common = 0;
  for (const op of diff.ops) if (op.kind === 'equal') common += wordList(op.text).length;
  return Math.min(1, (2 * common) / Math.max(1, aWords + bWords));
}
