/**
 * A growable column of 32-bit integers: the per-clause facts of a library of a million clauses
 * (text offsets, grains, source links) kept in typed arrays rather than a million objects, so
 * the heap stays small and a saved library loads by viewing its bytes, not by parsing.
 */

// A loaded column is copied a page at a time when first written (see `over`).
const PAGE_BITS = 12;
const PAGE = 1 << PAGE_BITS;

export class IntColumn {
  // Loaded values (read only) and the pages of them written since, copied; values past the
  // loaded ones go to `data`.
  private base: Int32Array | Uint8Array = new Int32Array(0);
  private pages: (Int32Array | undefined)[] | undefined;
  private data: Int32Array;
  length: number;

  constructor(data: Int32Array = new Int32Array(16), length = 0) {
    this.data = data;
    this.length = length;
  }

  /**
   * A column over loaded values, viewed in place: values added go to an array of their own, and
   * a loaded value changed copies only its page of 4,096. Copying the whole of a million-clause
   * column on the first change made the first add after a load tens of milliseconds slower.
   */
  static over(values: Int32Array | Uint8Array): IntColumn {
    const column = new IntColumn(new Int32Array(16), values.length);
    column.base = values;
    return column;
  }

  push(value: number): number {
    const at = this.length - this.base.length;
    if (at === this.data.length) {
      const grown = new Int32Array(Math.max(16, at * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[at] = value;
    return this.length++;
  }

  get(at: number): number {
    const loaded = this.base.length;
    if (at >= loaded) return this.data[at - loaded] as number;
    const page = this.pages?.[at >>> PAGE_BITS];
    return (page ? page[at & (PAGE - 1)] : this.base[at]) as number;
  }

  set(at: number, value: number): void {
    const loaded = this.base.length;
    if (at >= loaded) {
      this.data[at - loaded] = value;
      return;
    }
    const pages = (this.pages ??= []);
    const number = at >>> PAGE_BITS;
    let page = pages[number];
    if (!page) {
      page = Int32Array.from(this.base.subarray(number * PAGE, Math.min(loaded, (number + 1) * PAGE)));
      pages[number] = page;
    }
    page[at & (PAGE - 1)] = value;
  }
}
