/**
 * Makes an element (the drafting pane) accept clauses dragged from the library: the clause is
 * fetched by id and handed to `onInsert` with its provenance, as a click on "Insert" would.
 */
import { useCallback, useState, type DragEvent } from 'react';
import type { Clause, Provenance } from '../../shared/model';
import { clauseProvenance } from '../../shared/library/provenance';
import { call } from '../api';
import { carriesClause, droppedClauseId } from './clauseDrag';

/** Drop handlers to spread on the target, whether a clause is over it, and the last failure. */
export interface ClauseDrop {
  dropProps: { onDragOver(event: DragEvent): void; onDragLeave(): void; onDrop(event: DragEvent): void };
  over: boolean;
  error: string | null;
}

/** Drop target for library clauses; `onInsert` is null while nothing can take a clause (no draft open). */
export function useClauseDrop(onInsert: ((clause: Clause, provenance: Provenance) => void) | null): ClauseDrop {
  const [over, setOver] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!onInsert || !carriesClause(event.dataTransfer)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setOver(true);
    },
    [onInsert],
  );
  const onDragLeave = useCallback(() => setOver(false), []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      setOver(false);
      const id = droppedClauseId(event.dataTransfer);
      if (!onInsert || id === null) return;
      event.preventDefault();
      call('library.clause', { id }).then(
        (clause) => {
          setError(null);
          onInsert(clause, clauseProvenance(clause));
        },
        (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
      );
    },
    [onInsert],
  );
  return { dropProps: { onDragOver, onDragLeave, onDrop }, over, error };
}
