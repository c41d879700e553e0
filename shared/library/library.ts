/**
 * The clause library: every clause of every declaration it was given, deduplicated by text
 * with all sources kept, searchable as the user types. Declarations are added and removed one
 * at a time, so a changed source only costs its own clauses. Search is BM25 over stemmed terms
 * with prefix and typo matching (termIndex.ts), quoted phrases checked on the real text.
 *
 * Clauses are kept in columns (column.ts), not as a million objects: texts as token numbers
 * (text-column.ts; a sentence as a range of its paragraph's), grains and source links as
 * integers; a Clause is built only when asked for. The saved form
 * (saved-index.ts) is those columns and the index's arrays, so loading views bytes in place.
 */
import type { Clause, ClauseSource, Declaration } from '../model';
import { IntColumn } from './column';
import { filedDeclarationOf } from './filed';
import type { FiledDeclaration, FiledSentence, Scan } from './filed';
import type { LibraryDeclaration } from './format';
import { MIN_PREFIX, parseQuery, phrasePattern, typoBudget } from './query';
import type { ParsedQuery } from './query';
import { rankPool } from './rank';
import type { WordMatch } from './rank';
import { decodeLibrary, encodeLibrary, LibraryFormatError } from './saved-index';
import { valueAtRank } from './select';
import { TermIndex } from './termIndex';
import { TextColumn } from './text-column';
import type { LibraryFilters, LibrarySearchHit, LibraryStats } from './schemas';
import type { StandardKey } from './standard-form';
import type { Candidates, Slot } from './termIndex';
import { partialTermOf, termOf, wordList } from './terms';

export interface SearchOptions {
  filters?: LibraryFilters;
  /** Most hits returned (default 20). */
  limit?: number;
}

export { LibraryFormatError };

interface Held {
  decl: LibraryDeclaration;
  /** Its number in the source columns. */
  number: number;
  /** The documents (clauses) it has a source in; found when first needed for a loaded declaration. */
  docs: number[] | undefined;
}

const DEFAULT_LIMIT = 20;
// How many top BM25 hits are re-ranked for exact wording and use across declarations.
const RERANK_POOL = 100;
// Terms of a drafted paragraph used to find related clauses.
const RELATED_TERMS = 24;
const GRAINS: Clause['grain'][] = ['paragraph', 'sentence'];
// A loaded document's last source record, not looked for yet.
const UNKNOWN = -2;

/** The searchable set of clauses; see the module comment. */
export class ClauseLibrary {
  private readonly held = new Map<string, Held>();
  private readonly byNumber: (LibraryDeclaration | undefined)[] = [];
  private index = new TermIndex();
  // Per document (the index's numbering): text, grain and the first of its source records.
  private texts = new TextColumn();
  private grains = new IntColumn();
  private firstSource = new IntColumn();
  // The last of a document's source records: a clause in thousands of declarations gets its
  // next source without walking the list (that walk made a big import quadratic).
  private lastSource = new IntColumn();
  // Source records, one per (clause, declaration, block), linked per clause in order added.
  private sourceDecl = new IntColumn();
  private sourceBlock = new IntColumn();
  private sourceHeading = new IntColumn();
  private nextSource = new IntColumn();
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private builtAt: string | undefined;
  // Where each loaded clause's source records start (saved-index.ts), to find a loaded
  // declaration's clauses when it is removed instead of listing them all at load.
  private loadedSources: Int32Array<ArrayBufferLike> = new Int32Array(1);
  private readonly watchers = new Set<(doc: number) => void>();

  /**
   * Calls `listener` with each document (clause number) a change adds, drops or gives other
   * sources, until the returned function is called: derived data (variant groups) follows the
   * library without recomputing it whole.
   */
  watch(listener: (doc: number) => void): () => void {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }

  /** Adds a declaration's clauses, replacing any earlier version of the same declaration. */
  add(decl: Declaration): void {
    this.addFiled(filedDeclarationOf(decl));
  }

