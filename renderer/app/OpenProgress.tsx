import type { OpeningState } from './useOpenFile';

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toLocaleString('en', { maximumFractionDigits: 1 });

/** The status bar's line while a file opens: what it is doing, a progress bar, Cancel. */
export function OpenProgress({ opening, onCancel }: { opening: NonNullable<OpeningState>; onCancel(): void }) {
  const label = opening.cancelling
    ? `Cancelling the opening of ${opening.name}…`
    : opening.stage === 'sending'
      ? `Opening ${opening.name}: ${mb(opening.done)} of ${mb(opening.total)} MB sent`
      : `Opening ${opening.name}: reading it…`;
  return (
    <span className="open-progress">
      {/* Without a value the bar says "busy" while the reader works: it cannot count its steps. */}
      {opening.stage === 'sending' ? <progress max={opening.total || 1} value={opening.done} aria-label="Opening progress" /> : <progress aria-label="Opening progress" />}
      <span className="open-progress-label">{label}</span>
      <button type="button" onClick={onCancel} disabled={opening.cancelling}>
        Cancel
      </button>
    </span>
  );
}
