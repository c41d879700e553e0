/**
 * The draft as it would read with every suggestion accepted, or every one rejected: the real
 * text of that decision (renumbered, struck words gone), read-only. The draft keeps its marks.
 */
import { useMemo } from 'react';
import type { DocNode } from '../../shared/model';
import { docFromJSON, docToDeclaration } from '../editor/convert';
import { decidedDoc } from '../editor/review/decide';
import { DeclarationView } from './DeclarationView';

export function DecidedView({ doc, accept, title, onBack }: { doc: DocNode; accept: boolean; title: string; onBack: () => void }) {
  const declaration = useMemo(() => docToDeclaration(decidedDoc(docFromJSON(doc), accept), { id: 'decided', sourceName: title, title }), [doc, accept, title]);
  const view = accept ? 'All accepted' : 'All rejected';
  return (
    <div className="version-view cn-decided" aria-label={view}>
      <div className="notice" role="status">
        {view}: how the draft would read. Nothing is decided; the draft keeps its suggestions.{' '}
        <button className="link" onClick={onBack}>
          Back to the marks
        </button>
      </div>
      <DeclarationView declaration={declaration} kicker={view} />
    </div>
  );
}
