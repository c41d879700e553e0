/**
 * The clause library in the sidebar: ranked search as you type (phrases in quotes), filters,
 * hits with their matches marked, insertion into the draft by click or drag, the variants of
 * a clause, and importing more declarations.
 */
import { useMemo, useState } from 'react';
import type { Clause, Provenance } from '../../shared/model';
import { clauseProvenance } from '../../shared/library/provenance';
import { useCall } from '../useCall';
import { HitItem } from './HitItem';
import { ImportControl } from './ImportControl';
import { SearchFilters, type Filters } from './SearchFilters';
import { SharedLibraryDialog } from './SharedLibraryDialog';
import { useDebouncedCall } from './useDebouncedCall';
import { VariantsView } from './VariantsView';
import './library.css';

/** How long typing must pause before the search runs. */
const SEARCH_DELAY_MS = 120;

const HITS = 50;

interface LibraryPanelProps {
  /** Inserts a clause after the cursor in the open draft. */
  onInsert?(clause: Clause, provenance: Provenance): void;
  /** False while no draft is open: Insert buttons are disabled. */
  canInsert: boolean;
}

/** Search, filters, hits, variants and import of the clause library. */
export function LibraryPanel({ onInsert, canInsert }: LibraryPanelProps) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [variantsOf, setVariantsOf] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  // Bumped after an import so that stats and sources are asked for again.
  const [imports, setImports] = useState(0);
  const stats = useCall('library.stats', {}, `stats-${imports}`);
  const sources = useCall('library.sources', {}, `sources-${imports}`);

  const trimmed = query.trim();
  const request = trimmed ? { query: trimmed, filters, limit: HITS } : null;
  const hits = useDebouncedCall('library.search', request, `${imports}\u0000${trimmed}\u0000${JSON.stringify(filters)}`, SEARCH_DELAY_MS);
  const shown = hits.status === 'done' || hits.status === 'loading' ? hits.data : undefined;
  const sections = useMemo(() => {
    const seen = new Set<string>();
    for (const hit of shown ?? []) for (const s of hit.clause.sources) if (s.heading) seen.add(s.heading);
    return [...seen].sort();
  }, [shown]);

  // The import control keeps its place in the tree whether variants are open or not, so that
  // a running import survives a look at the variants.
  return (
    <div className="lib-panel">
      {variantsOf === null && (
        <div className="lib-search">
          <input
            className="lib-query"
            type="search"
            aria-label="Search the clause library"
            placeholder='Search clauses, "exact phrase"'
            value={query}
            autoFocus
            onChange={(e) => setQuery(e.target.value)}
          />
          <SearchFilters filters={filters} onChange={setFilters} sources={sources.status === 'done' ? sources.data : []} sections={sections} />
          <p className="lib-stats" aria-live="polite">
            {stats.status === 'done' && `${stats.data.clauses.toLocaleString('en')} clauses from ${stats.data.sources.toLocaleString('en')} declarations`}
            {stats.status === 'failed' && stats.message}
            {shown && trimmed && ` · ${shown.length === HITS ? `top ${HITS}` : shown.length} ${shown.length === 1 ? 'hit' : 'hits'}`}
          </p>
          <button className="link lib-where" onClick={() => setChoosing(true)} title={stats.status === 'done' ? `In ${stats.data.folder}` : undefined}>
            Shared library…
          </button>
          {stats.status === 'done' &&
            stats.data.warnings.map((warning) => (
              <p key={warning} className="lib-error" role="status">
                {warning}
              </p>
            ))}
        </div>
      )}
      <div className="lib-results">
        {variantsOf !== null ? (
          <VariantsView clauseId={variantsOf} canInsert={canInsert} onInsert={onInsert} onBack={() => setVariantsOf(null)} />
        ) : (
          <>
            {hits.status === 'failed' && <p className="lib-error">{hits.message}</p>}
            {!trimmed && (
              <p className="lib-empty">
                Type a few words to find agreed language. Word forms and small typos are forgiven; put a phrase in "quotes" to match it exactly.
              </p>
            )}
            {trimmed && hits.status === 'done' && hits.data.length === 0 && <p className="lib-empty">No clause matches. Loosen the filters or try fewer words.</p>}
            {trimmed && shown && shown.length > 0 && (
              <ol className={hits.status === 'loading' ? 'lib-hits stale' : 'lib-hits'} aria-label="Search results">
                {shown.map((hit) => (
                  <HitItem
                    key={hit.clause.id}
                    hit={hit}
                    canInsert={canInsert && !!onInsert}
                    onInsert={() => onInsert?.(hit.clause, clauseProvenance(hit.clause))}
                    onVariants={() => setVariantsOf(hit.clause.id)}
                  />
                ))}
              </ol>
            )}
          </>
        )}
      </div>
      <ImportControl onImported={() => setImports((n) => n + 1)} />
      {choosing && (
        <SharedLibraryDialog
          onDone={(changed) => {
            setChoosing(false);
            if (changed) setImports((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}
