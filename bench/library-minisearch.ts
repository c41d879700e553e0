/**
 * The peer for clause search: MiniSearch, the usual full-text library for JavaScript, on the
 * same clauses, tuned as a developer would (all words required, stop words dropped, prefix and
 * fuzzy matching) and with its defaults.
 */
import MiniSearch from 'minisearch';
import type { Options, SearchOptions } from 'minisearch';
import type { Clause } from '../shared/model';
import { isStopWord } from '../shared/library/terms';

interface Doc {
  id: number;
  text: string;
}

const TUNED: Partial<SearchOptions> = { combineWith: 'AND', prefix: true, fuzzy: 0.2 };

/** Indexes the clauses; returns the search function and the build time. */
export function miniSearchOf(clauses: Iterable<Clause>, tuned: boolean): { search: (q: string) => unknown; buildMs: number; size: number } {
  const options: Options<Doc> = {
    fields: ['text'],
    ...(tuned ? { processTerm: (term: string) => (isStopWord(term.toLowerCase()) ? null : term.toLowerCase()), searchOptions: TUNED } : {}),
  };
  const index = new MiniSearch<Doc>(options);
  const t0 = performance.now();
  let id = 0;
  for (const clause of clauses) index.add({ id: id++, text: clause.text });
  const buildMs = performance.now() - t0;
  return { search: (q) => index.search(q.replace(/["“”]/g, '')).slice(0, 20), buildMs, size: id };
}
