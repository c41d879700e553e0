import { useId } from 'react';
import type { ApiRequest } from '../../shared/api';
import type { LibrarySource } from '../../shared/library/schemas';

/** The filters of a library search, as the channel takes them. */
export type Filters = NonNullable<ApiRequest<'library.search'>['filters']>;

interface SearchFiltersProps {
  filters: Filters;
  onChange(filters: Filters): void;
  sources: readonly LibrarySource[];
  /** Section headings seen in the current hits, offered as you type a section. */
  sections: readonly string[];
}

/** A year typed in the filter, or undefined until it is a plausible year. */
export function yearOf(input: string): number | undefined {
  const year = /^\s*(\d{4})\s*$/.exec(input)?.[1];
  const value = year === undefined ? NaN : Number(year);
  return value >= 1900 && value <= 2200 ? value : undefined;
}

/** Drops a key from the filters when its value is empty, so the request only names what is set. */
function set<K extends keyof Filters>(filters: Filters, key: K, value: Filters[K] | undefined | ''): Filters {
  const next = { ...filters };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}

/** Source, year, section and grain filters above the hit list. */
export function SearchFilters({ filters, onChange, sources, sections }: SearchFiltersProps) {
  const sectionList = useId();
  const declarations = new Map<string, string>();
  for (const s of sources) if (!declarations.has(s.declarationId)) declarations.set(s.declarationId, s.name);
  return (
    <div className="lib-filters" role="group" aria-label="Filters">
      <select aria-label="Source" value={filters.source ?? ''} onChange={(e) => onChange(set(filters, 'source', e.target.value))}>
        <option value="">All sources</option>
        {[...declarations].map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
      <input
        aria-label="Year"
        placeholder="Year"
        inputMode="numeric"
        maxLength={4}
        defaultValue={filters.year ?? ''}
        onChange={(e) => {
          const year = yearOf(e.target.value);
          if (year !== filters.year) onChange(set(filters, 'year', year));
        }}
      />
      <input
        aria-label="Section"
        placeholder="Section"
        list={sectionList}
        value={filters.section ?? ''}
        onChange={(e) => onChange(set(filters, 'section', e.target.value))}
      />
      <datalist id={sectionList}>
        {sections.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <select aria-label="Grain" value={filters.grain ?? ''} onChange={(e) => onChange(set(filters, 'grain', e.target.value === 'paragraph' || e.target.value === 'sentence' ? e.target.value : undefined))}>
        <option value="">All clauses</option>
        <option value="paragraph">Paragraphs</option>
        <option value="sentence">Sentences</option>
      </select>
    </div>
  );
}