  /** Adds a declaration read into its clauses (filed.ts), replacing any earlier version of it. */
  addFiled({ entry, paragraphs, scans }: FiledDeclaration): void {
    this.remove(entry.id);
    const held: Held = { decl: entry, number: this.byNumber.length, docs: [] };
    this.byNumber.push(entry);
    this.held.set(entry.id, held);
    // A sentence is indexed from its paragraph's words and kept as a range of its text.
    for (const { id, text, blockId, heading, sentences, words, tokens } of paragraphs) {
      const scan: Scan = { data: scans, words, tokens };
      const paragraph = this.addClause(held, id, text, blockId, heading, scan);
      for (const sentence of sentences) this.addClause(held, sentence.id, text, blockId, heading, scan, { ...sentence, doc: paragraph });
    }
    this.touch();
  }

  /** Drops a declaration; clauses no other declaration has go with it. False when it was not held. */
  remove(declarationId: string): boolean {
    const held = this.held.get(declarationId);
    if (!held) return false;
    for (const doc of held.docs ?? this.loadedDocsOf(held.number)) {
      let previous = -1;
      for (let r = this.firstSource.get(doc); r >= 0; r = this.nextSource.get(r)) {
        if (this.sourceDecl.get(r) !== held.number) {
          previous = r;
          continue;
        }
        if (previous < 0) this.firstSource.set(doc, this.nextSource.get(r));
        else this.nextSource.set(previous, this.nextSource.get(r));
        if (this.nextSource.get(r) < 0) this.lastSource.set(doc, previous);
      }
      if (this.firstSource.get(doc) < 0) this.index.remove(this.index.keyOf(doc));
      for (const watcher of this.watchers) watcher(doc);
    }
    this.held.delete(declarationId);
    this.byNumber[held.number] = undefined;
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
    const doc = this.index.docOf(id);
    return doc === undefined ? undefined : this.clauseOf(doc);
  }

  /** Every clause, in insertion order. */
  *all(): IterableIterator<Clause> {
    for (let doc = 0; doc < this.index.capacity; doc++) if (this.index.isLive(doc)) yield this.clauseOf(doc);
  }

  /** Document numbers given so far, dropped ones included: a number is never given twice. */
  get documents(): number {
    return this.index.capacity;
  }

  /** Whether a document (a number below `documents`) is a clause held. */
  isLive(doc: number): boolean {
    return this.index.isLive(doc);
  }

  /** A document's text, also once it is dropped. */
  textOf(doc: number): string {
    return this.texts.get(doc);
  }

  /** Whether two documents have a source in the same block of one declaration (a paragraph and its own sentence). */
  shareBlock(a: number, b: number): boolean {
    for (let r = this.firstSource.get(a); r >= 0; r = this.nextSource.get(r)) {
      for (let q = this.firstSource.get(b); q >= 0; q = this.nextSource.get(q)) {
        if (this.sourceDecl.get(r) === this.sourceDecl.get(q) && this.sourceBlock.get(r) === this.sourceBlock.get(q)) return true;
      }
    }
    return false;
  }

  /** What decides whether a document's wording is its variant group's standard form (standard-form.ts), read without building the clause. */
  standingOf(doc: number): StandardKey {
    const declarations = new Set<number>();
    let sources = 0;
    let earliest = '\uffff';
    for (let r = this.firstSource.get(doc); r >= 0; r = this.nextSource.get(r)) {
      const number = this.sourceDecl.get(r);
      const date = this.byNumber[number]?.date;
      if (!this.byNumber[number]) continue;
      declarations.add(number);
      sources++;
      if (date !== undefined && date < earliest) earliest = date;
    }
    const index = this.index;
    let id: string | undefined;
    // The id only breaks ties: made (a string from two words) when a comparison gets that far.
    return {
      declarations: declarations.size,
      sources,
      earliest,
      get id() {
        return (id ??= index.keyOf(doc));
      },
    };
  }

  /** Clauses held. */
  get size(): number {
    return this.index.size;
  }

