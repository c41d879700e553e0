import type { Version } from '../../shared/model';

interface VersionsPanelProps {
  versions: Version[];
  onName(): void;
  onOpen(version: Version): void;
  onRestore(version: Version): void;
  onCompare(version: Version): void;
}

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** The draft's named versions, newest first: open read-only, restore, or compare with now. */
export function VersionsPanel({ versions, onName, onOpen, onRestore, onCompare }: VersionsPanelProps) {
  return (
    <section className="versions" aria-label="Versions">
      <div className="panel-head">
        <h3>Versions</h3>
        <button className="button small" onClick={onName} title="Name the current state (Ctrl+Alt+V)">
          Name version…
        </button>
      </div>
      {versions.length === 0 && <p className="panel-empty">No versions yet. Name one (“Zero draft”, “Rev. 1”) before circulating the text.</p>}
      <ol className="version-list">
        {[...versions].reverse().map((v) => (
          <li key={v.id} className="version-item">
            <span className="version-name">{v.name}</span>
            <span className="version-when">{when(v.createdAt)}</span>
            <span className="version-actions">
              <button className="link" onClick={() => onOpen(v)}>
                Open
              </button>
              <button className="link" onClick={() => onCompare(v)}>
                Compare
              </button>
              <button className="link" onClick={() => onRestore(v)}>
                Restore
              </button>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
