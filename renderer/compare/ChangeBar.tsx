/**
 * The change bar beside the comparison, like an editor's overview ruler: one tick per change at
 * its place in the whole comparison, coloured by kind, the current one marked; a click goes
 * there. With hundreds of changes the reviewer still sees at a glance where they cluster.
 */
import type { ChangeEntry } from '../../shared/diff/schemas';
import { KIND_LABELS, kindClass } from './kinds';

/** Props of the change bar. */
export interface ChangeBarProps {
  changes: readonly ChangeEntry[];
  /** Rows in the comparison: a tick's height in the bar is its row's share of them. */
  rows: number;
  current: number | undefined;
  onPick: (index: number) => void;
}

/** The bar of ticks. */
export function ChangeBar({ changes, rows, current, onPick }: ChangeBarProps) {
  return (
    <nav className="cmp-changebar" aria-label="Change bar">
      {changes.map((e, i) => (
        <button
          key={e.row}
          type="button"
          className={`cmp-tick ${kindClass(e.kind)} ${i === current ? 'cmp-tick-current' : ''}`}
          style={{ top: `${(100 * e.row) / Math.max(1, rows)}%` }}
          title={`${KIND_LABELS[e.kind]} · ${e.where}`}
          aria-label={`${KIND_LABELS[e.kind]}, ${e.where}`}
          aria-current={i === current ? 'true' : undefined}
          onClick={() => onPick(i)}
        />
      ))}
    </nav>
  );
}