  /** Counts for the status line. */
  stats(): LibraryStats {
    let paragraphs = 0;
    for (let doc = 0; doc < this.index.capacity; doc++) if (this.index.isLive(doc) && this.grains.get(doc) === 0) paragraphs++;
    return {
      sources: this.held.size,
      clauses: this.size,
      paragraphs,
      sentences: this.size - paragraphs,
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
    const { slots, wordSlots } = this.slotsOf(parsed);
    if (slots.length === 0) return [];
    const keep = (doc: number) => this.passes(doc, opts.filters, phrases);
    const size = Math.max(limit, RERANK_POOL);
    let all = true;
    let round = 0;
    let found = this.index.search(slots, all, round);
    let pool = this.bestPassing(found, size, keep);
    while (pool.length < limit) {
      // A broad query's best clauses gave too few hits (filters, phrases, the other words):
      // more of them, and at last all of them; then clauses with only some of the words.
      if (found.partial) round++;
      else if (all && found.docs.length === 0 && phrases.length === 0 && slots.length > 1) [all, round] = [false, 0];
      else break;
      found = this.index.search(slots, all, round);
      pool = this.bestPassing(found, size, keep);
    }
    return rankPool(pool, wordSlots, phrases, limit);
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
    return this.bestPassing(found, limit, (doc) => grain === undefined || GRAINS[this.grains.get(doc)] === grain).map((hit) => hit.clause);
  }

  /** The saved form (saved-index.ts): live clauses only, numbered afresh. */
  save(): Uint8Array {
    const declarations = this.declarations();
    const fileNumber = new Map<number, number>();
    [...this.held.values()].forEach((h, i) => fileNumber.set(h.number, i));
    const renumber = new Int32Array(this.index.capacity).fill(-1);
    const grains: number[] = [];
    const lengths: number[] = [];
    const order: number[] = [];
    const sourceOffsets = [0];
    const sourceDeclarations: number[] = [];
    const sourceBlocks: number[] = [];
    const sourceHeadings: number[] = [];
    for (let doc = 0; doc < this.index.capacity; doc++) {
      if (!this.index.isLive(doc)) continue;
      renumber[doc] = order.length;
      grains.push(this.grains.get(doc));
      lengths.push(Math.min(0xffff, this.index.lengthOf(doc)));
      order.push(doc);
      for (let r = this.firstSource.get(doc); r >= 0; r = this.nextSource.get(r)) {
        sourceDeclarations.push(fileNumber.get(this.sourceDecl.get(r)) ?? 0);
        sourceBlocks.push(this.sourceBlock.get(r));
        sourceHeadings.push(this.sourceHeading.get(r));
      }
      sourceOffsets.push(sourceDeclarations.length);
    }
    return encodeLibrary({
      builtAt: this.builtAt ?? new Date(0).toISOString(),
      declarations,
      strings: this.strings,
      grains: Uint8Array.from(grains),
      lengths: Uint16Array.from(lengths),
      texts: this.texts.saved(order),
      sourceOffsets: Int32Array.from(sourceOffsets),
      sourceDeclarations: Int32Array.from(sourceDeclarations),
      sourceBlocks: Int32Array.from(sourceBlocks),
      sourceHeadings: Int32Array.from(sourceHeadings),
      index: this.index.save(renumber),
    });
  }

  /** A library from its saved form; throws LibraryFormatError saying what is wrong. */
  static load(bytes: Uint8Array): ClauseLibrary {
    const saved = decodeLibrary(bytes);
    const library = new ClauseLibrary();
    saved.declarations.forEach((decl, number) => {
      library.held.set(decl.id, { decl, number, docs: undefined });
      library.byNumber.push(decl);
    });
    saved.strings.forEach((text, id) => {
      library.strings.push(text);
      library.stringIds.set(text, id);
    });
    const docs = saved.grains.length;
    const records = saved.sourceDeclarations.length;
    library.index = TermIndex.load(saved.index, saved.lengths);
    library.texts = new TextColumn(saved.texts);
    library.grains = IntColumn.over(saved.grains);
    library.firstSource = IntColumn.over(saved.sourceOffsets.subarray(0, docs));
    library.sourceDecl = IntColumn.over(saved.sourceDeclarations);
    library.sourceBlock = IntColumn.over(saved.sourceBlocks);
    library.sourceHeading = IntColumn.over(saved.sourceHeadings);
    const next = new Int32Array(records + Math.max(1024, records >> 3));
    for (let doc = 0; doc < docs; doc++) {
      const end = saved.sourceOffsets[doc + 1] as number;
      for (let r = saved.sourceOffsets[doc] as number; r < end; r++) {
        next[r] = r + 1 < end ? r + 1 : -1;
      }
    }
    library.loadedSources = saved.sourceOffsets;
    library.nextSource = new IntColumn(next, records);
    // A loaded clause's last record is found when a source is first added to it.
    library.lastSource = IntColumn.over(new Int32Array(docs).fill(UNKNOWN));
    library.builtAt = saved.builtAt;
    return library;
  }

  /** One slot per phrase word, per complete word (stem, typos) and for the word being typed (prefix); `wordSlots` are those of the free words, in the order typed. */
  private slotsOf(parsed: ParsedQuery): { slots: Slot[]; wordSlots: WordMatch[] } {
    const slots: Slot[] = [];
    const wordSlots: WordMatch[] = [];
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
      const surfaces = new Set<string>();
      if (term !== null) this.index.fuzzyTerms(word, term, typoBudget(term), slot, surfaces);
      const prefix = partial !== null && partial.length >= MIN_PREFIX ? partial : undefined;
      if (prefix !== undefined) this.index.prefixTerms(prefix, slot);
      if (term !== null || partial !== null) {
        slots.push(slot);
        wordSlots.push({ terms: new Set(slot.keys()), surfaces, ...(prefix === undefined ? {} : { prefix }) });
      }
    });
    return { slots, wordSlots };
  }

  /**
   * The best-scored candidates whose clause passes `keep`, at most `count`, best first. Only the
   * top slice is sorted, widened while filters reject too many: sorting 50,000 matches of a
   * common word would cost more than the whole search.
   */
  private bestPassing(found: Candidates, count: number, keep: (doc: number) => boolean): { clause: Clause; score: number }[] {
    const total = found.docs.length;
    for (let slice = Math.min(total, count * 4); ; slice = Math.min(total, slice * 8)) {
      const floor = slice >= total ? -Infinity : valueAtRank(found.scores, slice);
      const order: number[] = [];
      for (let at = 0; at < total; at++) if ((found.scores[at] as number) >= floor) order.push(at);
      order.sort((a, b) => (found.scores[b] ?? 0) - (found.scores[a] ?? 0));
      const best: { clause: Clause; score: number }[] = [];
      for (const at of order) {
        const doc = found.docs[at] ?? -1;
        if (this.index.isLive(doc) && keep(doc)) best.push({ clause: this.clauseOf(doc), score: found.scores[at] ?? 0 });
        if (best.length >= count) return best;
      }
      if (slice >= total) return best;
    }
  }

  /** Whether a clause meets the filters (through one of its sources) and has every quoted phrase. */
  private passes(doc: number, filters: LibraryFilters | undefined, phrases: RegExp[]): boolean {
    if (filters?.grain !== undefined && GRAINS[this.grains.get(doc)] !== filters.grain) return false;
    if (filters && (filters.source !== undefined || filters.year !== undefined || filters.section !== undefined)) {
      const section = filters.section?.trim().toLowerCase();
      let any = false;
      for (let r = this.firstSource.get(doc); r >= 0 && !any; r = this.nextSource.get(r)) {
        const decl = this.byNumber[this.sourceDecl.get(r)];
        if (!decl) continue;
        if (filters.source !== undefined && decl.id !== filters.source) continue;
        if (filters.year !== undefined && decl.date?.slice(0, 4) !== String(filters.year)) continue;
        const heading = this.sourceHeading.get(r);
        if (section !== undefined && (heading < 0 || this.strings[heading]?.toLowerCase() !== section)) continue;
        any = true;
      }
      if (!any) return false;
    }
    if (phrases.length === 0) return true;
    const text = this.texts.get(doc);
    return phrases.every((p) => p.test(text));
  }

  /** The clause of a live document. */
  clauseOf(doc: number): Clause {
    const sources: ClauseSource[] = [];
    for (let r = this.firstSource.get(doc); r >= 0; r = this.nextSource.get(r)) {
      const decl = this.byNumber[this.sourceDecl.get(r)];
      const heading = this.sourceHeading.get(r);
      if (decl) sources.push(sourceFor(decl, this.strings[this.sourceBlock.get(r)] ?? '', heading < 0 ? undefined : this.strings[heading]));
    }
    return { id: this.index.keyOf(doc), grain: GRAINS[this.grains.get(doc)] ?? 'paragraph', text: this.texts.get(doc), sources };
  }

  private stringId(text: string): number {
    let id = this.stringIds.get(text);
    if (id === undefined) {
      id = this.strings.push(text) - 1;
      this.stringIds.set(text, id);
    }
    return id;
  }

  /**
   * Files one clause of a held declaration: a paragraph's `text`, or with `sentence` the part
   * [start, end) of it that is a sentence of paragraph clause `sentence.doc`. Returns its document.
   */
  private addClause(held: Held, id: string, text: string, blockId: string, heading: string | undefined, scan: Scan, sentence?: FiledSentence & { doc: number }): number {
    let doc = this.index.docOf(id);
    if (doc === undefined) {
      doc = this.index.add(id, text, scan, sentence?.start, sentence?.end);
      // The columns follow the index's numbering: one entry per document it ever gave.
      while (this.texts.length < doc) this.texts.push('');
      if (sentence) this.texts.push(text.slice(sentence.start, sentence.end), sentence.doc, sentence.start);
      else this.texts.push(text, undefined, undefined, scan);
      while (this.grains.length <= doc) this.grains.push(0);
      this.grains.set(doc, sentence ? 1 : 0);
      while (this.firstSource.length <= doc) this.firstSource.push(-1);
      this.firstSource.set(doc, -1);
      while (this.lastSource.length <= doc) this.lastSource.push(-1);
      this.lastSource.set(doc, -1);
    }
    const block = this.stringId(blockId);
    let last = this.lastSource.get(doc);
    if (last === UNKNOWN) {
      last = -1;
      for (let r = this.firstSource.get(doc); r >= 0; r = this.nextSource.get(r)) last = r;
    }
    // The declaration being added is the newest, so its records are the end of the list: only
    // a clause it already gave (the same sentence twice) has one to look through.
    const again = last >= 0 && this.sourceDecl.get(last) === held.number;
    if (again) {
      for (let r = this.firstSource.get(doc); r >= 0; r = this.nextSource.get(r)) {
        if (this.sourceDecl.get(r) === held.number && this.sourceBlock.get(r) === block) return doc;
      }
    }
    const record = this.sourceDecl.push(held.number);
    this.sourceBlock.push(block);
    this.sourceHeading.push(heading === undefined ? -1 : this.stringId(heading));
    this.nextSource.push(-1);
    if (last < 0) this.firstSource.set(doc, record);
    else this.nextSource.set(last, record);
    this.lastSource.set(doc, record);
    if (!again) (held.docs ??= []).push(doc);
    for (const watcher of this.watchers) watcher(doc);
    return doc;
  }

  /** The loaded clauses with a source record of a declaration loaded with the library. */
  private loadedDocsOf(number: number): number[] {
    const docs: number[] = [];
    const starts = this.loadedSources;
    for (let doc = 0; doc + 1 < starts.length; doc++) {
      const end = starts[doc + 1] as number;
      for (let r = starts[doc] as number; r < end; r++) {
        if (this.sourceDecl.get(r) !== number) continue;
        docs.push(doc);
        break;
      }
    }
    return docs;
  }

  private touch(): void {
    this.builtAt = new Date().toISOString();
  }
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
