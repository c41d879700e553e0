/**
 * The drafting checks as a list beside the page: each warning with its message and the text it
 * flags; picking one selects that text in the draft.
 */
import type { DraftWarning } from './plugins/checks';

const KIND_NAMES: Record<DraftWarning['kind'], string> = {
  'numbering-gap': 'Numbering',
  'numbering-restart': 'Numbering',
  'glued-number': 'Number glued to text',
  'missing-space': 'Spacing',
  'doubled-word': 'Doubled word',
  'unbalanced-quote': 'Quotes',
  'unbalanced-bracket': 'Brackets',
  truncated: 'Text cut short',
  other: 'Check',
};

/** Props of the checks panel. */
export interface ChecksPanelProps {
  warnings: readonly DraftWarning[];
  /** Called with the warning the user picked; the host selects it in the editor. */
  onPick: (warning: DraftWarning) => void;
}

/** The checks panel. */
export function ChecksPanel({ warnings, onPick }: ChecksPanelProps) {
  return (
    <section className="cn-checks" aria-label="Drafting checks">
      <h2 className="cn-checks-title">
        Checks <span className="cn-checks-count">{warnings.length}</span>
      </h2>
      {warnings.length === 0 ? (
        <p className="cn-checks-empty">No problems found.</p>
      ) : (
        <ul className="cn-checks-list">
          {warnings.map((warning) => (
            <li key={`${warning.from}-${warning.to}-${warning.kind}`}>
              <button type="button" className={`cn-check cn-check--${warning.kind}`} onClick={() => onPick(warning)}>
                <span className="cn-check-kind">{KIND_NAMES[warning.kind]}</span>
                <span className="cn-check-message">{warning.message}</span>
                {warning.excerpt && <q className="cn-check-excerpt">{warning.excerpt}</q>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
