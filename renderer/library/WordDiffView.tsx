import type { DiffOp } from './invertDiff';

/** A word diff as running text: deleted words struck through, inserted words underlined. */
export function WordDiffView({ ops, label }: { ops: readonly DiffOp[]; label: string }) {
  return (
    <p className="lib-diff" aria-label={label}>
      {ops.map((op, i) =>
        op.kind === 'equal' ? (
          <span key={i}>{op.text}</span>
        ) : op.kind === 'insert' ? (
          <ins key={i} className="lib-ins">
            {op.text}
          </ins>
        ) : (
          <del key={i} className="lib-del">
            {op.text}
          </del>
        ),
      )}
    </p>
  );
}
