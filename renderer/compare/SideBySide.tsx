/**
 * The side-by-side view: old text on the left, new text on the right, one aligned row per
 * comparison row, deleted words struck on the left and inserted words underlined on the right.
 * Both columns scroll together because each row holds both cells.
 */
import { useCallback, useMemo } from 'react';
import type { Comparison, Row } from '../../shared/diff/schemas';
import { rowCells, rowTextLength } from './cells';
import type { CellParagraph } from './cells';
import { BracketNotes } from './BracketNotes';
import { kindClass } from './kinds';
import { MoveLink, RowBadge } from './RowMarks';
import { Pieces } from './Pieces';
import { VirtualList } from './VirtualList';
import type { ScrollRequest } from './VirtualList';
import { estimateHeight } from './virtualWindow';

/** Props of the side-by-side view. */
export interface SideBySideProps {
  comparison: Comparison;
  aLabel: string;
  bLabel: string;
  /** Rows drawn as the current change (a move's two ends). */
  highlighted: Set<number>;
  scrollTo: ScrollRequest | undefined;
  /** A row was clicked, or a move link asked to go to the other end. */
  onJump: (row: number, reveal: boolean) => void;
}

/** Space taken by the middle gutter and the cells' padding, in pixels. */
const GUTTER = 96;
const CELL_PADDING = 28;
const CHAR_WIDTH = 7.4;
const LINE_HEIGHT = 22;

/** The two aligned columns. */
export function SideBySide({ comparison, aLabel, bLabel, highlighted, scrollTo, onJump }: SideBySideProps) {
  const lengths = useMemo(() => comparison.rows.map(rowTextLength), [comparison]);
  const estimate = useCallback(
    (i: number, width: number) => {
      const perLine = ((width - GUTTER) / 2 - CELL_PADDING) / CHAR_WIDTH;
      const row = comparison.rows[i];
      const extra = row?.move ? LINE_HEIGHT : 0;
      return estimateHeight(lengths[i] ?? 0, perLine, LINE_HEIGHT, 20 + extra + 10 * Math.max(0, (row?.a.length ?? 1) - 1, (row?.b.length ?? 1) - 1));
    },
    [comparison, lengths],
  );
  const renderRow = (i: number) => {
    const row = comparison.rows[i];
    return row ? <SideRow row={row} index={i} comparison={comparison} current={highlighted.has(i)} onJump={onJump} /> : null;
  };
  return (
    <div className="cmp-sbs">
      <div className="cmp-sbs-head" aria-hidden="true">
        <div className="cmp-sbs-title">{aLabel}</div>
        <div />
        <div className="cmp-sbs-title">{bLabel}</div>
      </div>
      <VirtualList
        className="cmp-scroll"
        label={`${aLabel} compared with ${bLabel}, side by side`}
        count={comparison.rows.length}
        estimate={estimate}
        dataKey={comparison}
        renderRow={renderRow}
        scrollTo={scrollTo}
      />
    </div>
  );
}

interface SideRowProps {
  row: Row;
  index: number;
  comparison: Comparison;
  current: boolean;
  onJump: (row: number, reveal: boolean) => void;
}

function SideRow({ row, index, comparison, current, onJump }: SideRowProps) {
  const cells = rowCells(row, comparison.ignore.numbering);
  const from = row.move?.end === 'from';
  const to = row.move?.end === 'to';
  const changed = row.kind !== 'equal';
  return (
    <div
      className={`cmp-row ${changed ? `cmp-changed ${kindClass(row.kind)}` : ''} ${current ? 'cmp-current' : ''}`}
      onClick={changed ? () => onJump(index, false) : undefined}
      data-row={index}
    >
      <div className={`cmp-cell cmp-old ${from ? 'cmp-moved-away' : ''}`}>
        {to && <MoveLink row={row} comparison={comparison} onJump={onJump} />}
        {(!to || row.kind === 'moved-changed') && <Paragraphs cells={cells.old} faded={to} places={row.where.a} />}
      </div>
      <div className="cmp-gutter">{changed && <RowBadge row={row} />}</div>
      <div className="cmp-cell cmp-new">
        {from && <MoveLink row={row} comparison={comparison} onJump={onJump} />}
        <Paragraphs cells={cells.new} faded={false} places={row.where.b} />
        <BracketNotes changes={row.brackets} />
      </div>
    </div>
  );
}

/** A row side's paragraphs, each labelled with its place ("OP 3"; a merge's joined "OP 3 + OP 4" split again). */
function Paragraphs({ cells, faded, places }: { cells: CellParagraph[]; faded: boolean; places: string | undefined }) {
  const names = places?.split(' + ') ?? [];
  return cells.map((cell, k) => (
    <p key={cell.p} className={`cmp-para ${faded ? 'cmp-faded' : ''}`}>
      <span className="cmp-pilcrow" title={`Where this stands: ${names[k] ?? `paragraph ${cell.p + 1}`}`}>
        {names[k] ?? `¶ ${cell.p + 1}`}
      </span>
      {cell.number && <Pieces pieces={[cell.number, { kind: 'equal', text: ' ' }]} />}
      <Pieces pieces={cell.pieces} />
    </p>
  ));
}
