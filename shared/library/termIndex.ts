/**
 * The inverted index behind clause search: per index term, the clauses holding it and how often,
 * scored with BM25. The vocabulary lives in MiniSearch's SearchableMap (a radix tree with
 * prefix and fuzzy lookup); the postings are plain arrays scanned in tight loops. MiniSearch's
 * own search builds an object per matching document and took 55-270 ms for one common word on
 * 77,000 clauses; scanning postings into typed arrays keeps a query within a few milliseconds.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { termInClause, termWeight } from './bm25';
import type { Scan } from './filed';
import { KeyColumn } from './key-column';
import type { SavedKeys } from './key-column';
import { KeyTable } from './key-table';
import { valueAtRank } from './select';
import { StringTable } from './string-table';
import { completionsPastStem, foldWord, termOf } from './terms';

/** One query word as the index terms it may match, each with a weight (1 for an exact term). */
export type Slot = ReadonlyMap<string, number>;

/** Matching documents and their scores, unsorted. */
export interface Candidates {
  docs: Int32Array;
  scores: Float64Array;
  /** Only the best clauses of a broad first slot were taken in (see TermIndex.search). */
  partial: boolean;
}

/** Weights of a term reached by prefix or by a typo, against 1 for the exact term. */
export const PREFIX_WEIGHT = 0.4;
export const FUZZY_WEIGHT = 0.45;
// Dead documents are swept from the postings once they are this share of all documents.
const VACUUM_SHARE = 0.25;

const NO_DOCS = new Int32Array(0);
const NO_COUNTS = new Uint8Array(0);

/**
 * The documents holding one term and how often (at most 255: BM25 has long levelled off), in
 * typed arrays that grow by doubling: a posting costs 5 bytes here against 16 in a pair of plain
 * number arrays. A loaded index's
 * postings stay where they were loaded (`baseDocs`, read only) and later ones go to arrays of
 * their own, so the first add after loading copies no term's postings; base documents all come
 * before added ones, so the two read as one ascending list.
 */
class Postings {
  baseDocs: Int32Array = NO_DOCS;
  baseCounts: Uint8Array = NO_COUNTS;
  docs: Int32Array = new Int32Array(4);
  counts: Uint8Array = new Uint8Array(4);
  length = 0;

  /** Postings held, in both parts. */
  get size(): number {
    return this.baseDocs.length + this.length;
  }

