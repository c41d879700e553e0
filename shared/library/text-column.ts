/**
 * Clause texts for a library of a million clauses, kept small: each text is a run of token
 * numbers (a word or a mark with the space after it), one to three bytes each, against six or
 * seven bytes of UTF-8 per word; and a sentence clause is no copy at all but a range of its
 * paragraph's tokens. Loaded texts stay where they were loaded (`base`, read only); texts added
 * later go to a buffer of their own at addresses past the base, so the first add after loading
 * copies nothing.
 */
import { IntColumn } from './column';
import type { Scan } from './filed';
import { StringTable } from './string-table';

/** A text column in saved form: token strings, and per text a byte range of `bytes`. */
export interface SavedTexts {
  tokens: string[];
  bytes: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE_CHAR = /\s/;

function isWordCode(c: number, text: string, at: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text.charAt(at));
}

function isSpaceCode(c: number, text: string, at: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_CHAR.test(text.charAt(at));
}

/**
 * Where the token starting at `at` ends: a word (letters, digits, marks) with one space after
 * it, any other character with one space after it, or a run of other white space. A scan of
 * character codes: a Unicode regex over every clause made indexing half as fast again.
 */
export function tokenEnd(text: string, at: number): number {
  let i = at;
  const c = text.charCodeAt(i);
  if (isSpaceCode(c, text, i)) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i), text, i)) i++;
    return i;
  }
  if (isWordCode(c, text, i)) {
    while (i < text.length && isWordCode(text.charCodeAt(i), text, i)) i++;
  } else {
    // One character, both halves of a surrogate pair.
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return text.charCodeAt(i) === 32 ? i + 1 : i;
}

/**
 * The token number at `at` (written by TextColumn.write) and how many bytes it takes, as
 * number * 8 + bytes: one value, so that the decoding loops allocate nothing.
 */
function readToken(bytes: Uint8Array, at: number): number {
  let i = at;
  let b = bytes[i++] as number;
  let id = b & 0x7f;
  for (let shift = 7; b & 0x80; shift += 7) {
    b = bytes[i++] as number;
    id |= (b & 0x7f) << shift;
  }
  return id * 8 + (i - at);
}

/** See the module comment. */
export class TextColumn {
  // Looked up straight from the clause text: no string is made for a token already known.
  private readonly tokenTable = new StringTable();
  private readonly tokens = this.tokenTable.strings;
  private readonly base: Uint8Array;
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private readonly starts: IntColumn;
  private readonly ends: IntColumn;
  // The last text written as tokens: its sentences come next, and need not decode it.
  private last: { at: number; text: string } | undefined;

  constructor(saved: SavedTexts = { tokens: [], bytes: new Uint8Array(0), starts: new Int32Array(0), ends: new Int32Array(0) }) {
    for (const token of saved.tokens) this.tokenTable.idOf(token, 0, token.length);
    this.base = saved.bytes;
    this.starts = IntColumn.over(saved.starts);
    this.ends = IntColumn.over(saved.ends);
  }

  get length(): number {
    return this.starts.length;
  }

  /**
   * Adds a text, as a range of text `within` when it is part of it (a sentence of its
   * paragraph, found at `at` when it stands there), else as tokens of its own (found ahead by
   * a clause reader when `scan` is given, see filed.ts); returns its number.
   */
  push(text: string, within?: number, offset?: number, scan?: Scan): number {
    const range = within === undefined ? undefined : this.rangeIn(within, text, offset);
    if (range) {
      this.starts.push(range[0]);
      return this.ends.push(range[1]);
    }
    this.starts.push(this.base.length + this.used);
    if (scan) {
      const { data, tokens } = scan;
      const end = tokens + 1 + 2 * (data[tokens] as number);
      for (let t = tokens + 1, at = 0; t < end; t += 2) {
        this.write(this.tokenTable.idOf(text, at, data[t] as number, data[t + 1] as number));
        at = data[t] as number;
      }
    } else {
      for (let at = 0; at < text.length; ) {
        const end = tokenEnd(text, at);
        this.write(this.tokenTable.idOf(text, at, end));
        at = end;
      }
    }
    // Decoding drops one final space (see decode): a text ending in one keeps it by a space more.
    if (text.endsWith(' ')) this.write(this.tokenTable.idOf(' ', 0, 1));
    const at = this.ends.push(this.base.length + this.used);
    this.last = { at, text };
    return at;
  }

