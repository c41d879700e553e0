/**
 * How each kind of row is named and coloured in the comparison: the badge on a row, the entry
 * in the change list and the bar in the summary chart all read from here, so they agree.
 */
import type { RowKind } from '../../shared/diff/schemas';

/** The words a reviewer sees for a kind of change. */
export const KIND_LABELS: Record<RowKind, string> = {
  equal: 'Unchanged',
  changed: 'Changed',
  inserted: 'Inserted',
  deleted: 'Deleted',
  moved: 'Moved',
  'moved-changed': 'Moved + changed',
  split: 'Split',
  merged: 'Merged',
};

/** The CSS class suffix of a kind (`cmp-kind-moved`); moved-changed shares the move colour. */
export function kindClass(kind: RowKind): string {
  return `cmp-kind-${kind === 'moved-changed' ? 'moved' : kind}`;
}
