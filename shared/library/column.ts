/**
 * A growable column of 32-bit integers: the per-clause facts of a library of a million clauses
 * (text offsets, grains, source links) kept in typed arrays rather than a million objects, so
 * the heap stays small and a saved library loads by viewing its bytes, not by parsing.
 */
export class IntColumn {
  private data: Int32Array;
  length: number;

  constructor(data: Int32Array = new Int32Array(16), length = 0) {
    this.data = data;
    this.length = length;
  }

  /**
   * A column holding a copy of some values with room to grow by an eighth: loading a million
   * clauses copies them anyway, and the first add then doubles no column.
   */
  static withRoom(values: ArrayLike<number>): IntColumn {
    const data = new Int32Array(values.length + Math.max(1024, values.length >> 3));
    data.set(values);
    return new IntColumn(data, values.length);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const grown = new Int32Array(Math.max(16, this.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    return this.length++;
  }

  get(at: number): number {
    return this.data[at] as number;
  }

  set(at: number, value: number): void {
    this.data[at] = value;
  }

  /** The values as one array (a view: valid until the next push). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * Texts stored as UTF-8 bytes end to end, each read back on demand. Loaded texts stay where they
 * were loaded (`base`, read only); texts added later go to a buffer of their own, at offsets
 * past the base, so the first add after loading a million clauses copies nothing.
 */
export class TextColumn {
  private readonly base: Uint8Array;
  private bytes: Uint8Array;
  private used: number;
  private readonly starts: IntColumn;
  private readonly ends: IntColumn;
  private static readonly encoder = new TextEncoder();
  private static readonly decoder = new TextDecoder();

  constructor(base: Uint8Array = new Uint8Array(0), starts = new IntColumn(), ends = new IntColumn()) {
    this.base = base;
    this.bytes = new Uint8Array(1 << 16);
    this.used = 0;
    this.starts = starts;
    this.ends = ends;
  }

  /** Rebuilds a column from saved bytes and the start of each text (one more entry than texts). */
  static fromSaved(bytes: Uint8Array, offsets: Int32Array): TextColumn {
    const count = Math.max(0, offsets.length - 1);
    return new TextColumn(bytes, IntColumn.withRoom(offsets.subarray(0, count)), IntColumn.withRoom(offsets.subarray(1)));
  }

  get length(): number {
    return this.starts.length;
  }

  push(text: string): number {
    // A UTF-16 unit never takes more than 3 UTF-8 bytes.
    const room = text.length * 3;
    if (this.used + room > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.used + room));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    const { written } = TextColumn.encoder.encodeInto(text, this.bytes.subarray(this.used));
    this.starts.push(this.base.length + this.used);
    this.used += written;
    return this.ends.push(this.base.length + this.used);
  }

  get(at: number): string {
    return TextColumn.decoder.decode(this.raw(at));
  }

  /** The raw bytes of one text, for saving without decoding. */
  raw(at: number): Uint8Array {
    const start = this.starts.get(at);
    const end = this.ends.get(at);
    const base = this.base.length;
    return start < base ? this.base.subarray(start, end) : this.bytes.subarray(start - base, end - base);
  }
}