  get(at: number): string {
    return this.decode(this.starts.get(at), this.ends.get(at));
  }

  /**
   * The texts `order` names, in that order, in saved form: each stretch of bytes that any of
   * them uses is copied once, so a sentence stays a range of its paragraph.
   */
  saved(order: ArrayLike<number>): SavedTexts {
    const n = order.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      starts[i] = this.starts.get(order[i] as number);
      ends[i] = this.ends.get(order[i] as number);
    }
    const byStart = new Int32Array(n);
    for (let i = 0; i < n; i++) byStart[i] = i;
    byStart.sort((a, b) => (starts[a] as number) - (starts[b] as number));
    // Overlapping ranges merge into stretches, each copied to the output end to end.
    const stretches: [number, number][] = [];
    let out = 0;
    let from = 0;
    let to = -1;
    const close = () => {
      if (to < 0) return;
      stretches.push([from, to]);
      out += to - from;
    };
    const shift = new Int32Array(n);
    for (const i of byStart) {
      const start = starts[i] as number;
      if (start >= to) {
        close();
        from = start;
        to = start;
      }
      to = Math.max(to, ends[i] as number);
      shift[i] = out - from;
    }
    close();
    const bytes = new Uint8Array(out);
    let at = 0;
    for (const [s, e] of stretches) {
      bytes.set(this.slice(s, e), at);
      at += e - s;
    }
    for (let i = 0; i < n; i++) {
      starts[i] = (starts[i] as number) + (shift[i] as number);
      ends[i] = (ends[i] as number) + (shift[i] as number);
    }
    return { tokens: this.tokens, bytes, starts, ends };
  }

  /** The bytes at addresses [start, end), which lie in one buffer (one text's, or a stretch of them). */
  private slice(start: number, end: number): Uint8Array {
    const base = this.base.length;
    return start < base ? this.base.subarray(start, end) : this.bytes.subarray(start - base, end - base);
  }

  private decode(start: number, end: number): string {
    const bytes = this.slice(start, end);
    let text = '';
    for (let i = 0; i < bytes.length; ) {
      const read = readToken(bytes, i);
      text += this.tokens[read >> 3];
      i += read & 7;
    }
    // A range of a paragraph may end on a token's space after the last word of a sentence.
    return text.endsWith(' ') ? text.slice(0, -1) : text;
  }

  /** The addresses of a part of text `within` as a range of its tokens, if it is one. */
  private rangeIn(within: number, text: string, offset: number | undefined): [number, number] | undefined {
    const start = this.starts.get(within);
    const end = this.ends.get(within);
    const whole = this.last?.at === within ? this.last.text : this.decode(start, end);
    const from = offset !== undefined && whole.startsWith(text, offset) ? offset : whole.indexOf(text);
    if (from < 0) return undefined;
    const to = from + text.length;
    const bytes = this.slice(start, end);
    let chars = 0;
    let first = -1;
    for (let i = 0; i < bytes.length; ) {
      if (chars === from) first = i;
      else if (first < 0 && chars > from) return undefined;
      const read = readToken(bytes, i);
      chars += (this.tokens[read >> 3] as string).length;
      i += read & 7;
      if (first >= 0 && chars >= to) {
        const range: [number, number] = [start + first, start + i];
        // The tokens read are whole[from, chars): the text, or the text and the space decoding drops.
        const same = chars <= whole.length && (chars === to ? !text.endsWith(' ') : chars === to + 1 && whole.charCodeAt(to) === 32);
        return same || this.decode(range[0], range[1]) === text ? range : undefined;
      }
    }
    return undefined;
  }

  /** Writes a token number in 7-bit groups, low first, the high bit saying more follow. */
  private write(id: number): void {
    if (this.used + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    let rest = id;
    while (rest >= 0x80) {
      this.bytes[this.used++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.used++] = rest;
  }
}
