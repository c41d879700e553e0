/**
 * A scrolling list that renders only the rows in view (plus overscan). Heights start as
 * estimates and are corrected from the page after each render; corrections above the first
 * visible row move the scroll position by the same amount, so what the reader looks at stays
 * put. Both columns of the side-by-side view live in one row, so one scroll bar serves both.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { RowHeights, virtualWindow } from './virtualWindow';
import type { VirtualWindow } from './virtualWindow';

/** A request to bring a row into view; a new `seq` repeats the request for the same row. */
export interface ScrollRequest {
  index: number;
  seq: number;
}

/** Props of the virtual list. */
export interface VirtualListProps {
  count: number;
  /** Estimated height of a row in pixels, for a list `width` pixels wide. */
  estimate: (index: number, width: number) => number;
  /** Changes whenever the rows are different data (a new comparison), to start over. */
  dataKey: unknown;
  renderRow: (index: number) => ReactNode;
  scrollTo?: ScrollRequest | undefined;
  overscan?: number;
  className?: string;
  /** Names the scrolling region for screen readers. */
  label: string;
}

const EMPTY: VirtualWindow = { start: 0, end: 0, before: 0, after: 0 };
/** Width steps at which estimates are redone; finer steps would redo them on every pixel of a drag. */
const WIDTH_STEP = 40;

/** The virtualised list. */
export function VirtualList({ count, estimate, dataKey, renderRow, scrollTo, overscan = 8, className, label }: VirtualListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [view, setView] = useState<VirtualWindow>(EMPTY);
  const [, setVersion] = useState(0);
  const pending = useRef<number | undefined>(undefined);
  const previous = useRef<RowHeights | undefined>(undefined);

  // `dataKey` stands for the estimate: a new function object for the same rows must not start over.
  const heights = useMemo(() => new RowHeights(count, (i) => estimate(i, width || 800)), [count, dataKey, width]);

  const refresh = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const next = virtualWindow(heights, el.scrollTop, el.clientHeight, overscan);
    setView((old) => (old.start === next.start && old.end === next.end && old.before === next.before && old.after === next.after ? old : next));
  }, [heights, overscan]);

  // Re-estimating after a resize keeps the row at the top of the view where it was.
  useLayoutEffect(() => {
    const el = scroller.current;
    const old = previous.current;
    previous.current = heights;
    if (el && old && old !== heights && old.count === heights.count) {
      const top = old.indexAt(el.scrollTop);
      el.scrollTop = heights.offsetOf(top) + (el.scrollTop - old.offsetOf(top));
    } else if (el && old && old.count !== heights.count) {
      el.scrollTop = 0;
    }
    refresh();
  }, [heights, refresh]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      setWidth(Math.max(WIDTH_STEP, Math.round(el.clientWidth / WIDTH_STEP) * WIDTH_STEP));
      refresh();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [refresh]);

  // Measure what was rendered, correct the estimates, and keep the view steady.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const anchor = heights.indexAt(el.scrollTop);
    let shift = 0;
    let changed = false;
    for (const child of el.querySelectorAll<HTMLElement>(':scope > [data-index]')) {
      const index = Number(child.dataset.index);
      const delta = heights.set(index, child.getBoundingClientRect().height);
      if (delta !== 0) changed = true;
      if (index < anchor) shift += delta;
    }
    const target = pending.current;
    if (target !== undefined) {
      el.scrollTop = revealTop(heights, target, el.scrollTop, el.clientHeight);
      if (!changed) pending.current = undefined;
    } else if (shift !== 0) {
      el.scrollTop += shift;
    }
    if (changed) setVersion((v) => v + 1);
    refresh();
  });

  useEffect(() => {
    const el = scroller.current;
    if (!scrollTo || !el || scrollTo.index < 0 || scrollTo.index >= count) return;
    pending.current = scrollTo.index;
    el.scrollTop = revealTop(heights, scrollTo.index, el.scrollTop, el.clientHeight);
    refresh();
    // Only a new request scrolls; re-renders with the same request must leave the reader alone.
  }, [scrollTo?.seq]);

  const rows: ReactNode[] = [];
  for (let i = view.start; i < Math.min(view.end, count); i++) {
    rows.push(
      <div key={i} data-index={i} className="cmp-vrow">
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div ref={scroller} className={className} onScroll={refresh} aria-label={label} role="region" tabIndex={0}>
      <div style={{ height: view.before }} aria-hidden="true" />
      {rows}
      <div style={{ height: view.after }} aria-hidden="true" />
    </div>
  );
}

/** Where to scroll so that a row is in view: unchanged if it already is, else a quarter down. */
function revealTop(heights: RowHeights, index: number, scrollTop: number, viewport: number): number {
  const top = heights.offsetOf(index);
  const bottom = top + heights.heightOf(index);
  if (top >= scrollTop && bottom <= scrollTop + viewport) return scrollTop;
  return Math.max(0, top - viewport / 4);
}
