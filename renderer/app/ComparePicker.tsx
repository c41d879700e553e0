import { useState } from 'react';
import type { CompareSource, TemplateSummary } from '../../shared/api';
import type { Version } from '../../shared/model';
import { fileData } from '../base64';
import { Dialog } from './Dialog';
import type { ReviewMarks } from '../editor/review/review-marks';
import { READABLE_ACCEPT } from '../../shared/text/schemas';

export interface PickedSource {
  source: CompareSource;
  label: string;
  /**
   * The draft's own template or one of its versions: their numbering is the draft's computed
   * numbering, so the comparison ignores renumbering from the start.
   */
  related?: boolean;
  /** A draft's own suggestions and comments, which the comparison lists beside its differences. */
  marks?: ReviewMarks | null;
}

interface ComparePickerProps {
  title: string;
  templates: TemplateSummary[];
  /** The draft's versions, turned into sources by the caller. */
  versions?: { version: Version; source: () => PickedSource }[];
  basedOn?: { id: string; title: string };
  /** Declarations the draft's clauses were taken from (their provenance). */
  clauseSources?: { id: string; title: string }[];
  onPick(picked: PickedSource): void;
  onCancel(): void;
}

/** Reads a picked file into a comparison source. */
export async function fileSource(file: File): Promise<PickedSource> {
  const data = fileData(new Uint8Array(await file.arrayBuffer()));
  return { source: { kind: 'file', file: { name: file.name, data } }, label: file.name };
}

/** "Compare with…": the draft's source template, its versions, any template, or a file. */
export function ComparePicker({ title, templates, versions = [], basedOn, clauseSources = [], onPick, onCancel }: ComparePickerProps) {
  const [error, setError] = useState<string | null>(null);
  const template = templates.find((t) => t.id === basedOn?.id);
  return (
    <Dialog title={title} onCancel={onCancel} actions={[{ label: 'Cancel', onClick: onCancel }]}>
      <div className="picker">
        {template && (
          <section>
            <h4>Where it came from</h4>
            <button className="picker-item" onClick={() => onPick({ source: { kind: 'template', id: template.id }, label: template.title, related: true })}>
              Source template: {template.title}
            </button>
          </section>
        )}
        {versions.length > 0 && (
          <section>
            <h4>Its versions</h4>
            {versions.map(({ version, source }) => (
              <button key={version.id} className="picker-item" onClick={() => onPick(source())}>
                {version.name}
              </button>
            ))}
          </section>
        )}
        {clauseSources.filter((c) => c.id !== template?.id).length > 0 && (
          <section>
            <h4>Sources of its clauses</h4>
            {clauseSources
              .filter((c) => c.id !== template?.id)
              .map((c) => (
                <button key={c.id} className="picker-item" onClick={() => onPick({ source: { kind: 'library-source', declarationId: c.id }, label: c.title })}>
                  {c.title}
                </button>
              ))}
          </section>
        )}
        <section>
          <h4>Templates</h4>
          {templates.map((t) => (
            <button key={t.id} className="picker-item" onClick={() => onPick({ source: { kind: 'template', id: t.id }, label: t.title })}>
              {t.title}
            </button>
          ))}
        </section>
        <section>
          <h4>A file</h4>
          <input
            type="file"
            aria-label="Compare with a file"
            accept={READABLE_ACCEPT}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) fileSource(file).then(onPick, (err: unknown) => setError((err as Error).message));
            }}
          />
          {error && <p className="field-error">{error}</p>}
        </section>
      </div>
    </Dialog>
  );
}
