import { useRef } from 'react';
import { READABLE_ACCEPT } from '../../shared/text/schemas';
import { hostPathChooser } from './hostPaths';
import { fileNameOf, summaryLine } from './importProgress';
import type { LibraryImportResult } from '../../shared/library/schemas';
import { useImportJob } from './useImportJob';

/**
 * "Import…": pick files (in Electron, files and folders in the main side's dialog), watch the
 * progress bar, cancel, read what was skipped and why.
 */
export function ImportControl({ onImported }: { onImported(summary: LibraryImportResult): void }) {
  const input = useRef<HTMLInputElement>(null);
  const { state, start, startPaths, cancel, dismiss } = useImportJob(onImported);
  const choose = hostPathChooser();
  const pick = () => {
    if (!choose) return input.current?.click();
    choose().then(startPaths, (error: unknown) => console.error('[import] the dialog failed:', error));
  };
  const busy = state.phase === 'reading' || state.phase === 'running';
  return (
    <div className="lib-import">
      <input
        ref={input}
        type="file"
        multiple
        accept={READABLE_ACCEPT}
        hidden
        aria-label="Files to import"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          void start(files);
        }}
      />
      {!busy && (
        <button type="button" onClick={pick}>
          Import…
        </button>
      )}
      {state.phase === 'reading' && <p className="lib-progress-label">Reading {state.files.toLocaleString('en')} files…</p>}
      {state.phase === 'running' && (
        <div className="lib-progress">
          <progress max={state.total} value={state.done} aria-label="Import progress" />
          <span className="lib-progress-label">{state.label}</span>
          <button type="button" onClick={cancel} disabled={state.cancelling}>
            {state.cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        </div>
      )}
      {(state.phase === 'finished' || state.phase === 'failed') && (
        <div className={state.phase === 'failed' ? 'lib-summary failed' : 'lib-summary'} role="status">
          {state.phase === 'failed' && <p className="lib-error">{state.message}</p>}
          <p>{summaryLine(state.summary)}</p>
          {state.summary.skipped.length > 0 && (
            <ul className="lib-skipped" aria-label="Skipped files">
              {state.summary.skipped.map((s, i) => (
                <li key={i} title={s.path}>
                  <strong>{fileNameOf(s.path)}</strong>: {s.reason}
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={dismiss}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
