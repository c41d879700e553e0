/**
 * Which rows of a long list to render: row heights start as estimates and are corrected as rows
 * are measured, kept in a Fenwick tree so that an update and "which row is at y" both cost
 * O(log n) even for tens of thousands of rows.
 */

/** Heights of a list's rows, estimated first and corrected by measurement. */
export class RowHeights {
  private readonly tree: Float64Array;
  private readonly heights: Float64Array;

  constructor(
    readonly count: number,
    estimate: (index: number) => number,
  ) {
    this.heights = new Float64Array(count);
    this.tree = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) this.heights[i] = Math.max(1, estimate(i));
    // Linear-time build: each node passes its sum up to its parent once.
    for (let i = 1; i <= count; i++) {
      this.tree[i] = (this.tree[i] ?? 0) + (this.heights[i - 1] ?? 0);
      const parent = i + (i & -i);
      if (parent <= count) this.tree[parent] = (this.tree[parent] ?? 0) + (this.tree[i] ?? 0);
    }
  }

  /** The current height of a row: as last measured, else as estimated. */
  heightOf(index: number): number {
    return this.heights[index] ?? 0;
  }

  /** Records a measured height; returns how much the row grew (negative if it shrank). */
  set(index: number, height: number): number {
    if (index < 0 || index >= this.count) return 0;
    const delta = height - (this.heights[index] ?? 0);
    if (delta === 0) return 0;
    this.heights[index] = height;
    for (let i = index + 1; i <= this.count; i += i & -i) this.tree[i] = (this.tree[i] ?? 0) + delta;
    return delta;
  }

  /** The distance from the top of the list to the top of a row (the total for `count`). */
  offsetOf(index: number): number {
    let sum = 0;
    for (let i = Math.min(Math.max(index, 0), this.count); i > 0; i -= i & -i) sum += this.tree[i] ?? 0;
    return sum;
  }

  /** The height of the whole list. */
  total(): number {
    return this.offsetOf(this.count);
  }

  /** The row that covers the distance y from the top (clamped to the first and last rows). */
  indexAt(y: number): number {
    if (this.count === 0) return 0;
    let index = 0;
    let remaining = y;
    for (let step = highestPowerOfTwo(this.count); step > 0; step >>= 1) {
      const next = index + step;
      const size = this.tree[next];
      if (next <= this.count && size !== undefined && size <= remaining) {
        index = next;
        remaining -= size;
      }
    }
    return Math.min(index, this.count - 1);
  }
}

function highestPowerOfTwo(n: number): number {
  let p = 1;
  while (p * 2 <= n) p *= 2;
  return p;
}

/** The rows to render for a viewport, and the space to leave above and below them. */
export interface VirtualWindow {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Height of the unrendered rows above `start`. */
  before: number;
  /** Height of the unrendered rows from `end` on. */
  after: number;
}

/**
 * The rows that meet the viewport [scrollTop, scrollTop + viewport), plus `overscan` rows on
 * each side so that a fast scroll does not show blank space before the next render.
 */
export function virtualWindow(heights: RowHeights, scrollTop: number, viewport: number, overscan: number): VirtualWindow {
  if (heights.count === 0) return { start: 0, end: 0, before: 0, after: 0 };
  const top = Math.max(0, scrollTop);
  const first = heights.indexAt(top);
  const last = heights.indexAt(top + Math.max(0, viewport));
  const start = Math.max(0, first - overscan);
  const end = Math.min(heights.count, last + 1 + overscan);
  const before = heights.offsetOf(start);
  return { start, end, before, after: heights.total() - heights.offsetOf(end) };
}

/**
 * A row's estimated height from the length of its text: lines wrap at about `charsPerLine`
 * characters, plus the row's fixed padding. Close estimates keep the scroll bar steady.
 */
export function estimateHeight(chars: number, charsPerLine: number, lineHeight: number, padding: number): number {
  const lines = Math.max(1, Math.ceil(chars / Math.max(1, charsPerLine)));
  return lines * lineHeight + padding;
}
