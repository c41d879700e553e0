/**
 * Stepping through the changes of a comparison (F8 / Shift-F8, the Next and Previous buttons):
 * the stops are the change list's rows in document order, a move counted once where it arrived.
 */
import type { RedlineParagraph } from '../../shared/diff/redline/layout';
import type { ChangeEntry, Comparison } from '../../shared/diff/schemas';

/** The changes to stop at, in document order of their rows, one per row. */
export function changeStops(c: Comparison): ChangeEntry[] {
  const byRow = new Map<number, ChangeEntry>();
  for (const e of c.summary.changes) if (!byRow.has(e.row)) byRow.set(e.row, e);
  return [...byRow.values()].sort((x, y) => x.row - y.row);
}

/**
 * The stop after (direction 1) or before (direction -1) the current one, wrapping around at the
 * ends like a word processor. With no current stop, Next starts at the first and Previous at
 * the last. Undefined when there are no stops at all.
 */
export function stepStop(current: number | undefined, count: number, direction: 1 | -1): number | undefined {
  if (count <= 0) return undefined;
  if (current === undefined || current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/**
 * The stop a row belongs to: its own, or, for the end of a move the list does not name (where
 * the paragraph left), the stop of the other end. Undefined for unchanged rows.
 */
export function stopOfRow(c: Comparison, stops: readonly ChangeEntry[], row: number): number | undefined {
  const own = stops.findIndex((e) => e.row === row);
  if (own >= 0) return own;
  const peer = c.rows[row]?.move?.peer;
  if (peer === undefined) return undefined;
  const other = stops.findIndex((e) => e.row === peer);
  return other >= 0 ? other : undefined;
}

/** The rows to highlight for a stop: its row, and the other end when it is a move. */
export function highlightedRows(c: Comparison, row: number | undefined): Set<number> {
  const out = new Set<number>();
  if (row === undefined) return out;
  out.add(row);
  const peer = c.rows[row]?.move?.peer;
  if (peer !== undefined) out.add(peer);
  return out;
}

/** The first redline paragraph of every comparison row. */
export function firstParagraphOfRows(paragraphs: readonly RedlineParagraph[], rows: number): number[] {
  const first = new Array<number>(rows).fill(-1);
  paragraphs.forEach((p, k) => {
    if (first[p.row] === -1) first[p.row] = k;
  });
  // A row with no paragraph of its own is reached at the next one that has one.
  for (let r = rows - 2; r >= 0; r--) if (first[r] === -1) first[r] = first[r + 1] ?? -1;
  return first;
}
