/** The bar above an open draft: its title, whether it is saved, and what one does with it. */
import type { Declaration } from '../../shared/model';
import type { Negotiation } from '../../shared/negotiation/model';
import type { ReviewedDocx } from '../../shared/review/model';
import { ExportMenu } from './ExportMenu';
import type { SaveState } from './useDraftSession';

/** How each save state reads, in the bar and the status line. */
export const SAVE_LABEL: Record<SaveState, string> = { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…', autosaved: 'Unsaved · recovery copy kept', error: 'Not saved' };

interface DocumentBarProps {
  title: string;
  path: string;
  saveState: SaveState;
  onSave(): void;
  onSaveAs(): void;
  onRename(): void;
  onNameVersion(): void;
  onCompare(): void;
  /** Share live with the team; `shared` says it already is. */
  onShare(): void;
  shared: boolean;
  /** The draft as it stands, for the export menu. */
  declaration(): Declaration;
  /** The draft's suggestions and comments for a Word export, or null when it has none. */
  review(): ReviewedDocx | null;
  /** The draft's negotiation log, for the negotiation exports. */
  negotiation(): Negotiation;
  onMessage(text: string): void;
}

/** The document bar of a draft. */
export function DocumentBar({ title, path, saveState, onSave, onSaveAs, onRename, onNameVersion, onCompare, onShare, shared, declaration, review, negotiation, onMessage }: DocumentBarProps) {
  return (
    <div className="doc-bar" role="toolbar" aria-label="Draft">
      <span className="doc-bar-title" title={path}>
        {title}
      </span>
      <span className={`save-state save-${saveState}`}>{SAVE_LABEL[saveState]}</span>
      <button onClick={onSave} title="Save (Ctrl+S)">
        Save
      </button>
      <button onClick={onSaveAs} title="Save as (Ctrl+Shift+S)">
        Save as…
      </button>
      <button onClick={onRename}>Rename…</button>
      <button onClick={onNameVersion}>Name version…</button>
      <button onClick={onCompare}>Compare…</button>
      <button onClick={onShare} title="Share this draft with your team, live">
        {shared ? 'Shared' : 'Share…'}
      </button>
      <ExportMenu declaration={declaration} review={review} negotiation={negotiation} onMessage={onMessage} />
    </div>
  );
}
