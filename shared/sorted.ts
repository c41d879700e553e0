/** Index of the last entry of an ascending list that is at most `value` (0 when none is). */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * How many values two ascending lists without repeats share (sorted id and shingle sets). With
 * `atLeast`, the count stops as soon as what is left cannot bring it there, and is then some
 * number below `atLeast`: most pairs a search looks at share far too little to matter.
 */
export function sharedCount(x: ArrayLike<number>, y: ArrayLike<number>, atLeast = 0): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    if (n + Math.min(x.length - i, y.length - j) < atLeast) return n;
    const a = x[i] ?? 0;
    const b = y[j] ?? 0;
    if (a === b) {
      n++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return n;
}
