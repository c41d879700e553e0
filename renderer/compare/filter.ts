/**
 * Which changes the reviewer wants to see: all, or one kind (changed, inserted, deleted, moved,
 * brackets). The change list, F8 and the change bar all follow the same filter.
 */
import type { ChangeEntry, Comparison, RowKind } from '../../shared/diff/schemas';

/** The filters, in the order the chips show them, with their words. */
export const CHANGE_FILTERS = [
  ['all', 'All'],
  ['changed', 'Changed'],
  ['inserted', 'Inserted'],
  ['deleted', 'Deleted'],
  ['moved', 'Moved'],
  ['brackets', 'Brackets'],
] as const;
/** One of the filters. */
export type ChangeFilter = (typeof CHANGE_FILTERS)[number][0];

const KINDS: Record<Exclude<ChangeFilter, 'all' | 'brackets'>, readonly RowKind[]> = {
  changed: ['changed', 'split', 'merged'],
  inserted: ['inserted'],
  deleted: ['deleted'],
  moved: ['moved', 'moved-changed'],
};

/** Whether a change belongs under the filter; "brackets" means a bracket was opened, resolved or reshaped. */
export function passes(c: Comparison, e: ChangeEntry, filter: ChangeFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'brackets') return (c.rows[e.row]?.brackets?.length ?? 0) > 0 || e.resolution !== undefined;
  return KINDS[filter].includes(e.kind);
}

/** How many changes each filter keeps, for the chips' counts. */
export function filterCounts(c: Comparison, stops: readonly ChangeEntry[]): Record<ChangeFilter, number> {
  const counts = Object.fromEntries(CHANGE_FILTERS.map(([f]) => [f, 0])) as Record<ChangeFilter, number>;
  for (const e of stops) for (const [f] of CHANGE_FILTERS) if (passes(c, e, f)) counts[f]++;
  return counts;
}
