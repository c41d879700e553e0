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
