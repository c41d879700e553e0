/**
 * The clause library: every clause of every declaration it was given, deduplicated by text
 * with all sources kept, searchable as the user types. Declarations are added and removed one
 * at a time, so a changed source only costs its own clauses. Search is BM25 over stemmed terms
 * with prefix and typo matching (termIndex.ts), quoted phrases checked on the real text.
 */
import type { Clause, ClauseSource, Declaration } from '../model';
import { clausesOf } from './clauses';
import { LIBRARY_SCHEMA_VERSION, LibraryFile } from './format';
import type { LibraryDeclaration, SavedClause } from './format';
import { highlightsOf } from './highlight';
import { parseQuery, phrasePattern } from './query';
import type { ParsedQuery } from './query';
import { TermIndex } from './termIndex';
import type { LibraryFilters, LibrarySearchHit, LibraryStats } from './schemas';
import type { Candidates, Slot } from './termIndex';
import { partialTermOf, termOf, wordList } from './terms';
import { issuesText } from '../issues';

export interface SearchOptions {
  filters?: LibraryFilters;
  /** Most hits returned (default 20). */
  limit?: number;
}

/** Raised by `ClauseLibrary.fromJSON` on a file that is not a library of this version. */
export class LibraryFormatError extends Error {
  override name = 'LibraryFormatError';
}

interface Held {
  decl: LibraryDeclaration;
  clauseIds: Set<string>;
}

const DEFAULT_LIMIT = 20;
// How many top BM25 hits are re-ranked for exact wording and use across declarations.
const RERANK_POOL = 100;
// Terms of a drafted paragraph used to find related clauses.
const RELATED_TERMS = 24;
// A word being typed widens to every term it starts only from this many letters on.
const MIN_PREFIX = 3;

/** The searchable set of clauses; see the module comment. */
export class ClauseLibrary {
  private readonly held = new Map<string, Held>();
  private readonly clauses = new Map<string, Clause>();
  private readonly index = new TermIndex();
  private builtAt: string | undefined;
  private changes = 0;

  /** Grows with every change: lets derived data (variant groups) know when to recompute. */
  get revision(): number {
    return this.changes;
  }

  /** Adds a declaration's clauses, replacing any earlier version of the same declaration. */
  add(decl: Declaration): void {
    this.remove(decl.id);
    const entry: LibraryDeclaration = {
      id: decl.id,
      title: decl.title,
      name: decl.source.name,
      ...(decl.date === undefined ? {} : { date: decl.date }),
      parties: decl.parties,
      hash: decl.source.hash,
    };
    const held: Held = { decl: entry, clauseIds: new Set() };
    this.held.set(entry.id, held);
    for (const clause of clausesOf(decl)) this.addClause(held, clause.id, clause.grain, clause.text, clause.sources[0]);
    this.touch();
  }

  /** Drops a declaration; clauses no other declaration has go with it. False when it was not held. */
  remove(declarationId: string): boolean {
    const held = this.held.get(declarationId);
    if (!held) return false;
    for (const id of held.clauseIds) {
      const clause = this.clauses.get(id);
      if (!clause) continue;
      clause.sources = clause.sources.filter((s) => s.declarationId !== declarationId);
      if (clause.sources.length === 0) {
        this.clauses.delete(id);
        this.index.remove(id);
      }
    }
    this.held.delete(declarationId);
    this.touch();
    return true;
  }

  /** The declarations held, in the order they were added. */
  declarations(): LibraryDeclaration[] {
    return [...this.held.values()].map((h) => h.decl);
  }

  /** The declaration entry for an id (its source hash tells whether a re-read is needed). */
  declaration(id: string): LibraryDeclaration | undefined {
    return this.held.get(id)?.decl;
  }

  /** A clause by id. */
  get(id: string): Clause | undefined {
    return this.clauses.get(id);
  }

  /** Every clause, in insertion order. */
  all(): IterableIterator<Clause> {
    return this.clauses.values();
  }

  /** Counts for the status line. */
  stats(): LibraryStats {
    let paragraphs = 0;
    for (const clause of this.clauses.values()) if (clause.grain === 'paragraph') paragraphs++;
    return {
      sources: this.held.size,
      clauses: this.clauses.size,
      paragraphs,
      sentences: this.clauses.size - paragraphs,
      ...(this.builtAt === undefined ? {} : { builtAt: this.builtAt }),
    };
  }

