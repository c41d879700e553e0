/**
 * What the two cells of a side-by-side row hold: the row's word operations sorted onto the old
 * and new paragraphs they belong to (a merge has several old ones, a split several new ones),
 * with each paragraph's number marked when it changed.
 */
import type { Row } from '../../shared/diff/schemas';

/** A stretch of text in a cell, marked as the redline marks it. */
export interface Piece {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}

/** One paragraph inside a cell. */
export interface CellParagraph {
  /** Index of the paragraph on its side (0-based; the UI shows it 1-based as ¶). */
  p: number;
  /** The paragraph's number ("12.", "(b)"), marked deleted or inserted when it changed. */
  number?: Piece;
  pieces: Piece[];
}

/** The old (left) and new (right) cells of a row. */
export interface RowCells {
  old: CellParagraph[];
  new: CellParagraph[];
}

/**
 * Sorts a row's operations into its two cells. Equal stretches appear on both sides, deletions
 * on the old side only, insertions on the new side only. Equal text is shown as the new side
 * has it, which differs from the old only in what the ignore switches hide.
 */
export function rowCells(row: Row, ignoreNumbering: boolean): RowCells {
  const old = row.a.map((p): CellParagraph => ({ p, pieces: [] }));
  const neu = row.b.map((p): CellParagraph => ({ p, pieces: [] }));
  const oldAt = new Map(old.map((c) => [c.p, c]));
  const newAt = new Map(neu.map((c) => [c.p, c]));
  for (const op of row.ops) {
    if (!op.text) continue;
    if (op.kind !== 'insert' && op.a) oldAt.get(op.a.p)?.pieces.push({ kind: op.kind, text: op.text });
    if (op.kind !== 'delete' && op.b) newAt.get(op.b.p)?.pieces.push({ kind: op.kind, text: op.text });
  }
  const numbers = numberPieces(row, ignoreNumbering);
  const [firstOld] = old;
  const [firstNew] = neu;
  if (firstOld && numbers.old) firstOld.number = numbers.old;
  if (firstNew && numbers.new) firstNew.number = numbers.new;
  return { old, new: neu };
}

function numberPieces(row: Row, ignoreNumbering: boolean): { old?: Piece; new?: Piece } {
  const n = row.number;
  if (!n) return {};
  const gone = row.b.length === 0 || row.move?.end === 'from';
  const oldKind = gone ? 'delete' : n.changed && !ignoreNumbering ? 'delete' : 'equal';
  const newKind = row.a.length === 0 ? 'insert' : n.changed && !ignoreNumbering ? 'insert' : 'equal';
  return {
    ...(n.a ? { old: { kind: oldKind, text: n.a } } : {}),
    ...(n.b ? { new: { kind: newKind, text: n.b } } : {}),
  };
}

/** The length of the longer side of a row, in characters: what its height depends on. */
export function rowTextLength(row: Row): number {
  let old = 0;
  let neu = 0;
  for (const op of row.ops) {
    if (op.kind !== 'insert') old += op.text.length;
    if (op.kind !== 'delete') neu += op.text.length;
  }
  return Math.max(old, neu);
}