  push(doc: number, count: number): void {
    if (this.length === this.docs.length) {
      const docs = new Int32Array(this.length * 2);
      docs.set(this.docs);
      this.docs = docs;
      const counts = new Uint8Array(this.length * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.docs[this.length] = doc;
    this.counts[this.length] = Math.min(count, 0xff);
    this.length++;
  }

  /** Keeps the postings whose document passes, all in the added part from then on. */
  retain(keep: (doc: number) => boolean): void {
    const docs = new Int32Array(Math.max(4, this.size));
    const counts = new Uint8Array(docs.length);
    let kept = 0;
    for (const [from, fromCounts, n] of [[this.baseDocs, this.baseCounts, this.baseDocs.length], [this.docs, this.counts, this.length]] as const) {
      for (let i = 0; i < n; i++) {
        const doc = from[i] as number;
        if (!keep(doc)) continue;
        docs[kept] = doc;
        counts[kept++] = fromCounts[i] as number;
      }
    }
    this.baseDocs = NO_DOCS;
    this.baseCounts = NO_COUNTS;
    this.docs = docs;
    this.counts = counts;
    this.length = kept;
  }
}

/** Both parts of a term's postings as one pair of arrays (a copy only when both hold some). */
function joined(postings: Postings): { docs: Int32Array; counts: Uint8Array } {
  const added = { docs: postings.docs.subarray(0, postings.length), counts: postings.counts.subarray(0, postings.length) };
  if (postings.baseDocs.length === 0) return added;
  if (postings.length === 0) return { docs: postings.baseDocs, counts: postings.baseCounts };
  const docs = new Int32Array(postings.size);
  const counts = new Uint8Array(postings.size);
  docs.set(postings.baseDocs);
  docs.set(added.docs, postings.baseDocs.length);
  counts.set(postings.baseCounts);
  counts.set(added.counts, postings.baseDocs.length);
  return { docs, counts };
}

interface Scratch {
  score: Float64Array;
  matched: Uint16Array;
  seen: Uint16Array;
  epochs: Uint32Array;
  stamp: number;
}

// Typo lookups remembered (see nearOf).
const NEAR_MEMO = 2000;
// A first slot scanning more postings than this is broad: only its terms' best clauses count.
const BROAD = 5000;
// By round (library.ts widens): how many best clauses of each term a broad slot takes in, and
// for several words that must all match, the share of the newest clauses searched.
const BEST_OF = [1000, 16_000];
const NEWEST_SHARE = [1 / 32, 1 / 4];
// Best clauses remembered at once, over all terms (5 bytes each).
const BEST_MEMO = 4_000_000;

/** The first index in docs[from..length) holding a value >= doc (postings are ascending): steps doubling from `from`, then halving. */
function gallop(docs: Int32Array, from: number, length: number, doc: number): number {
  let lo = from;
  let step = 1;
  while (lo + step < length && (docs[lo + step] as number) < doc) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(length, lo + step + 1);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((docs[mid] as number) < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words of the text last indexed (see TermIndex.runOf). */
interface WordRun {
  text: string | undefined;
  starts: Int32Array;
  terms: Int32Array;
  count: number;
}

function grownInts(values: Int32Array): Int32Array {
  const grown = new Int32Array(values.length * 2);
  grown.set(values);
  return grown;
}

/** An index as plain arrays, as `TermIndex.save` gives it. */
export interface SavedTermIndex {
  /** Term by term id. */
  terms: string[];
  /** Words as written and the id of their term. */
  surfaces: [string, number][];
  /** Where each term's postings start in `docs` and `counts` (one more entry than terms). */
  starts: Int32Array;
  docs: Int32Array;
  counts: Uint8Array;
  /** Document by key (key-table.ts), so a loaded index finds a clause without filling a map first. */
  keySlots: Int32Array;
  /** The key of each document. */
  keys: SavedKeys;
}

/** An inverted index over documents identified by string keys; see the module comment. */
export class TermIndex {
  private readonly vocabulary = new SearchableMap<number>();
  // The same term ids in a hash map: indexing looks up every word, and a Map beats the tree.
  private readonly termIds = new Map<string, number>();
  // Words as written (folded, not stemmed) and their terms: a typo is a typo of the word typed,
  // and stemming a misspelt word ("tradng") lands far from the stem of the right one ("trad").
  private readonly surfaces = new SearchableMap<string>();
  // Words as written, numbered as met, and the term id of each (-1 for a function word).
  private readonly words = new StringTable();
  private wordTerms = new Int32Array(1024);
  private readonly run: WordRun = { text: undefined, starts: new Int32Array(256), terms: new Int32Array(256), count: 0 };
  // Occurrences per term id in the document being added; zero outside `add`.
  private termCounts = new Int32Array(1024);
  private postings: Postings[] = [];
  /** Word count per document index (at most 65,535); 0 marks a removed document. */
  private lengths = new Uint16Array(1024);
  private keys = new KeyColumn();
  // Built on first use: a loaded index that is only searched never needs it.
  private keyDocs: KeyTable | undefined;
  private scratch: Scratch | undefined;
  // The documents the current search has taken in, the first touchedCount of them.
  private touched = new Int32Array(1024);
  private touchedCount = 0;
  private readonly best = new Map<number, { postings: number; docs: Int32Array; counts: Uint8Array }>();
  private bestHeld = 0;
  private readonly near = new Map<string, { terms: number; found: [string, number, string][] }>();
  private live = 0;
  private liveLength = 0;
  private dead = 0;

  /** Documents held. */
  get size(): number {
    return this.live;
  }

  /** The document index of a key. */
  docOf(key: string): number | undefined {
    return this.byKey.get(key);
  }

  /** False for a document removed since it was added. */
  isLive(doc: number): boolean {
    return (this.lengths[doc] ?? 0) > 0;
  }

  /** Index terms in a document (0 once removed). */
  lengthOf(doc: number): number {
    return this.lengths[doc] ?? 0;
  }

  /** Document indexes ever given (removed ones included). */
  get capacity(): number {
    return this.keys.length;
  }

  private get byKey(): KeyTable {
    this.keyDocs ??= KeyTable.of(this.keys.length, this.keys, (doc) => this.isLive(doc));
    return this.keyDocs;
  }

  /**
   * Indexes a document under a key, replacing one already there; returns its document index. The
   * document is text[from, to), its words found in `scan`: a sentence of a paragraph indexed
   * just before is read from the paragraph's words, with no second scan of its text.
   */
  add(key: string, text: string, scan: Scan, from = 0, to = text.length): number {
    this.remove(key);
    const doc = this.keys.length;
    const run = this.runOf(text, scan);
    const distinct: number[] = [];
    let length = 0;
    // A paragraph's later sentences start far into its words: found by search, not by a walk.
    for (let w = from > 0 ? gallop(run.starts, 0, run.count, from) : 0; w < run.count; w++) {
      if ((run.starts[w] as number) >= to) break;
      const id = run.terms[w] as number;
      if (id < 0) continue;
      length++;
      if (this.termCounts[id] === 0) distinct.push(id);
      this.termCounts[id] = (this.termCounts[id] as number) + 1;
    }
    this.keys.push(key);
    this.setLength(doc, Math.max(1, Math.min(0xffff, length)));
    this.byKey.set(key, doc, this.keys.length);
    this.live++;
    this.liveLength += this.lengths[doc] as number;
    for (const id of distinct) {
      (this.postings[id] as Postings).push(doc, this.termCounts[id] as number);
      this.termCounts[id] = 0;
    }
    return doc;
  }

  /**
   * The words of a text (found and hashed in `scan`, filed.ts) as where each starts and its term
   * id (-1 for a function word), kept for the text's sentences.
   */
  private runOf(text: string, { data, words }: Scan): WordRun {
    const run = this.run;
    if (run.text === text) return run;
    run.text = text;
    run.count = 0;
    const end = words + 1 + 3 * (data[words] as number);
    for (let w = words + 1; w < end; w += 3) {
      const known = this.words.strings.length;
      const word = this.words.idOf(text, data[w] as number, data[w + 1] as number, data[w + 2] as number);
      if (run.count === run.starts.length) {
        run.starts = grownInts(run.starts);
        run.terms = grownInts(run.terms);
      }
      run.starts[run.count] = data[w] as number;
      run.terms[run.count++] = word < known ? (this.wordTerms[word] as number) : this.learn(word);
    }
    return run;
  }

  /**
   * The term id of a word as written (its number), seen for the first time (-1 for a function word): its
   * term is made (stemming is the costly part of indexing, so each word is stemmed once) and
   * the word is filed for typo lookups.
   */
  private learn(number: number): number {
    const word = this.words.strings[number] as string;
    if (number >= this.wordTerms.length) {
      const grown = new Int32Array(this.wordTerms.length * 2);
      grown.set(this.wordTerms);
      this.wordTerms = grown;
    }
    const term = termOf(word);
    if (term === null) {
      this.wordTerms[number] = -1;
      return -1;
    }
    this.surfaces.set(foldWord(word), term);
    let id = this.termIds.get(term);
    if (id === undefined) id = this.newTerm(term);
    this.wordTerms[number] = id;
    return id;
  }

  private newTerm(term: string): number {
    const id = this.postings.length;
    this.vocabulary.set(term, id);
    this.termIds.set(term, id);
    this.postings.push(new Postings());
    if (id >= this.termCounts.length) {
      const grown = new Int32Array(Math.max(id + 1, this.termCounts.length * 2));
      grown.set(this.termCounts);
      this.termCounts = grown;
    }
    return id;
  }

  /** Forgets a document; its postings are swept lazily. */
  remove(key: string): void {
    const doc = this.byKey.get(key);
    if (doc === undefined) return;
    this.live--;
    this.liveLength -= this.lengths[doc] ?? 0;
    this.lengths[doc] = 0;
    this.dead++;
    if (this.dead > 1000 && this.dead > VACUUM_SHARE * this.keys.length) this.vacuum();
  }

  /** How many documents hold a term (removed ones included until swept). */
  frequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : (this.postings[id]?.size ?? 0);
  }

  /** The key of a document index from `Candidates`. */
  keyOf(doc: number): string {
    return doc < this.keys.length ? this.keys.get(doc) : '';
  }

  /**
   * Index terms a word being typed may reach, weighted as prefix matches (the prefix itself as
   * exact): those starting with it, and the stems it has typed past ("adaptati": "adapt").
   */
  prefixTerms(prefix: string, into: Map<string, number>): void {
    for (const term of this.vocabulary.atPrefix(prefix).keys()) {
      const weight = term === prefix ? 1 : PREFIX_WEIGHT;
      into.set(term, Math.max(into.get(term) ?? 0, weight));
    }
    for (const { term } of completionsPastStem(prefix)) {
      if (this.termIds.has(term)) into.set(term, Math.max(into.get(term) ?? 0, PREFIX_WEIGHT));
    }
  }

  /**
   * Index terms of the words within `distance` edits of a word as written (folded), weighted as
   * fuzzy matches (the word's own term as exact); the words found go to `surfaces`. Stems are not
   * compared: "adaptation" and "adopted" stem one letter apart ("adapt", "adopt").
   */
  fuzzyTerms(word: string, term: string, distance: number, into: Map<string, number>, surfaces: Set<string>): void {
    into.set(term, 1);
    surfaces.add(foldWord(word));
    if (distance <= 0) return;
    for (const [found, edits, surface] of this.nearOf(word, term, distance)) {
      const weight = edits === 0 ? 1 : FUZZY_WEIGHT / edits;
      into.set(found, Math.max(into.get(found) ?? 0, weight));
      surfaces.add(surface);
    }
  }

  /**
   * The terms of the words near a word as written, remembered until the vocabulary grows:
   * while a query is typed, its finished words are looked up again at every keystroke.
   */
  private nearOf(word: string, term: string, distance: number): [string, number, string][] {
    const key = `${word}\u0000${term}\u0000${distance}`;
    const known = this.near.get(key);
    const size = this.postings.length + this.surfaces.size;
    if (known && known.terms === size) return known.found;
    const found: [string, number, string][] = [];
    for (const [surface, [near, edits]] of this.surfaces.fuzzyGet(foldWord(word), distance)) found.push([near, edits, surface]);
    if (this.near.size >= NEAR_MEMO) this.near.clear();
    this.near.set(key, { terms: size, found });
    return found;
  }

  /**
   * Documents matching every slot (`all`) or any slot, scored by BM25 summed over matched terms.
   * With `all`, the rarest slot is scanned first and later slots only keep documents already in,
   * so a common word costs a scan of its postings and nothing more. Without it, a document's
   * score is scaled by the share of slots it matched.
   *
   * When even the rarest slot is broad (a three-letter prefix, common words only: tens of
   * thousands of clauses at a million), only part of it is taken in and the result is marked
   * `partial`: for one word its terms' BEST_OF[round] best clauses (`bestOf`; without `all`,
   * every broad slot's), for several words the NEWEST_SHARE[round] newest clauses. A caller
   * that finds too few of them usable asks again with the next round, and past the last one
   * every clause is taken in.
   */
  search(slots: readonly Slot[], all: boolean, round = 0): Candidates {
    const scratch = this.scratchFor(this.keys.length);
    const sizes = new Map(slots.map((slot) => [slot, this.slotSize(slot)]));
    // Without `all`, a slot no document matches only scales every score alike ("nuclear-w":
    // no term "w"): left out, so that one slot left can be searched as a broad slot.
    const searched = all ? [...slots] : slots.filter((slot) => (sizes.get(slot) as number) > 0);
    const ordered = searched.sort((a, b) => (sizes.get(a) as number) - (sizes.get(b) as number));
    const first = ordered[0];
    const best = BEST_OF[round];
    const broad = (slot: Slot) => best !== undefined && (sizes.get(slot) as number) > BROAD;
    // With `all` the rarest slot decides which documents are in; without, every broad slot is cut.
    const partial = all ? first !== undefined && broad(first) : ordered.some(broad);
    const average = this.liveLength / Math.max(1, this.live);
    this.touchedCount = 0;
    for (const [s, slot] of ordered.entries()) {
      let inSlot = 0;
      const narrowing = all && s > 0;
      for (const [term, weight] of slot) {
        const id = this.termIds.get(term);
        if (id === undefined) continue;
        const postings = this.postings[id] as Postings;
        const w = termWeight(weight, postings.size, this.live);
        if (partial && all && s === 0 && ordered.length > 1) {
          // Several words: the newest clauses first, where the first slot's postings end.
          const from = Math.floor(this.keys.length * (1 - (NEWEST_SHARE[round] ?? 1)));
          for (const [docs, counts, n] of [[postings.baseDocs, postings.baseCounts, postings.baseDocs.length], [postings.docs, postings.counts, postings.length]] as const) {
            const at = gallop(docs, 0, n, from);
            inSlot += this.scan(scratch, docs.subarray(at, n), counts.subarray(at, n), n - at, w, s, all, false, average);
          }
        } else if (best !== undefined && partial && (all ? s === 0 : broad(slot))) {
          // One word, or some of the words: each broad term's best clauses.
          const top = this.bestOf(id, best, average);
          inSlot += this.scan(scratch, top.docs, top.counts, top.docs.length, w, s, all, false, average);
        } else if (narrowing && this.touchedCount < postings.size) {
          inSlot += this.lookUp(scratch, postings.baseDocs, postings.baseCounts, postings.baseDocs.length, w, s, average);
          inSlot += this.lookUp(scratch, postings.docs, postings.counts, postings.length, w, s, average);
        } else {
          inSlot += this.scan(scratch, postings.baseDocs, postings.baseCounts, postings.baseDocs.length, w, s, all, narrowing, average);
          inSlot += this.scan(scratch, postings.docs, postings.counts, postings.length, w, s, all, narrowing, average);
        }
      }
      if (all && inSlot === 0) return { docs: new Int32Array(0), scores: new Float64Array(0), partial };
      if (all) this.keepMatched(scratch, s + 1);
      // Later slots look the candidates up in their postings, walking both in document order.
      if (all && s === 0 && (slot.size > 1 || partial)) this.touched.subarray(0, this.touchedCount).sort();
    }
    const docs = new Int32Array(this.touchedCount);
    const scores = new Float64Array(this.touchedCount);
    const touched = this.touched;
    let kept = 0;
    for (let t = 0; t < this.touchedCount; t++) {
      const doc = touched[t] as number;
      const share = (scratch.matched[doc] as number) / ordered.length;
      if (all && share < 1) continue;
      docs[kept] = doc;
      scores[kept++] = (scratch.score[doc] as number) * share;
    }
    return { docs: docs.subarray(0, kept), scores: scores.subarray(0, kept), partial };
  }

  /** Adds one term's postings to slot `s` of the search; returns the documents newly in the slot. */
  private scan(scratch: Scratch, docs: Int32Array, counts: Uint8Array, df: number, w: number, s: number, all: boolean, narrowing: boolean, average: number): number {
    const { score, matched, seen, epochs, stamp } = scratch;
    const lengths = this.lengths;
    let inSlot = 0;
    for (let i = 0; i < df; i++) {
      const doc = docs[i] as number;
      const length = lengths[doc] as number;
      if (length === 0) continue;
      if (epochs[doc] !== stamp) {
        if (narrowing) continue;
        epochs[doc] = stamp;
        score[doc] = 0;
        matched[doc] = 0;
        seen[doc] = 0;
      }
      if (seen[doc] !== s + 1) {
        if (all && matched[doc] !== s) continue;
        seen[doc] = s + 1;
        const count = (matched[doc] as number) + 1;
        matched[doc] = count;
        if (count === 1) this.touch(doc);
        inSlot++;
      }
      score[doc] = (score[doc] as number) + w * termInClause(counts[i] as number, length, average);
    }
    return inSlot;
  }

  /**
   * Fewer candidates than postings: each candidate is looked up in the postings instead of
   * scanning them all. Candidates come in document order, so each search gallops on from
   * where the last one ended.
   */
  private lookUp(scratch: Scratch, docs: Int32Array, counts: Uint8Array, df: number, w: number, s: number, average: number): number {
    const { score, matched, seen } = scratch;
    let inSlot = 0;
    let from = 0;
    let last = -1;
    for (let t = 0; t < this.touchedCount; t++) {
      const doc = this.touched[t] as number;
      if (matched[doc] !== s && seen[doc] !== s + 1) continue;
      // Out of order (never expected): start again from the beginning.
      if (doc < last) from = 0;
      last = doc;
      const i = gallop(docs, from, df, doc);
      from = i;
      if (i >= df || docs[i] !== doc) continue;
      if (seen[doc] !== s + 1) {
        seen[doc] = s + 1;
        matched[doc] = s + 1;
        inSlot++;
      }
      score[doc] = (score[doc] as number) + w * termInClause(counts[i] as number, this.lengths[doc] as number, average);
    }
    return inSlot;
  }

  private touch(doc: number): void {
    if (this.touchedCount === this.touched.length) {
      const grown = new Int32Array(Math.max(1024, this.touched.length * 2));
      grown.set(this.touched);
      this.touched = grown;
    }
    this.touched[this.touchedCount++] = doc;
  }

  /** Keeps the touched documents that matched every slot so far. */
  private keepMatched(scratch: Scratch, slots: number): void {
    let kept = 0;
    for (let t = 0; t < this.touchedCount; t++) {
      const doc = this.touched[t] as number;
      if (scratch.matched[doc] === slots) this.touched[kept++] = doc;
    }
    this.touchedCount = kept;
  }

  /**
   * A term's `count` best documents (most occurrences for their length), remembered until its
   * postings change: the candidates of a broad slot, since the top hits of a common word or a
   * short prefix are among them.
   */
  private bestOf(id: number, count: number, average: number): { docs: Int32Array; counts: Uint8Array } {
    const postings = this.postings[id] as Postings;
    const key = id * BEST_OF.length + BEST_OF.indexOf(count);
    const known = this.best.get(key);
    if (known && known.postings === postings.size) return known;
    const { docs, counts } = joined(postings);
    const df = docs.length;
    if (df <= count) return { docs, counts };
    const values = new Float64Array(df);
    for (let i = 0; i < df; i++) {
      const length = this.lengths[docs[i] as number] as number;
      values[i] = length === 0 ? -1 : termInClause(counts[i] as number, length, average);
    }
    const floor = valueAtRank(values, count - 1);
    const bestDocs = new Int32Array(count);
    const bestCounts = new Uint8Array(bestDocs.length);
    let n = 0;
    // Strictly better first, then ties with the floor while room is left.
    for (const tie of [false, true]) {
      for (let i = 0; i < df && n < bestDocs.length; i++) {
        const value = values[i] as number;
        if (value < 0 || (tie ? value !== floor : value <= floor)) continue;
        bestDocs[n] = docs[i] as number;
        bestCounts[n++] = counts[i] as number;
      }
    }
    if (this.bestHeld > BEST_MEMO) {
      this.best.clear();
      this.bestHeld = 0;
    }
    this.bestHeld += n;
    const found = { postings: df, docs: bestDocs.subarray(0, n), counts: bestCounts.subarray(0, n) };
    this.best.set(key, found);
    return found;
  }

  /**
   * Per-document scratch arrays, kept between searches: allocating and zeroing 12 bytes per
   * document for every keystroke cost more than the search at a million clauses. A document's
   * slots count as cleared when its epoch is not this search's.
   */
  private scratchFor(n: number): Scratch {
    let scratch = this.scratch;
    if (!scratch || scratch.epochs.length < n || scratch.stamp >= 0xfffffffe) {
      const size = Math.max(1024, Math.ceil(n * 1.25));
      scratch = { score: new Float64Array(size), matched: new Uint16Array(size), seen: new Uint16Array(size), epochs: new Uint32Array(size), stamp: 0 };
      this.scratch = scratch;
    }
    scratch.stamp++;
    return scratch;
  }

  /**
   * The index as plain arrays for saving, documents renumbered by `renumber` (-1 leaves a
   * document out). Postings keep their order, which stays ascending since renumbering does.
   */
  save(renumber: Int32Array): SavedTermIndex {
    const terms: string[] = new Array<string>(this.postings.length);
    for (const [term, id] of this.termIds) terms[id] = term;
    const surfaces: [string, number][] = [];
    for (const [surface, term] of this.surfaces) surfaces.push([surface, this.termIds.get(term) ?? 0]);
    let total = 0;
    for (const p of this.postings) total += p.size;
    const starts = new Int32Array(this.postings.length + 1);
    const docs = new Int32Array(total);
    const counts = new Uint8Array(total);
    let at = 0;
    this.postings.forEach((p, id) => {
      starts[id] = at;
      const both = joined(p);
      for (let i = 0; i < both.docs.length; i++) {
        const doc = renumber[both.docs[i] as number] ?? -1;
        if (doc < 0) continue;
        docs[at] = doc;
        counts[at++] = both.counts[i] as number;
      }
    });
    starts[this.postings.length] = at;
    const order: number[] = [];
    for (let doc = 0; doc < renumber.length; doc++) if ((renumber[doc] as number) >= 0) order[renumber[doc] as number] = doc;
    const keys = this.keys.saved(order);
    const keySlots = KeyTable.of(order.length, new KeyColumn(keys), () => true).saved;
    return { terms, surfaces, starts, docs: docs.subarray(0, at), counts: counts.subarray(0, at), keySlots, keys };
  }

  /** An index from its saved arrays, with the word counts of its documents. */
  static load(saved: SavedTermIndex, lengths: Uint16Array): TermIndex {
    const index = new TermIndex();
    saved.terms.forEach((term, id) => {
      index.termIds.set(term, id);
      index.vocabulary.set(term, id);
      const postings = new Postings();
      const start = saved.starts[id] ?? 0;
      const end = saved.starts[id + 1] ?? start;
      // Views on the loaded bytes, never written.
      postings.baseDocs = saved.docs.subarray(start, end);
      postings.baseCounts = saved.counts.subarray(start, end);
      index.postings.push(postings);
    });
    index.termCounts = new Int32Array(Math.max(1024, saved.terms.length));
    for (const [surface, id] of saved.surfaces) index.surfaces.set(surface, saved.terms[id] ?? surface);
    index.keys = new KeyColumn(saved.keys);
    const docs = index.keys.length;
    index.keyDocs = KeyTable.fromSlots(saved.keySlots, docs, index.keys, (doc) => index.isLive(doc));
    index.lengths = new Uint16Array(docs + Math.max(1024, docs >> 3));
    index.lengths.set(lengths);
    index.live = docs;
    for (let doc = 0; doc < docs; doc++) index.liveLength += lengths[doc] as number;
    return index;
  }

  /** Postings a slot would scan: the cost estimate that orders slots. */
  private slotSize(slot: Slot): number {
    let size = 0;
    for (const term of slot.keys()) {
      const id = this.termIds.get(term);
      if (id !== undefined) size += this.postings[id]?.size ?? 0;
    }
    return size;
  }

  private setLength(doc: number, length: number): void {
    if (doc >= this.lengths.length) {
      const grown = new Uint16Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[doc] = length;
  }

  private vacuum(): void {
    for (const postings of this.postings) postings.retain((doc) => (this.lengths[doc] ?? 0) > 0);
    this.dead = 0;
  }
}