  /**
   * Ranked clauses for what the user typed. Free words match by stem, the word being typed by
   * prefix, longer words with a typo or two; "quoted phrases" must appear word for word. All
   * words must match; when no clause has them all, clauses matching most of them come back.
   */
  search(query: string, opts: SearchOptions = {}): LibrarySearchHit[] {
    const parsed = parseQuery(query);
    const limit = opts.limit ?? DEFAULT_LIMIT;
    const phrases = parsed.phrases.map(phrasePattern);
    const slots = this.slotsOf(parsed);
    if (slots.length === 0) return [];
    let found = this.index.search(slots, true);
    if (found.docs.length === 0 && phrases.length === 0 && slots.length > 1) found = this.index.search(slots, false);
    const pool = this.bestPassing(found, Math.max(limit, RERANK_POOL), (clause) => passes(clause, opts.filters, phrases));
    // The words typed, in the order typed, are what an editor reusing a clause most wants;
    // among equals, wording used by more declarations comes first.
    const wording = parsed.words.length > 1 ? phrasePattern(parsed.words) : undefined;
    const terms = new Set(slots.flatMap((slot) => [...slot.keys()]));
    return pool
      .map(({ clause, score }) => ({
        clause,
        score: score * (wording?.test(clause.text) ? 1.5 : 1) * (1 + 0.1 * Math.log(clause.sources.length)),
      }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ clause, score }) => ({ clause, score, highlights: highlightsOf(clause.text, terms, phrases) }));
  }

  /**
   * Clauses sharing the most telling words with a text, best first: the candidate pool for
   * agreed-language suggestions. Only the text's rarest terms are looked up, exactly: they
   * tell clauses apart, while its common words would only make the scan long.
   */
  related(text: string, limit: number, grain?: Clause['grain']): Clause[] {
    const terms = new Set(wordList(text).map(termOf).filter((t): t is string => t !== null));
    const telling = [...terms].filter((t) => this.index.frequency(t) > 0).sort((a, b) => this.index.frequency(a) - this.index.frequency(b));
    const slots = telling.slice(0, RELATED_TERMS).map((term) => new Map([[term, 1]]));
    if (slots.length === 0) return [];
    const found = this.index.search(slots, false);
    return this.bestPassing(found, limit, (clause) => grain === undefined || clause.grain === grain).map((hit) => hit.clause);
  }

  /** The saved form; see format.ts. */
  toJSON(): LibraryFile {
    const order = new Map<string, number>();
    const declarations = this.declarations();
    declarations.forEach((d, i) => order.set(d.id, i));
    const clauses: SavedClause[] = [];
    for (const clause of this.clauses.values()) {
      clauses.push({
        id: clause.id,
        grain: clause.grain,
        text: clause.text,
        sources: clause.sources.map((s) => ({
          d: order.get(s.declarationId) ?? 0,
          blockId: s.blockId,
          ...(s.heading === undefined ? {} : { heading: s.heading }),
        })),
      });
    }
    return {
      format: 'concord-library',
      schemaVersion: LIBRARY_SCHEMA_VERSION,
      builtAt: this.builtAt ?? new Date(0).toISOString(),
      declarations,
      clauses,
    };
  }

  /** Rebuilds a library from its saved form; throws LibraryFormatError saying what is wrong. */
  static fromJSON(raw: unknown): ClauseLibrary {
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version !== LIBRARY_SCHEMA_VERSION) {
      throw new LibraryFormatError(
        `The clause library was saved in format version ${version}; this Concord reads version ${LIBRARY_SCHEMA_VERSION}. It will be rebuilt from its sources.`,
      );
    }
    const parsed = LibraryFile.safeParse(raw);
    if (!parsed.success) {
      throw new LibraryFormatError(`The clause library file is damaged (${issuesText(parsed.error, 1, 'file')}). It will be rebuilt from its sources.`);
    }
    const file = parsed.data;
    const library = new ClauseLibrary();
    const helds = file.declarations.map((decl) => {
      const held: Held = { decl, clauseIds: new Set() };
      library.held.set(decl.id, held);
      return held;
    });
    for (const saved of file.clauses) {
      for (const s of saved.sources) {
        const held = helds[s.d];
        if (!held) {
          throw new LibraryFormatError(
            `The clause library file is damaged (clause ${saved.id} points at declaration #${s.d}, which is missing). It will be rebuilt from its sources.`,
          );
        }
        library.addClause(held, saved.id, saved.grain, saved.text, sourceFor(held.decl, s.blockId, s.heading));
      }
    }
    library.builtAt = file.builtAt;
    return library;
  }

  /** One slot per phrase word, per complete word (stem, typos) and for the word being typed (prefix). */
  private slotsOf(parsed: ParsedQuery): Slot[] {
    const slots: Slot[] = [];
    for (const phrase of parsed.phrases) {
      for (const word of phrase) {
        const term = termOf(word);
        if (term !== null) slots.push(new Map([[term, 1]]));
      }
    }
    parsed.words.forEach((word, i) => {
      const term = termOf(word);
      const typing = parsed.typing && i === parsed.words.length - 1;
      const partial = typing ? partialTermOf(word) : null;
      const slot = new Map<string, number>();
      if (term !== null) this.index.fuzzyTerms(term, typoBudget(term), slot);
      if (partial !== null && partial.length >= MIN_PREFIX) this.index.prefixTerms(partial, slot);
      if (term !== null || partial !== null) slots.push(slot);
    });
    return slots;
  }

  /**
   * The best-scored candidates whose clause passes `keep`, at most `count`, best first. Only the
   * top slice is sorted, widened while filters reject too many: sorting 50,000 matches of a
   * common word would cost more than the whole search.
   */
  private bestPassing(found: Candidates, count: number, keep: (clause: Clause) => boolean): { clause: Clause; score: number }[] {
    const total = found.docs.length;
    for (let slice = Math.min(total, count * 4); ; slice = Math.min(total, slice * 8)) {
      const floor = slice >= total ? -Infinity : scoreAtRank(found.scores, slice);
      const order: number[] = [];
      found.scores.forEach((score, at) => {
        if (score >= floor) order.push(at);
      });
      order.sort((a, b) => (found.scores[b] ?? 0) - (found.scores[a] ?? 0));
      const best: { clause: Clause; score: number }[] = [];
      for (const at of order) {
        const clause = this.clauses.get(this.index.keyOf(found.docs[at] ?? -1));
        if (clause && keep(clause)) best.push({ clause, score: found.scores[at] ?? 0 });
        if (best.length >= count) return best;
      }
      if (slice >= total) return best;
    }
  }

  private addClause(held: Held, id: string, grain: Clause['grain'], text: string, source: ClauseSource | undefined): void {
    if (!source) return;
    held.clauseIds.add(id);
    const known = this.clauses.get(id);
    if (!known) {
      this.clauses.set(id, { id, grain, text, sources: [source] });
      this.index.add(id, text);
      return;
    }
    const twice = known.sources.some((s) => s.declarationId === source.declarationId && s.blockId === source.blockId);
    if (!twice) known.sources.push(source);
  }

  private touch(): void {
    this.changes++;
    this.builtAt = new Date().toISOString();
  }
}

