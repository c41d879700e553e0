/**
 * Picking the value at a rank without sorting everything, for the top hits of a search and the
 * best clauses of a term: quickselect on a copy.
 */

/** The value at a rank (0 = largest) of an array. */
export function valueAtRank(scores: Float64Array, rank: number): number {
  const values = Float64Array.from(scores);
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = swap;
      }
    }
    if (rank <= j) hi = j;
    else if (rank >= i) lo = i;
    else break;
  }
  return values[rank] as number;
}
