/**
 * Small comparisons written by hand for the compare UI tests: rows from a compact notation,
 * and the summary the engine would give them.
 */
import type { ChangeEntry, Comparison, Row, RowKind, WordOp } from '../../../shared/diff/schemas';

/** An equal stretch at the given paragraphs (old, new). */
export const eq = (text: string, a: number, b: number): WordOp => ({ kind: 'equal', text, a: { p: a, start: 0, end: text.length }, b: { p: b, start: 0, end: text.length } });
/** A deletion from old paragraph `a`. */
export const del = (text: string, a: number): WordOp => ({ kind: 'delete', text, a: { p: a, start: 0, end: text.length } });
/** An insertion into new paragraph `b`. */
export const ins = (text: string, b: number): WordOp => ({ kind: 'insert', text, b: { p: b, start: 0, end: text.length } });

/** A row of the given kind between old paragraphs `a` and new paragraphs `b`. */
export function row(kind: RowKind, a: number[], b: number[], ops: WordOp[], extra: Partial<Row> = {}): Row {
  return { kind, a, b, aIds: a.map((i) => `a${i}`), bIds: b.map((j) => `b${j}`), ops, where: {}, ...extra };
}

/** A comparison of the rows, with one change entry per changed row (a move at its "to" end). */
export function comparison(rows: Row[], opts: { numbering?: boolean } = {}): Comparison {
  const changes: ChangeEntry[] = [];
  rows.forEach((r, k) => {
    if (r.kind === 'equal' || r.move?.end === 'from') return;
    changes.push({ row: k, kind: r.kind, where: `row ${k}`, excerpt: '', wordsInserted: 0, wordsDeleted: 0 });
  });
  return {
    a: { title: 'Old', paragraphs: 0 },
    b: { title: 'New', paragraphs: 0 },
    ignore: { numbering: opts.numbering ?? false, case: false, punctuation: false, whitespace: false, quotes: false, emphasis: false },
    rows,
    summary: {
      paragraphs: { equal: 0, changed: 0, inserted: 0, deleted: 0, moved: 0, movedChanged: 0, split: 0, merged: 0 },
      words: { inserted: 0, deleted: 0 },
      changes,
    },
    elapsedMs: 1,
  };
}
