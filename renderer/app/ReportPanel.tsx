import { useState } from 'react';
import type { ImportReport } from '../../shared/model';

type Tab = 'warnings' | 'repairs' | 'removals';

/** Items listed per tab: a very long file's thousands of warnings would make the panel as slow as the page. */
const LISTED = 500;

/** What the reader did to a file: repairs, removed debris, and warnings with suggested fixes. */
export function ReportPanel({ report }: { report: ImportReport }) {
  const [tab, setTab] = useState<Tab>(report.warnings.length ? 'warnings' : report.repairs.length ? 'repairs' : 'removals');
  const count = { warnings: report.warnings.length, repairs: report.repairs.length, removals: report.removals.length };
  return (
    <aside className="report-panel" aria-label="Import report">
      <h3>Import report</h3>
      <p className="report-encoding">
        Read as {report.encoding}
        {report.bom ? ' (with BOM)' : ''}
      </p>
      <div className="report-tabs" role="tablist">
        {(['warnings', 'repairs', 'removals'] as const).map((t) => (
          <button key={t} role="tab" aria-selected={tab === t} className={tab === t ? 'active' : ''} onClick={() => setTab(t)}>
            {t === 'removals' ? 'Removed' : t[0]?.toUpperCase() + t.slice(1)} <span className="badge">{count[t]}</span>
          </button>
        ))}
      </div>
      <ul className="report-list">
        {tab === 'warnings' &&
          report.warnings.slice(0, LISTED).map((w, i) => (
            <li key={i} className={`report-item warn-${w.kind}`}>
              <span className="report-kind">{w.kind.replace(/-/g, ' ')}</span> {w.message}
              {w.suggestion && <span className="report-fix">Suggested: {w.suggestion}</span>}
            </li>
          ))}
        {tab === 'repairs' &&
          report.repairs.slice(0, LISTED).map((r, i) => (
            <li key={i} className="report-item">
              <code>{r.from}</code> → <code>{r.to}</code> <span className="report-where">at {r.span.start}</span>
              <span className="report-fix">{r.reason}</span>
            </li>
          ))}
        {tab === 'removals' &&
          report.removals.slice(0, LISTED).map((r, i) => (
            <li key={i} className="report-item">
              <code>{r.text.length > 80 ? `${r.text.slice(0, 79)}…` : r.text}</code>
              <span className="report-fix">{r.reason}</span>
            </li>
          ))}
        {count[tab] === 0 && <li className="report-empty">Nothing here.</li>}
        {count[tab] > LISTED && <li className="report-empty">…and {(count[tab] - LISTED).toLocaleString('en')} more, not listed.</li>}
      </ul>
    </aside>
  );
}
