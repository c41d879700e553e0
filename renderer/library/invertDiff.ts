/**
 * Turns a word diff around. The engine diffs a suggestion from the clause to the user's
 * paragraph; the panel shows it the other way, as what "Replace" would do to the paragraph.
 */
import type { WordDiff } from '../../shared/diff/schemas';

/** One run of a word diff. */
export type DiffOp = WordDiff['ops'][number];

/** The same runs read from the other side: insertions become deletions and back. */
export function invertDiff(ops: readonly DiffOp[]): DiffOp[] {
  return ops.map((op) => {
    const kind = op.kind === 'insert' ? 'delete' : op.kind === 'delete' ? 'insert' : 'equal';
    const swapped: DiffOp = { kind, text: op.text };
    if (op.b) swapped.a = op.b;
    if (op.a) swapped.b = op.a;
    return swapped;
  });
}
