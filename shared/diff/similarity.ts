/**
 * How alike two paragraphs are, cheaply: each paragraph becomes the sorted set of its word ids
 * and two sets are compared by the share of words they have in common. Good enough to pair a
 * paragraph with its edited self, and to find candidates among thousands without comparing
 * every pair.
 */
import { sharedCount } from '../sorted';
import { codePointTest } from './char-class';
import { leadingNumberLength } from './normalize';

/** Interns words so that paragraph word sets are small sorted integer arrays. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Per word id, the paragraph that last took it: a word repeated in a paragraph is taken once. */
  private seenIn = new Int32Array(1024);
  private paragraph = 0;

  /** The distinct words of a paragraph (lower-cased, number and punctuation left out), sorted. */
  wordSet(text: string): Int32Array {
    const body = text.slice(leadingNumberLength(text)).toLowerCase();
    const ids: number[] = [];
    this.paragraph++;
    let start = -1;
    for (let i = 0; i <= body.length; i++) {
      let inWord = false;
      let wide = false;
      if (i < body.length) {
        const c = body.charCodeAt(i);
        // ASCII by range, the rest by the Unicode class (cached per code point).
        if (c < 128) inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
        else {
          const cp = body.codePointAt(i) ?? c;
          wide = cp > 0xffff;
          inWord = isWordPart(cp);
        }
      }
      if (inWord && start < 0) start = i;
      if (!inWord && start >= 0) {
        const w = body.slice(start, i);
        // Scripts written without spaces count per character, so a changed word shows up.
        if (w.charCodeAt(0) >= 0x0e00 && UNSPACED.test(w)) for (const ch of w) this.take(ids, ch);
        else this.take(ids, w);
        start = -1;
      }
      if (wide) i++;
    }
    return new Int32Array(ids).sort();
  }

  /** Adds the word's id to `ids` unless this paragraph already has it. */
  private take(ids: number[], word: string): void {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
      if (id >= this.seenIn.length) {
        const grown = new Int32Array(this.seenIn.length * 2);
        grown.set(this.seenIn);
        this.seenIn = grown;
      }
    }
    if (this.seenIn[id] === this.paragraph) return;
    this.seenIn[id] = this.paragraph;
    ids.push(id);
  }
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
  const shared = sharedCount(x, y);
  if (shared < minShare * small) return undefined;
  return { a: i, b: j, shared, dice: (2 * shared) / (x.length + y.length), bInA: shared / Math.max(1, y.length), aInB: shared / Math.max(1, x.length) };
}
