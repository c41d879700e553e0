import { useState } from 'react';
import type { ExportFormat } from '../../shared/api';
import type { Declaration } from '../../shared/model';
import { call } from '../api';
import { downloadFile } from '../compare/download';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'pdf', label: 'PDF' },
  { format: 'md', label: 'Markdown' },
  { format: 'txt', label: 'Plain text' },
  { format: 'html', label: 'Web page (.html)' },
  { format: 'akn', label: 'Akoma Ntoso XML' },
];

/** File → Export: the draft in the format the user needs, downloaded. */
export function ExportMenu({ declaration, onMessage }: { declaration: () => Declaration; onMessage(text: string): void }) {
  const [open, setOpen] = useState(false);
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      downloadFile(await call('drafts.export', { declaration: declaration(), format, paper }));
      onMessage(`Exported as ${format.toUpperCase()}.`);
      setOpen(false);
    } catch (error) {
      onMessage(`Export failed: ${(error as Error).message}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="menu">
      <button onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-haspopup="menu">
        Export ▾
      </button>
      {open && (
        <div className="menu-popup" role="menu">
          {FORMATS.map((f) => (
            <button key={f.format} role="menuitem" disabled={busy !== null} onClick={() => void run(f.format)}>
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
    </div>
  );
}
