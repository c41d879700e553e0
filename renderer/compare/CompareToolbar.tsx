/**
 * The comparison's toolbar: which view, which differences to ignore, stepping through the
 * changes, and the export menu.
 */
import { useState } from 'react';
import type { IgnoreOptions } from '../../shared/diff/schemas';
import { IGNORE_NAMES } from '../../shared/diff/schemas';

/** The two ways of showing a comparison. */
export type CompareMode = 'side-by-side' | 'redline';

/** What `compare.export` can write, with the menu's words for each. */
export const EXPORT_FORMATS = [
  ['html', 'HTML redline (printable)'],
  ['pdf', 'PDF redline'],
  ['docx', 'Word with tracked changes'],
  ['json', 'JSON change list'],
  ['text', 'Plain text'],
] as const;
/** One of the export formats. */
export type CompareExportFormat = (typeof EXPORT_FORMATS)[number][0];

const IGNORE_LABELS: Record<(typeof IGNORE_NAMES)[number], [string, string]> = {
  numbering: ['Numbering', 'Paragraph numbers and list markers ("12.", "(b)")'],
  case: ['Case', 'Upper and lower case'],
  punctuation: ['Punctuation', 'Commas, full stops and other punctuation'],
  whitespace: ['Spacing', 'Spaces, tabs and line breaks'],
  quotes: ['Quotes & dashes', 'Curly and straight quotes, hyphens and dashes'],
  emphasis: ['Emphasis', 'Italic, bold and links'],
};

/** Props of the toolbar. */
export interface CompareToolbarProps {
  mode: CompareMode;
  onMode: (mode: CompareMode) => void;
  ignore: IgnoreOptions;
  onIgnore: (ignore: IgnoreOptions) => void;
  /** "3 of 12" or "12 changes". */
  position: string;
  canStep: boolean;
  onStep: (direction: 1 | -1) => void;
  exporting: boolean;
  canExport: boolean;
  onExport: (format: CompareExportFormat) => void;
}

/** The toolbar above the comparison. */
export function CompareToolbar(props: CompareToolbarProps) {
  const { mode, onMode, ignore, onIgnore, position, canStep, onStep, exporting, canExport, onExport } = props;
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <div className="cmp-toolbar" role="toolbar" aria-label="Comparison tools">
      <div className="cmp-segmented" role="group" aria-label="View">
        {(
          [
            ['side-by-side', 'Side by side'],
            ['redline', 'Redline'],
          ] as const
        ).map(([value, label]) => (
          <button key={value} type="button" aria-pressed={mode === value} onClick={() => onMode(value)}>
            {label}
          </button>
        ))}
      </div>
      <div className="cmp-chips" role="group" aria-label="Ignore">
        <span className="cmp-chips-label">Ignore</span>
        {IGNORE_NAMES.map((name) => (
          <button
            key={name}
            type="button"
            className="cmp-chip"
            aria-pressed={ignore[name]}
            title={`Ignore differences in ${IGNORE_LABELS[name][1].toLowerCase()}`}
            onClick={() => onIgnore({ ...ignore, [name]: !ignore[name] })}
          >
            {IGNORE_LABELS[name][0]}
          </button>
        ))}
      </div>
      <div className="cmp-stepper" role="group" aria-label="Changes">
        <button type="button" disabled={!canStep} onClick={() => onStep(-1)} title="Previous change (Shift+F8)">
          ↑ Previous
        </button>
        <span className="cmp-position" aria-live="polite">
          {position}
        </span>
        <button type="button" disabled={!canStep} onClick={() => onStep(1)} title="Next change (F8)">
          Next ↓
        </button>
      </div>
      <div
        className="cmp-export"
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setMenuOpen(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setMenuOpen(false);
        }}
      >
        <button type="button" aria-haspopup="menu" aria-expanded={menuOpen} disabled={!canExport || exporting} onClick={() => setMenuOpen((open) => !open)}>
          {exporting ? 'Exporting…' : 'Export ▾'}
        </button>
        {menuOpen && (
          <div className="cmp-menu" role="menu">
            {EXPORT_FORMATS.map(([format, label]) => (
              <button
                key={format}
                type="button"
                role="menuitem"
                onClick={() => {
                  setMenuOpen(false);
                  onExport(format);
                }}
              >
                {label}
              </button>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
