/**
 * Dragging a clause from the library into the draft. Only the clause id travels, under a type
 * of our own: no text/plain, so ProseMirror's own drop handling ignores it and the drop target
 * inserts the clause with its provenance instead of as bare text.
 */

/** The drag data type carrying a clause id. */
export const CLAUSE_DRAG_TYPE = 'application/x-concord-clause';

/** Starts dragging a clause: copies its id into the drag data. */
export function startClauseDrag(data: DataTransfer, clauseId: string): void {
  data.setData(CLAUSE_DRAG_TYPE, clauseId);
  data.effectAllowed = 'copy';
}

/** Whether a drag carries a clause (during dragover only the types can be read). */
export function carriesClause(data: DataTransfer | null): boolean {
  return !!data && Array.from(data.types).includes(CLAUSE_DRAG_TYPE);
}

/** The clause id of a drop, or null when the drop is something else. */
export function droppedClauseId(data: DataTransfer | null): string | null {
  const id = data?.getData(CLAUSE_DRAG_TYPE).trim();
  return id ? id : null;
}
