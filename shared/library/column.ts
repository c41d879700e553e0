/**
 * A growable column of 32-bit integers: the per-clause facts of a library of a million clauses
 * (text offsets, grains, source links) kept in typed arrays rather than a million objects, so
 * the heap stays small and a saved library loads by viewing its bytes, not by parsing.
 */
export class IntColumn {
  private data: Int32Array | Uint8Array;
  // The data is a view of loaded bytes, copied before the first change (see `over`).
  private shared: boolean;
  length: number;

  constructor(data: Int32Array = new Int32Array(16), length = 0) {
    this.data = data;
    this.shared = false;
    this.length = length;
  }

  /**
   * A column over loaded values, viewed in place until it first changes: then copied once,
   * with room to grow by an eighth, so that later adds double no column. A library only
   * searched never copies its million-clause columns.
   */
  static over(values: Int32Array | Uint8Array): IntColumn {
    const column = new IntColumn(new Int32Array(0), values.length);
    column.data = values;
    column.shared = true;
    return column;
  }

  push(value: number): number {
    if (this.shared || this.length === this.data.length) this.grow();
    this.data[this.length] = value;
    return this.length++;
  }

  get(at: number): number {
    return this.data[at] as number;
  }

  set(at: number, value: number): void {
    if (this.shared) this.grow();
    this.data[at] = value;
  }

  private grow(): void {
    const room = this.shared ? this.length + Math.max(1024, this.length >> 3) : Math.max(16, this.length * 2);
    const grown = new Int32Array(room);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
    this.shared = false;
  }
}
