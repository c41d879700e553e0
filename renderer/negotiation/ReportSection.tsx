/**
 * The compilation report in the negotiation panel: per delegation, the paragraphs it proposed to
 * change, insert or delete, as stacked bars; the most contested paragraphs first, each a button
 * that goes to it.
 */
import type { AttributionReport } from '../../shared/negotiation/attribution-report';

const SHOWN = 8;

/** The "Who proposed what" section. */
export function ReportSection({ report, onJump }: { report: AttributionReport & { positions: Map<number, number> }; onJump(pos: number): void }) {
  if (report.delegations.length === 0) return null;
  const max = Math.max(1, ...report.delegations.map((d) => d.changed + d.inserted + d.deleted));
  return (
    <section className="ng-report" aria-label="Who proposed what">
      <h3>Who proposed what</h3>
      <ul className="ng-bars" aria-label="Paragraphs each delegation proposed to change, insert or delete">
        {report.delegations.map((d) => (
          <li key={d.party} className="ng-bar-row" title={`${d.party}: ${d.changed} changed, ${d.inserted} inserted, ${d.deleted} deleted`}>
            <span className="ng-bar-label">{d.party}</span>
            <span className="ng-bar-track">
              <span className="ng-bar ng-bar-changed" style={{ width: `${(d.changed / max) * 100}%` }} />
              <span className="ng-bar ng-bar-inserted" style={{ width: `${(d.inserted / max) * 100}%` }} />
              <span className="ng-bar ng-bar-deleted" style={{ width: `${(d.deleted / max) * 100}%` }} />
            </span>
            <span className="ng-bar-count">
              {d.changed}/{d.inserted}/{d.deleted}
            </span>
          </li>
        ))}
      </ul>
      <p className="ng-hint ng-legend">
        <span className="ng-key ng-bar-changed" /> change <span className="ng-key ng-bar-inserted" /> insert <span className="ng-key ng-bar-deleted" /> delete
      </p>
      <h3>Most contested</h3>
      <ul className="ng-rows" aria-label="Most contested paragraphs">
        {report.paragraphs.slice(0, SHOWN).map((p) => (
          <li key={p.index}>
            <button className="ng-row" onClick={() => onJump(report.positions.get(p.index) ?? 0)} title="Go to this paragraph">
              <span className="ng-count">{p.delegations.length}</span>
              <span className="ng-excerpt">{p.excerpt}</span>
              <span className="ng-chips">{p.delegations.join(', ')}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
