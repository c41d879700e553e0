/**
 * Clause ids (document keys) for a library of a million clauses, kept as numbers: an id is a
 * grain letter and a 53-bit hash in hex ("p-0a1b2c3d4e5f60", clauses.ts), so two 32-bit words
 * hold it, against 40-odd bytes of heap for the string and its slot in an array. The string is
 * made again when asked for. Any other key is kept as it is, in a list of its own. Loaded words
 * stay where they were loaded; keys added later go to an array of their own.
 */

/** Keys in saved form: two words per key (see KeyColumn), and the keys of any other form. */
export interface SavedKeys {
  words: Uint32Array;
  others: string[];
}

const COMPACT = /^([ps])-([0-9a-f]{14})$/;
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
    const i = at * 2;
    const base = this.base.length;
    const high = (i < base ? this.base[i] : this.words[i - base]) as number;
    const low = (i < base ? this.base[i + 1] : this.words[i + 1 - base]) as number;
    if (high & OTHER) return this.others[low] ?? '';
    const hash = ((high & (SENTENCE - 1)) * HIGH + low).toString(16).padStart(14, '0');
    return `${high & SENTENCE ? 's' : 'p'}-${hash}`;
  }

  /** The keys `order` names, in that order, in saved form. */
  saved(order: ArrayLike<number>): SavedKeys {
    const others: string[] = [];
    const words = new Uint32Array(order.length * 2);
    for (let i = 0; i < order.length; i++) {
      const [high, low] = wordsOf(this.get(order[i] as number), others);
      words[2 * i] = high;
      words[2 * i + 1] = low;
    }
    return { words, others };
  }
}

/** A key's two words; a key of another form is added to `others` and points there. */
function wordsOf(key: string, others: string[]): [number, number] {
  const match = COMPACT.exec(key);
  const hash = match ? parseInt(match[2] as string, 16) : NaN;
  if (!match || !(hash < 2 ** 53)) return [OTHER, others.push(key) - 1];
  return [Math.floor(hash / HIGH) | (match[1] === 's' ? SENTENCE : 0), hash % HIGH];
}
