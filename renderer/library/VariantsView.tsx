/**
 * The variants of one clause: its near-identical wordings across declarations, the most common
 * wording marked as the standard form, and every other wording shown as a word diff to it.
 */
import type { Clause, Provenance } from '../../shared/model';
import { clauseProvenance } from '../../shared/library/provenance';
import { useCall } from '../useCall';
import { ClauseSources } from './ClauseSources';
import { WordDiffView } from './WordDiffView';
import './library.css';

interface VariantsViewProps {
  /** The clause whose group is shown (it may be the standard form or one of the variants). */
  clauseId: string;
  canInsert: boolean;
  onInsert?(clause: Clause, provenance: Provenance): void;
  onBack?(): void;
}

/** "87% similar" for a similarity in 0..1. */
export function similarityLabel(similarity: number): string {
  return `${Math.round(similarity * 100)}% similar`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The group of one clause: standard form first, then each variant with its diff. */
export function VariantsView({ clauseId, canInsert, onInsert, onBack }: VariantsViewProps) {
  const groups = useCall('library.variants', { clauseId }, clauseId);
  const insert = (clause: Clause) => onInsert?.(clause, clauseProvenance(clause));
  const insertButton = (clause: Clause) => (
    <button type="button" className="primary" disabled={!canInsert || !onInsert} title={canInsert ? undefined : 'Open a draft to insert clauses'} onClick={() => insert(clause)}>
      Insert
    </button>
  );
  const group = groups.status === 'done' ? groups.data[0] : undefined;
  return (
    <section className="lib-variants" aria-label="Variants">
      <header className="lib-variants-head">
        {onBack && (
          <button type="button" onClick={onBack}>
            ← Results
          </button>
        )}
        <h3>Variants</h3>
      </header>
      {groups.status === 'loading' && <p className="lib-loading">Grouping the wordings of this clause…</p>}
      {groups.status === 'failed' && <p className="lib-error">{groups.message}</p>}
      {groups.status === 'done' && !group && <p className="lib-empty">No other declaration in the library words this clause in a near-identical way.</p>}
      {group && (
        <ol className="lib-variant-list">
          <li className={group.standard.id === clauseId ? 'lib-variant standard opened' : 'lib-variant standard'}>
            <div className="lib-variant-meta">
              <span className="lib-badge">Standard form</span>
              <span>{plural(group.standard.sources.length, 'source')} · {plural(group.variants.length, 'other wording')}</span>
            </div>
            <p className="lib-hit-text">{group.standard.text}</p>
            <ClauseSources sources={group.standard.sources} all />
            <div className="lib-actions">{insertButton(group.standard)}</div>
          </li>
          {group.variants.map((v) => (
            <li key={v.clause.id} className={v.clause.id === clauseId ? 'lib-variant opened' : 'lib-variant'} data-clause-id={v.clause.id}>
              <div className="lib-variant-meta">
                <span className="lib-similarity">{similarityLabel(v.similarity)}</span>
                <span className="lib-counts">
                  {v.diff.inserted > 0 && <ins className="lib-ins">+{v.diff.inserted}</ins>} {v.diff.deleted > 0 && <del className="lib-del">−{v.diff.deleted}</del>}{' '}
                  {v.diff.inserted + v.diff.deleted === 1 ? 'word' : 'words'}
                </span>
              </div>
              <WordDiffView ops={v.diff.ops} label="Changes from the standard form" />
              <ClauseSources sources={v.clause.sources} all />
              <div className="lib-actions">{insertButton(v.clause)}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
