import type { ReadResponse } from '../../shared/api';
import { DeclarationView } from './DeclarationView';
import { ReportPanel } from './ReportPanel';
import type { CallState } from '../useCall';

/** A built-in template or an imported file, read-only, with its structure and its import report. */
export function TemplateView({ read, kicker }: { read: CallState<ReadResponse>; kicker: string }) {
  if (read.status === 'loading') return <div className="doc-message">Opening…</div>;
  if (read.status === 'failed') return <div className="doc-message error">{read.message}</div>;
  return (
    <div className="with-panel">
      <div className="with-panel-main">
        <DeclarationView declaration={read.data.declaration} kicker={kicker} />
      </div>
      <ReportPanel report={read.data.report} />
    </div>
  );
}
