/**
 * The change bar beside the comparison, like an editor's overview ruler: one tick per change at
 * its place in the whole comparison, coloured by kind, the current one marked; a click goes
 * there. With hundreds of changes the reviewer still sees at a glance where they cluster.
 */
import type { KeyboardEvent } from 'react';
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

/**
 * The change whose tick stands nearest to a click at `y` in the bar. With hundreds of changes the
 * ticks overlap, and the one painted on top at the pointer is often a later neighbour.
 */
function nearestTick(bar: HTMLElement, y: number): number | undefined {
  let best: number | undefined;
  let bestDistance = Infinity;
  bar.querySelectorAll('.cmp-tick').forEach((tick, i) => {
    const box = tick.getBoundingClientRect();
    const distance = Math.abs(box.top + box.height / 2 - y);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * The bar of ticks. It is one stop for Tab (the current change's tick, else the first), and the
 * arrow keys, Home and End move along it: with hundreds of changes, a tab stop per tick made the
 * bar a wall the keyboard had to cross.
 */
export function ChangeBar({ changes, rows, current, onPick }: ChangeBarProps) {
  const focusable = current !== undefined && current < changes.length ? current : 0;
  const move = (event: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const targets: Partial<Record<string, number>> = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: changes.length - 1 };
    const to = targets[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(changes.length - 1, to));
    onPick(next);
    (event.currentTarget.parentElement?.children[next] as HTMLElement | undefined)?.focus();
  };
  return (
    <nav className="cmp-changebar" aria-label="Change bar">
      {changes.map((e, i) => (
        <button
          key={e.row}
          type="button"
          tabIndex={i === focusable ? 0 : -1}
          onKeyDown={(event) => move(event, i)}
          className={`cmp-tick ${kindClass(e.kind)} ${i === current ? 'cmp-tick-current' : ''}`}
          style={{ top: `${(100 * e.row) / Math.max(1, rows)}%` }}
          title={`${KIND_LABELS[e.kind]} · ${e.where}`}
          aria-label={`${KIND_LABELS[e.kind]}, ${e.where}`}
          aria-current={i === current ? 'true' : undefined}
          onClick={(event) => {
            // A pointer click goes to the nearest tick; Enter or Space (detail 0) to this one.
            const bar = event.currentTarget.parentElement;
            onPick(event.detail > 0 && bar ? (nearestTick(bar, event.clientY) ?? i) : i);
          }}
        />
      ))}
    </nav>
  );
}
