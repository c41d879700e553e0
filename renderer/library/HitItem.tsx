import type { ApiResponse } from '../../shared/api';
import { startClauseDrag } from './clauseDrag';
import { ClauseSources } from './ClauseSources';
import { Highlighted } from './Highlighted';

/** One ranked search hit. */
export type SearchHit = ApiResponse<'library.search'>[number];

interface HitItemProps {
  hit: SearchHit;
  canInsert: boolean;
  onInsert(): void;
  onVariants(): void;
}

/** A hit: its text with matches marked, where it comes from, and what can be done with it. */
export function HitItem({ hit, canInsert, onInsert, onVariants }: HitItemProps) {
  const { clause } = hit;
  return (
    <li className="lib-hit" draggable onDragStart={(e) => startClauseDrag(e.dataTransfer, clause.id)} data-clause-id={clause.id}>
      <p className="lib-hit-text">
        <Highlighted text={clause.text} spans={hit.highlights} />
      </p>
      <ClauseSources sources={clause.sources} />
      <div className="lib-actions">
        <span className="lib-grain">{clause.grain}</span>
        <button type="button" onClick={onVariants}>
          Variants
        </button>
        <button
          type="button"
          className="primary"
          disabled={!canInsert}
          title={canInsert ? 'Insert after the paragraph at the cursor' : 'Open a draft to insert clauses'}
          onClick={onInsert}
        >
          Insert
        </button>
      </div>
    </li>
  );
}
