/**
 * The inline redline view: one column of the new text with deletions struck and insertions
 * underlined in place, laid out by the same code as the exported redline so both agree.
 * Moves carry a link to their other end.
 */
import { useCallback, useMemo } from 'react';
import type { Comparison } from '../../shared/diff/schemas';
import { redlineParagraphs } from '../../shared/diff/redline/layout';
import { BracketNotes } from './BracketNotes';
import { kindClass } from './kinds';
import { MoveLink, RowBadge } from './RowMarks';
import { firstParagraphOfRows } from './navigation';
import { Pieces } from './Pieces';
import { VirtualList } from './VirtualList';
import type { ScrollRequest } from './VirtualList';
import { estimateHeight } from './virtualWindow';

/** Props of the redline view. */
export interface RedlineProps {
  comparison: Comparison;
  label: string;
  highlighted: Set<number>;
  /** Which comparison row to bring into view. */
  scrollTo: ScrollRequest | undefined;
  onJump: (row: number, reveal: boolean) => void;
}

const PAGE_PADDING = 120;
const CHAR_WIDTH = 7.8;
const LINE_HEIGHT = 25;

/** The one-column redline. */
export function Redline({ comparison, label, highlighted, scrollTo, onJump }: RedlineProps) {
  const paragraphs = useMemo(() => redlineParagraphs(comparison), [comparison]);
  const first = useMemo(() => firstParagraphOfRows(paragraphs, comparison.rows.length), [paragraphs, comparison]);
  const lengths = useMemo(() => paragraphs.map((p) => p.runs.reduce((n, r) => n + r.text.length, 0)), [paragraphs]);
  const estimate = useCallback(
    (i: number, width: number) => {
      const p = paragraphs[i];
      const labelled = p && (p.kind !== 'equal' || p.move);
      return estimateHeight(lengths[i] ?? 0, (Math.min(width, 860) - PAGE_PADDING) / CHAR_WIDTH, LINE_HEIGHT, 14 + (labelled ? 18 : 0));
    },
    [paragraphs, lengths],
  );
  const request = useMemo(() => (scrollTo ? { index: first[scrollTo.index] ?? -1, seq: scrollTo.seq } : undefined), [scrollTo, first]);
  const renderRow = (i: number) => {
    const p = paragraphs[i];
    if (!p) return null;
    const row = comparison.rows[p.row];
    const changed = p.kind !== 'equal';
    return (
      <div
        className={`cmp-rl-para ${changed ? `cmp-changed ${kindClass(p.kind)}` : ''} ${p.move ? `cmp-move-${p.move.end}` : ''} ${highlighted.has(p.row) ? 'cmp-current' : ''}`}
        onClick={changed ? () => onJump(p.row, false) : undefined}
        data-row={p.row}
      >
        {changed && row && (
          <div className="cmp-rl-label">
            <RowBadge row={row} />
            <MoveLink row={row} comparison={comparison} onJump={onJump} />
          </div>
        )}
        <p className="cmp-rl-text">
          <Pieces pieces={p.runs} />
        </p>
        <BracketNotes changes={row?.brackets} />
      </div>
    );
  };
  return (
    <VirtualList
      className="cmp-scroll cmp-redline"
      label={label}
      count={paragraphs.length}
      estimate={estimate}
      dataKey={paragraphs}
      renderRow={renderRow}
      scrollTo={request}
    />
  );
}
