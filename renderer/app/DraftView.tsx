import { useEffect, useState, type RefObject } from 'react';
import type { ApiResponse, TemplateSummary } from '../../shared/api';
import type { EditorHandle } from '../editor/Editor';
import { useCall } from '../useCall';
import type { PickedSource } from './ComparePicker';
import { Dialog } from './Dialog';
import { DraftEditor } from './DraftEditor';
import { createdDraft, forgetCreatedDraft, withDocument } from './drafts';
import type { AuthorState } from './useAuthor';

/** What the app asks of the open draft before leaving it. */
export interface DraftControl {
  isDirty(): boolean;
  save(): Promise<boolean>;
  discard(): Promise<void>;
  /** Writes the work in memory to the recovery copy now (after an error in the pane). */
  keepRecovery(): Promise<void>;
  /** Renames the open draft (the Drafts list's Rename). */
  rename(name: string): Promise<boolean>;
  /** The texts a compilation can start from: the draft as it stands and its named versions. */
  bases(): PickedSource[];
}

export interface DraftViewProps {
  path: string;
  control: RefObject<DraftControl | null>;
  templates: TemplateSummary[];
  editorRef: RefObject<EditorHandle | null>;
  onCompare(a: PickedSource, b: PickedSource): void;
  onStatus(text: string): void;
  onPathChange(path: string): void;
  /** The name of the draft changed (its title line, or a rename). */
  onTitle(title: string): void;
  onSaved(): void;
  /** Who is writing (suggestions and comments carry the name). */
  author: AuthorState;
}

/** Opens a draft (offering its recovery copy first when autosave holds newer work). */
export function DraftView(props: DraftViewProps) {
  // Opened once: a rename while open changes `path` without reopening the draft.
  const [openedPath] = useState(props.path);
  // A damaged file's message points to its .bak copy; this opens it (saving then replaces the damaged file).
  const [backup, setBackup] = useState(false);
  // A draft this window has just created opens from memory: reading back what it saved doubled
  // the wait on a long one (the draft of a 40 MB text is 110 MB of JSON each way).
  const [fresh] = useState(() => createdDraft(openedPath));
  useEffect(() => forgetCreatedDraft(openedPath), [openedPath]);
  const opened = useCall('drafts.open', fresh ? null : backup ? { path: openedPath, backup } : { path: openedPath }, `${openedPath}:${backup}`);
  const [choice, setChoice] = useState<'file' | 'recovery' | null>(null);
  if (!fresh && opened.status === 'loading') return <div className="doc-message">Opening {props.path}…</div>;
  if (!fresh && opened.status === 'failed') {
    return (
      <div className="doc-message error">
        {opened.message}
        {!backup && /\.bak\b/.test(opened.message) && (
          <p>
            <button type="button" onClick={() => setBackup(true)}>
              Open the .bak copy
            </button>{' '}
            Saving it then replaces the damaged file.
          </p>
        )}
      </div>
    );
  }
  const { draft, recovery } = fresh ? { draft: fresh, recovery: null } : ((opened as { data: ApiResponse<'drafts.open'> }).data);
  if (recovery && choice === null) {
    return (
      <Dialog
        title="Restore unsaved work?"
        onCancel={() => setChoice('file')}
        actions={[
          { label: 'Open the saved file', onClick: () => setChoice('file') },
          { label: 'Restore unsaved work', onClick: () => setChoice('recovery'), kind: 'primary' },
        ]}
      >
        <p>
          Concord kept a recovery copy of “{recovery.title}” from {new Date(recovery.savedAt).toLocaleString('en-GB')}, newer than the saved file. It may hold
          work that was not saved before Concord closed.
        </p>
      </Dialog>
    );
  }
  const initial = withDocument(choice === 'recovery' && recovery ? recovery.draft : draft);
  return <DraftEditor key={`${openedPath}:${choice ?? ''}:${backup}`} {...props} path={openedPath} initial={initial} restored={choice === 'recovery'} />;
}
