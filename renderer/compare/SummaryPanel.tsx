/**
 * What a reviewer reads first: how much changed, as a few numbers and a small bar chart of the
 * kinds of change (CSS bars, no chart library), and the engine's notice when it cut corners.
 */
import type { Comparison } from '../../shared/diff/schemas';
import { bracketTally } from '../../shared/diff/redline/layout';
import { chartBars } from './chart';
import { kindClass } from './kinds';

/** The summary above the change list. */
export function SummaryPanel({ comparison }: { comparison: Comparison }) {
  const s = comparison.summary;
  const bars = chartBars(s);
  const changes = s.changes.length;
  return (
    <section className="cmp-summary" aria-label="Summary">
      <p className="cmp-summary-line">
        <strong>{changes === 0 ? 'No changes' : `${changes.toLocaleString('en')} ${changes === 1 ? 'change' : 'changes'}`}</strong>
        {' · '}
        <span className="cmp-words-ins">+{s.words.inserted.toLocaleString('en')}</span> <span className="cmp-words-del">−{s.words.deleted.toLocaleString('en')}</span> words
        {' · '}
        {s.paragraphs.equal.toLocaleString('en')} unchanged
      </p>
      {bars.length > 0 && (
        <ul className="cmp-chart" aria-label="Changes by kind">
          {bars.map((bar) => (
            <li key={bar.kind} className="cmp-chart-row">
              <span className="cmp-chart-label">{bar.label}</span>
              <span className="cmp-chart-track">
                <span className={`cmp-chart-bar ${kindClass(bar.kind)}`} style={{ width: `${Math.max(2, bar.share * 100)}%` }} />
              </span>
              <span className="cmp-chart-count">{bar.count.toLocaleString('en')}</span>
            </li>
          ))}
        </ul>
      )}
      {bracketTally(s) && <p className="cmp-brackets-line">{bracketTally(s)}</p>}
      {comparison.details && (
        <p className="cmp-details-line" title={comparison.details.map((d) => `${d.name}: ${d.a ?? '—'} → ${d.b ?? '—'}`).join('\n')}>
          Document details changed: {comparison.details.map((d) => d.name).join(', ')}
        </p>
      )}
      {comparison.notice && (
        <p className="cmp-notice" role="note">
          {comparison.notice}
        </p>
      )}
    </section>
  );
}
