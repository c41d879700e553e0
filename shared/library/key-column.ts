/**
 * Clause ids (document keys) for a library of a million clauses, kept as numbers: an id is a
 * grain letter and a 53-bit hash in hex ("p-0a1b2c3d4e5f60", clauses.ts), so two 32-bit words
 * hold it, against 40-odd bytes of heap for the string and its slot in an array. The string is
 * made again when asked for. Any other key is kept as it is, in a list of its own. Loaded words
 * stay where they were loaded; keys added later go to an array of their own.
 */

import { hashRange } from './key-table';

/** Keys in saved form: two words per key (see KeyColumn), and the keys of any other form. */
export interface SavedKeys {
  words: Uint32Array;
  others: string[];
}

// Flags in a key's first word, above the hash's 21 high bits.
const SENTENCE = 1 << 21;
const OTHER = 1 << 22;
const HIGH = 2 ** 32;

/** See the module comment. */
export class KeyColumn {
  private readonly base: Uint32Array;
  private words = new Uint32Array(64);
  private used = 0;
  private readonly others: string[];
  // The key `is` compared last, and its words.
  private lastKey: string | undefined;
  private lastWords: [number, number] | undefined;

  constructor(saved: SavedKeys = { words: new Uint32Array(0), others: [] }) {
    this.base = saved.words;
    this.others = [...saved.others];
  }

  /** Keys held. */
  get length(): number {
    return (this.base.length + this.used) >> 1;
  }

  push(key: string): void {
    if (this.used + 2 > this.words.length) {
      const grown = new Uint32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    const [high, low] = wordsOf(key, this.others);
    this.words[this.used++] = high;
    this.words[this.used++] = low;
  }

  get(at: number): string {
    const high = this.word(2 * at);
    const low = this.word(2 * at + 1);
    if (high & OTHER) return this.others[low] ?? '';
    const hash = ((high & (SENTENCE - 1)) * HIGH + low).toString(16).padStart(14, '0');
    return `${high & SENTENCE ? 's' : 'p'}-${hash}`;
  }

  /**
   * hashRange of the key at `at`, worked out from its words without making the string: the key
   * table is rebuilt from every key as it grows, and a million strings made for that took seconds.
   */
  hashAt(at: number): number {
    const high = this.word(2 * at);
    const low = this.word(2 * at + 1);
    if (high & OTHER) {
      const key = this.others[low] ?? '';
      return hashRange(key, 0, key.length);
    }
    let h = Math.imul(0x811c9dc5 ^ (high & SENTENCE ? 115 : 112), 0x01000193);
    h = Math.imul(h ^ 45, 0x01000193);
    const hash = high & (SENTENCE - 1);
    for (let shift = 20; shift >= 0; shift -= 4) h = Math.imul(h ^ hexCode((hash >>> shift) & 15), 0x01000193);
    for (let shift = 28; shift >= 0; shift -= 4) h = Math.imul(h ^ hexCode((low >>> shift) & 15), 0x01000193);
    return h >>> 0;
  }

  /** Whether the key at `at` is `key`, compared as words (the key is read once per lookup). */
  is(at: number, key: string): boolean {
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.lastWords = compactWords(key);
    }
    const high = this.word(2 * at);
    const low = this.word(2 * at + 1);
    const words = this.lastWords;
    if (high & OTHER) return words === undefined && this.others[low] === key;
    return words !== undefined && words[0] === high && words[1] === low;
  }

  /** The keys `order` names, in that order, in saved form. */
  saved(order: ArrayLike<number>): SavedKeys {
    const others: string[] = [];
    const words = new Uint32Array(order.length * 2);
    for (let i = 0; i < order.length; i++) {
      const high = this.word(2 * (order[i] as number));
      const low = this.word(2 * (order[i] as number) + 1);
      words[2 * i] = high;
      words[2 * i + 1] = high & OTHER ? others.push(this.others[low] ?? '') - 1 : low;
    }
    return { words, others };
  }

  /** Word `i` of the keys (two per key), loaded or added. */
  private word(i: number): number {
    const base = this.base.length;
    return (i < base ? this.base[i] : this.words[i - base]) as number;
  }
}

/** The character code of a hex digit as toString(16) writes it. */
const hexCode = (digit: number) => (digit < 10 ? 48 + digit : 87 + digit);

/** The two words of a key of the usual form ("p-" or "s-" and 14 hex digits below 2^53), else undefined. */
function compactWords(key: string): [number, number] | undefined {
  const grain = key.charCodeAt(0);
  if (key.length !== 16 || (grain !== 112 && grain !== 115) || key.charCodeAt(1) !== 45) return undefined;
  let high = 0;
  let low = 0;
  for (let i = 2; i < 16; i++) {
    const c = key.charCodeAt(i);
    const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (digit < 0) return undefined;
    if (i < 8) high = high * 16 + digit;
    else low = low * 16 + digit;
  }
  if (high >= SENTENCE) return undefined;
  return [grain === 115 ? high | SENTENCE : high, low >>> 0];
}

/** A key's two words; a key of another form is added to `others` and points there. */
function wordsOf(key: string, others: string[]): [number, number] {
  return compactWords(key) ?? [OTHER, others.push(key) - 1];
}
