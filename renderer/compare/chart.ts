/**
 * The data of the summary's small chart: one bar per kind of change, scaled to the largest,
 * in the order a reviewer weighs them (edits first, then structure).
 */
import type { RowKind, Summary } from '../../shared/diff/schemas';
import { KIND_LABELS } from './kinds';

/** One bar of the chart. */
export interface ChartBar {
  kind: RowKind;
  label: string;
  count: number;
  /** Length relative to the longest bar, 0 to 1. */
  share: number;
}

const ORDER: readonly [RowKind, keyof Summary['paragraphs']][] = [
  ['changed', 'changed'],
  ['inserted', 'inserted'],
  ['deleted', 'deleted'],
  ['moved', 'moved'],
  ['moved-changed', 'movedChanged'],
  ['split', 'split'],
  ['merged', 'merged'],
];

/** The bars for the kinds that occur; empty when the texts are the same. */
export function chartBars(summary: Summary): ChartBar[] {
  const present = ORDER.map(([kind, key]) => ({ kind, count: summary.paragraphs[key] })).filter((b) => b.count > 0);
  const max = Math.max(0, ...present.map((b) => b.count));
  return present.map((b) => ({ ...b, label: KIND_LABELS[b.kind], share: b.count / max }));
}
