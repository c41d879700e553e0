import { useState } from 'react';
import type { ExportFormat } from '../../shared/formats/schemas';
import type { Declaration } from '../../shared/model';
import type { Negotiation } from '../../shared/negotiation/model';
import { parserParties } from '../../shared/negotiation/delegations';
import type { ReviewedDocx } from '../../shared/review/model';
import { call } from '../api';
import { CallError } from '../api';
import { downloadFile } from '../download';
import { Dialog } from './Dialog';
import { useMenuKeys } from './menuKeys';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'pdf', label: 'PDF' },
  { format: 'md', label: 'Markdown' },
  { format: 'txt', label: 'Plain text' },
  { format: 'html', label: 'Web page (.html)' },
  { format: 'akn', label: 'Akoma Ntoso XML' },
];

type NegotiationFormat = 'clean-txt' | 'bracketed-docx' | 'json';

const NEGOTIATION: { format: NegotiationFormat; label: string }[] = [
  { format: 'clean-txt', label: 'Clean text (brackets resolved)' },
  { format: 'bracketed-docx', label: 'Bracketed Word (.docx)' },
  { format: 'json', label: 'Bracket list (JSON)' },
];

/** File → Export: the draft in the format the user needs, downloaded. */
export function ExportMenu({ declaration, review, negotiation, onMessage }: { declaration: () => Declaration; review?: () => ReviewedDocx | null; negotiation?: () => Negotiation; onMessage(text: string): void }) {
  const [open, setOpen] = useState(false);
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');
  const [busy, setBusy] = useState<ExportFormat | NegotiationFormat | null>(null);
  // A clean-text export refused because brackets are still open: what is open, to decide on.
  const [stillOpen, setStillOpen] = useState<string | null>(null);
  const keys = useMenuKeys(open, () => setOpen(false));
  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      // Word gets the draft's suggestions and comments as tracked changes and comments.
      const marks = format === 'docx' ? review?.() : null;
      downloadFile(await call('drafts.export', { declaration: declaration(), format, paper, ...(marks ? { review: marks } : {}) }));
      onMessage(marks ? 'Exported as DOCX with its suggestions as tracked changes and its comments.' : `Exported as ${format.toUpperCase()}.`);
      setOpen(false);
    } catch (error) {
      onMessage(`Export failed: ${(error as Error).message}`);
    } finally {
      setBusy(null);
    }
  };
  const runNegotiation = async (format: NegotiationFormat, mode: 'refuse' | 'keep-visible' = 'refuse') => {
    setBusy(format);
    try {
      // The panel's party list and log, so every format counts the brackets the panel counts.
      const log = negotiation?.();
      const context = log ? { parties: parserParties(log), ...(format === 'json' ? { log } : {}) } : {};
      downloadFile(await call('negotiation.export', { source: { kind: 'declaration', declaration: declaration() }, format, mode, paper, ...context }));
      onMessage(format === 'clean-txt' && mode === 'keep-visible' ? 'Exported as text with the open brackets left visible.' : 'Exported.');
      setOpen(false);
    } catch (error) {
      if (error instanceof CallError && error.code === 'conflict') setStillOpen(error.message);
      else onMessage(`Export failed: ${(error as Error).message}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="menu" onKeyDown={keys.onKeyDown}>
      <button ref={keys.trigger} onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-haspopup="menu">
        Export ▾
      </button>
      {open && (
        <div className="menu-popup" role="menu" aria-label="Export" ref={keys.popup}>
          {FORMATS.map((f) => (
            <button key={f.format} role="menuitem" disabled={busy !== null} onClick={() => void run(f.format)}>
              {busy === f.format ? 'Exporting…' : f.label}
            </button>
          ))}
          <span className="menu-section">Negotiation</span>
          {NEGOTIATION.map((f) => (
            <button key={f.format} role="menuitem" disabled={busy !== null} onClick={() => void runNegotiation(f.format)}>
              {busy === f.format ? 'Exporting…' : f.label}
            </button>
          ))}
          <label className="menu-paper">
            Paper
            <select value={paper} onChange={(e) => setPaper(e.target.value === 'letter' ? 'letter' : 'a4')} aria-label="Paper size">
              <option value="a4">A4</option>
              <option value="letter">Letter</option>
            </select>
          </label>
        </div>
      )}
      {stillOpen && (
        <Dialog
          title="Brackets are still open"
          onCancel={() => setStillOpen(null)}
          actions={[
            { label: 'Cancel', onClick: () => setStillOpen(null) },
            {
              label: 'Export with brackets visible',
              kind: 'primary',
              onClick: () => {
                setStillOpen(null);
                void runNegotiation('clean-txt', 'keep-visible');
              },
            },
          ]}
        >
          <p className="still-open">{stillOpen}</p>
        </Dialog>
      )}
    </div>
  );
}
