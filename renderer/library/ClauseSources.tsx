import type { ClauseSource } from '../../shared/model';

/** How many sources are listed before "and N more". */
const SHOWN = 3;

/** Where a clause was found: declaration title, date and section of each source. */
export function ClauseSources({ sources, all = false }: { sources: readonly ClauseSource[]; all?: boolean }) {
  const shown = all ? sources : sources.slice(0, SHOWN);
  const more = sources.length - shown.length;
  return (
    <ul className="lib-sources" aria-label="Sources">
      {shown.map((s) => (
        <li key={`${s.declarationId}/${s.blockId}`} title={s.title}>
          <span className="lib-source-title">{s.title || s.declarationId}</span>
          {s.date && <span className="lib-source-date">· {s.date}</span>}
          {s.heading && (
            <span className="lib-source-section" title={s.heading}>
              · {s.heading}
            </span>
          )}
        </li>
      ))}
      {more > 0 && <li className="lib-source-more">and {more} more</li>}
    </ul>
  );
}
