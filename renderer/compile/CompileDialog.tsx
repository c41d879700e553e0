/**
 * Compile returns: choose the base that went out (the open draft, one of its versions, a template
 * or a file), add the returned drafts, label each with its delegation (taken from the tracked
 * changes' authors where a Word file has them, asked otherwise), and compile them into a new
 * draft that opens in negotiation mode.
 */
import { useState } from 'react';
import type { CompileReturn, TemplateSummary } from '../../shared/api';
import type { CompileResult } from '../../shared/compile/schemas';
import { READABLE_ACCEPT } from '../../shared/text/schemas';
import { call } from '../api';
import { fileSource, type PickedSource } from '../app/ComparePicker';
import { Dialog } from '../app/Dialog';
import './compile.css';

/** One returned file as the dialog holds it. */
interface ReturnRow {
  key: string;
  file: CompileReturn['file'];
  /** Tracked-change authors: each is one return, labelled by name. */
  authors: string[];
  /** The delegation, for a file without authors (required there). */
  label: string;
}

interface CompileDialogProps {
  templates: TemplateSummary[];
  /** The open draft and its versions, when a draft is open. */
  bases: PickedSource[];
  onDone(result: CompileResult): void;
  onCancel(): void;
}

const ACCEPT = `${READABLE_ACCEPT},.concord`;

/** The Compile dialog. */
export function CompileDialog({ templates, bases, onDone, onCancel }: CompileDialogProps) {
  const [base, setBase] = useState<PickedSource | null>(bases[0] ?? null);
  const [rows, setRows] = useState<ReturnRow[]>([]);
  const [reading, setReading] = useState(0);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const addFiles = async (list: File[]) => {
    setError(null);
    setReading((n) => n + list.length);
    // Read side by side, listed in the order chosen.
    const read = await Promise.all(
      list.map(async (file): Promise<ReturnRow | null> => {
        try {
          const picked = await fileSource(file);
          if (picked.source.kind !== 'file') return null;
          const info = await call('compile.inspect', { file: picked.source.file });
          return { key: `${file.name}:${file.lastModified}:${Math.random()}`, file: picked.source.file, authors: info.authors, label: '' };
        } catch (err) {
          setError(`${file.name}: ${(err as Error).message}`);
          return null;
        }
      }),
    );
    setRows((r) => [...r, ...read.filter((x): x is ReturnRow => x !== null)]);
    setReading((n) => n - list.length);
  };
  const unlabelled = rows.filter((r) => r.authors.length === 0 && !r.label.trim());
  const returnsCount = rows.reduce((n, r) => n + Math.max(1, r.authors.length), 0);
  const ready = base !== null && rows.length > 0 && unlabelled.length === 0 && reading === 0 && !working;
  const run = async () => {
    if (!base || !ready) return;
    setWorking(true);
    setError(null);
    try {
      const returns = rows.map((r): CompileReturn => (r.authors.length === 0 ? { file: r.file, as: r.label.trim() } : { file: r.file }));
      onDone(await call('compile.run', { base: base.source, returns }));
    } catch (err) {
      setError((err as Error).message);
      setWorking(false);
    }
  };

  return (
    <Dialog
      title="Compile returned drafts"
      onCancel={onCancel}
      actions={[
        { label: 'Cancel', onClick: onCancel },
        { label: working ? 'Compiling…' : `Compile ${returnsCount} return${returnsCount === 1 ? '' : 's'}`, onClick: () => void run(), kind: 'primary', disabled: !ready },
      ]}
    >
      <div className="compile-dialog">
        <section>
          <h4>The base text that went out</h4>
          <select
            aria-label="Base text"
            value={base ? base.label : ''}
            onChange={(e) => setBase([...bases, ...templates.map(templateSource)].find((b) => b.label === e.target.value) ?? base)}
          >
            {base && ![...bases, ...templates.map(templateSource)].some((b) => b.label === base.label) && <option value={base.label}>{base.label}</option>}
            {!base && <option value="">Choose the base…</option>}
            {bases.length > 0 && (
              <optgroup label="The open draft">
                {bases.map((b) => (
                  <option key={b.label} value={b.label}>
                    {b.label}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label="Templates">
              {templates.map((t) => (
                <option key={t.id} value={t.title}>
                  {t.title}
                </option>
              ))}
            </optgroup>
          </select>
          <label className="file-button compile-file">
            Or a file…
            <input type="file" aria-label="Base file" accept={ACCEPT} onChange={(e) => {
                const file = e.target.files?.[0];
                // Emptied, so that picking the same file again (after fixing it) reads it again.
                e.target.value = '';
                if (!file) return;
                setError(null);
                void fileSource(file).then(setBase, (err: unknown) => setError((err as Error).message));
              }}
            />
          </label>
        </section>
        <section>
          <h4>Returned drafts</h4>
          <table className="compile-returns">
            <tbody>
              {rows.map((r, k) => (
                <tr key={r.key}>
                  <td className="compile-file-name">{r.file.name}</td>
                  <td>
                    {r.authors.length > 0 ? (
                      <span title="From the tracked changes' authors: one return each">
                        {r.authors.map((a) => (
                          <span key={a} className="cn-bracket-chip">
                            {a}
                          </span>
                        ))}
                      </span>
                    ) : (
                      <input
                        aria-label={`Delegation of ${r.file.name}`}
                        placeholder="Delegation (required)"
                        value={r.label}
                        className={r.label.trim() ? '' : 'required'}
                        onChange={(e) => setRows((all) => all.map((x, i) => (i === k ? { ...x, label: e.target.value } : x)))}
                      />
                    )}
                  </td>
                  <td>
                    <button className="link" aria-label={`Remove ${r.file.name}`} onClick={() => setRows((all) => all.filter((_, i) => i !== k))}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <label className="file-button">
            Add returns…
            <input type="file" multiple aria-label="Add returned drafts" accept={ACCEPT} onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = '';
                void addFiles(files);
              }}
            />
          </label>
          {reading > 0 && <p className="hint">Reading {reading} file{reading === 1 ? '' : 's'}…</p>}
          {unlabelled.length > 0 && <p className="hint">Name the delegation of each file without tracked changes.</p>}
        </section>
        {working && (
          <p className="compile-progress">
            <progress aria-label="Compiling" /> Compiling {returnsCount} returns…
          </p>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}

function templateSource(t: TemplateSummary): PickedSource {
  return { source: { kind: 'template', id: t.id }, label: t.title };
}
