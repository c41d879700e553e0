/**
 * What marks a changed row in both views: its badge and, for a move, the link to the other end.
 * One place, so the side-by-side view and the redline name changes alike.
 */
import type { Comparison, Row } from '../../shared/diff/schemas';
import { KIND_LABELS, kindClass } from './kinds';

/** The badge of a changed row: its kind, "Moved away" where a paragraph left, "Bracket resolved". */
export function RowBadge({ row }: { row: Row }) {
  const label = row.move?.end === 'from' ? 'Moved away' : row.resolution ? 'Bracket resolved' : KIND_LABELS[row.kind];
  return <span className={`cmp-badge ${kindClass(row.kind)}`}>{label}</span>;
}

/** "moved to ¶ 9" / "moved from ¶ 4": jumps to the row at the other end of the move. */
export function MoveLink({ row, comparison, onJump }: { row: Row; comparison: Comparison; onJump: (row: number, reveal: boolean) => void }) {
  const move = row.move;
  if (!move) return null;
  const peer = comparison.rows[move.peer];
  const text = move.end === 'from' ? `moved to ¶ ${(peer?.b[0] ?? 0) + 1}` : `moved from ¶ ${(peer?.a[0] ?? 0) + 1}`;
  return (
    <button
      type="button"
      className="cmp-move-link"
      onClick={(event) => {
        event.stopPropagation();
        onJump(move.peer, true);
      }}
    >
      {text}
    </button>
  );
}
