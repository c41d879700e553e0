/**
 * Marked text as React nodes: insertions in <ins>, deletions in <del>, equal text as is. Both
 * views print their words through this, so a change looks the same everywhere.
 */
import type { Piece } from './cells';

/** The pieces of one paragraph, in order. */
export function Pieces({ pieces }: { pieces: readonly Piece[] }) {
  return pieces.map((piece, k) => {
    if (piece.kind === 'insert') return <ins key={k}>{piece.text}</ins>;
    if (piece.kind === 'delete') return <del key={k}>{piece.text}</del>;
    return <span key={k}>{piece.text}</span>;
  });
}