/** Typos tolerated: none below five letters, one up to nine, then two. */
function typoBudget(term: string): number {
  return term.length < 5 ? 0 : term.length < 10 ? 1 : 2;
}

/** The score at a rank (0 = best) without sorting everything: quickselect on a copy. */
function scoreAtRank(scores: Float64Array, rank: number): number {
  const values = Float64Array.from(scores);
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = swap;
      }
    }
    if (rank <= j) hi = j;
    else if (rank >= i) lo = i;
    else break;
  }
  return values[rank] as number;
}

function passes(clause: Clause, filters: LibraryFilters | undefined, phrases: RegExp[]): boolean {
  if (filters?.grain !== undefined && clause.grain !== filters.grain) return false;
  if (filters && (filters.source !== undefined || filters.year !== undefined || filters.section !== undefined)) {
    if (!clause.sources.some((s) => sourcePasses(s, filters))) return false;
  }
  return phrases.every((p) => p.test(clause.text));
}

function sourcePasses(source: ClauseSource, filters: LibraryFilters): boolean {
  if (filters.source !== undefined && source.declarationId !== filters.source) return false;
  if (filters.year !== undefined && source.date?.slice(0, 4) !== String(filters.year)) return false;
  if (filters.section !== undefined && source.heading?.toLowerCase() !== filters.section.trim().toLowerCase()) return false;
  return true;
}

function sourceFor(decl: LibraryDeclaration, blockId: string, heading: string | undefined): ClauseSource {
  return {
    declarationId: decl.id,
    title: decl.title,
    blockId,
    ...(heading === undefined ? {} : { heading }),
    ...(decl.date === undefined ? {} : { date: decl.date }),
    parties: decl.parties,
  };
}
