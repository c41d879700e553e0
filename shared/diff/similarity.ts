/**
 * How alike two paragraphs are, cheaply: each paragraph becomes the sorted set of its word ids
 * and two sets are compared by the share of words they have in common. Good enough to pair a
 * paragraph with its edited self, and to find candidates among thousands without comparing
 * every pair.
 */
import { sharedCount } from '../sorted';
import { codePointTest } from './char-class';
import { leadingNumberLength } from './normalize';

/**
 * Interns words so that paragraph word sets are small sorted integer arrays. A word is looked
 * up by a hash taken while scanning and checked in place against the stored word, so the words
 * of a paragraph are neither cut out of it nor hashed again by a Map: this runs over every
 * changed paragraph of both texts.
 */
export class Vocabulary {
  private readonly words: string[] = [];
  /** Open addressing: per slot, a word id plus one (0: empty). */
  private slots = new Int32Array(4096);
  private hashes = new Int32Array(1024);
  /** Per word id, the paragraph that last took it: a word repeated in a paragraph is taken once. */
  private seenIn = new Int32Array(1024);
  private paragraph = 0;

  /** The distinct words of a paragraph (lower-cased, number and punctuation left out), sorted. */
  wordSet(text: string): Int32Array {
    const body = text.slice(leadingNumberLength(text)).toLowerCase();
    const ids: number[] = [];
    this.paragraph++;
    const n = body.length;
    let i = 0;
    while (i < n) {
      let c = body.charCodeAt(i);
      let k = classAt(body, i, c);
      if ((k & WORD) === 0) {
        i += k === WIDE ? 2 : 1;
        continue;
      }
      const start = i;
      let hash = HASH_SEED;
      while (k & WORD) {
        hash = Math.imul(hash ^ c, 0x01000193);
        if (k & WIDE) hash = Math.imul(hash ^ body.charCodeAt(++i), 0x01000193);
        if (++i >= n) break;
        c = body.charCodeAt(i);
        k = classAt(body, i, c);
      }
      // Scripts written without spaces count per character, so a changed word shows up.
      if (body.charCodeAt(start) >= 0x0e00 && UNSPACED.test(body.slice(start, i))) for (const ch of body.slice(start, i)) this.take(ids, ch, 0, ch.length, hashOf(ch));
      else this.take(ids, body, start, i, hash);
    }
    return new Int32Array(ids).sort();
  }

  /** Adds the id of the word text[from, to) to `ids` unless this paragraph already has it. */
  private take(ids: number[], text: string, from: number, to: number, hash: number): void {
    const id = this.idOf(text, from, to, hash);
    if (this.seenIn[id] === this.paragraph) return;
    this.seenIn[id] = this.paragraph;
    ids.push(id);
  }

  /** The id of text[from, to), given its hash; a new word gets the next id. */
  private idOf(text: string, from: number, to: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return this.add(text.slice(from, to), hash, slot);
      const id = entry - 1;
      const word = this.words[id] ?? '';
      if (this.hashes[id] === hash && word.length === to - from && text.startsWith(word, from)) return id;
    }
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.slots[slot] = id + 1;
    if (id >= this.seenIn.length) {
      this.seenIn = grown(this.seenIn);
      this.hashes = grown(this.hashes);
    }
    this.hashes[id] = hash;
    // At most half full, so probes stay short.
    if (2 * this.words.length > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = (this.hashes[id] ?? 0) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    }
  }
}

const HASH_SEED = 0x811c9dc5 | 0;
const WORD = 1;
const WIDE = 2;
/** Letters and digits of ASCII, by code. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? WORD : 0));

/** Whether the character at i (code unit c) is part of a word, and whether it takes two units. */
function classAt(text: string, i: number, c: number): number {
  if (c < 128) return ASCII_WORD[c] ?? 0;
  // The rest by the Unicode class (cached per code point).
  const cp = text.codePointAt(i) ?? c;
  return (isWordPart(cp) ? WORD : 0) | (cp > 0xffff ? WIDE : 0);
}

/** The hash wordSet takes of a word while scanning (FNV-1a over its UTF-16 units). */
function hashOf(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Letters, digits and marks make words. */
const isWordPart = codePointTest(/[\p{L}\p{N}\p{M}]/u);
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Dice similarity: 1 for the same words, 0 for none in common. */
export function dice(x: Int32Array, y: Int32Array): number {
  const total = x.length + y.length;
  return total === 0 ? 1 : (2 * sharedCount(x, y)) / total;
}

/** The union of sorted sets, for comparing one paragraph with several joined ones. */
export function union(sets: Int32Array[]): Int32Array {
  const all = new Set<number>();
  for (const s of sets) for (const v of s) all.add(v);
  return Int32Array.from(all).sort();
}

/** Two paragraphs that share enough words to be worth a closer look. */
export interface Candidate {
  a: number;
  b: number;
  /** Dice similarity of the two word sets. */
  dice: number;
  /** Distinct words the two have in common. */
  shared: number;
  /** Share of b's words found in a, and of a's words found in b: high for a part of a split. */
  bInA: number;
  aInB: number;
}

/**
 * Finds the pairs of `as` × `bs` (indices into `setsA` / `setsB`) that share at least
 * `minShare` of the smaller paragraph's words, using an inverted index so that unrelated
 * pairs cost nothing. Words found in very many paragraphs ("the") are skipped for finding
 * candidates, but counted when scoring them.
 */
export function findCandidates(setsA: Int32Array[], as: number[], setsB: Int32Array[], bs: number[], minShare: number): Candidate[] {
  // Word ids are small dense integers, so postings and hit counts live in plain arrays.
  const postings: number[][] = [];
  for (const j of bs) for (const w of setsB[j] ?? []) (postings[w] ??= []).push(j);
  const common = Math.max(40, bs.length / 10);
  const out: Candidate[] = [];
  const hits = new Int32Array(setsB.length);
  const touched: number[] = [];
  for (const i of as) {
    const x = setsA[i] ?? new Int32Array();
    let usable = 0;
    for (const w of x) {
      const list = postings[w];
      if (!list || list.length > common) continue;
      usable++;
      for (const j of list) {
        const h = hits[j] ?? 0;
        hits[j] = h + 1;
        if (h === 0) touched.push(j);
      }
    }
    for (const j of touched) {
      const h = hits[j] ?? 0;
      hits[j] = 0;
      const y = setsB[j] ?? new Int32Array();
      if (h < minShare * Math.min(usable, y.length) * 0.5) continue;
      const c = candidate(x, y, i, j, minShare);
      if (c) out.push(c);
    }
    touched.length = 0;
  }
  return out;
}

/** The pair as a candidate when they share at least `minShare` of the smaller one's words. */
export function candidate(x: Int32Array | undefined, y: Int32Array | undefined, i: number, j: number, minShare: number): Candidate | undefined {
  if (!x || !y) return undefined;
  const small = Math.min(x.length, y.length);
  if (small === 0) return undefined;
  const shared = sharedCount(x, y, minShare * small);
  if (shared < minShare * small) return undefined;
  return { a: i, b: j, shared, dice: (2 * shared) / (x.length + y.length), bInA: shared / Math.max(1, y.length), aInB: shared / Math.max(1, x.length) };
}
