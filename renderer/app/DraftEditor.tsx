/**
 * One open draft: the document bar, the editor (or a version, read-only), the side panels and
 * the prompts, around the session that saves it. The app reaches it through `DraftControl`.
 */
import { useEffect, useRef, useState } from 'react';
import type { CompareSource } from '../../shared/api';
import type { Draft, Version } from '../../shared/model';
import { Editor } from '../editor/Editor';
import type { EditorSnapshot } from '../editor/plugins/bridge';
import { useClauseDrop } from '../library/useClauseDrop';
import { Banner } from './Banner';
import type { PickedSource } from './ComparePicker';
import { DeclarationView } from './DeclarationView';
import { DocumentBar, SAVE_LABEL } from './DocumentBar';
import { DraftPrompts, type Prompt } from './DraftPrompts';
import { docAsDeclaration } from './drafts';
import type { DraftViewProps } from './DraftView';
import { SidePanels, type Side } from './SidePanels';
import { useDraftSession } from './useDraftSession';
import { useShortcuts } from './useShortcuts';

/** One open draft: the document bar, the editor (or a version read-only), the side panels and prompts. */
export function DraftEditor({ path, control, templates, editorRef, onCompare, onStatus, onPathChange, onTitle, onSaved, initial, restored }: DraftViewProps & { initial: Draft; restored: boolean }) {
  const session = useDraftSession({ path, draft: initial, dirty: restored, flushEditor: () => editorRef.current?.flush() });
  const [snapshot, setSnapshot] = useState<EditorSnapshot | null>(null);
  const [side, setSide] = useState<Side>('checks');
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const [viewing, setViewing] = useState<Version | null>(null);
  const [note, setNote] = useState<string | null>(restored ? 'Unsaved work restored from the recovery copy. Save to keep it.' : null);
  const { draft } = session;
  const stats = snapshot?.stats;
  // A clause dragged from the library lands after the paragraph at the cursor.
  const drop = useClauseDrop((clause, provenance) => editorRef.current?.insertClause(clause.text, provenance));

  const current = () => docAsDeclaration(session.flush().doc, draft.title, draft.id);
  const currentSource = (): PickedSource => ({ source: { kind: 'declaration', declaration: current() }, label: `${draft.title} (current)` });
  const versionSource = (v: Version): CompareSource => ({ kind: 'declaration', declaration: docAsDeclaration(v.doc, `${draft.title} — ${v.name}`, `${draft.id}-${v.id}`) });

  useEffect(() => {
    onStatus(stats ? `${stats.words.toLocaleString('en')} words · ${stats.paragraphs.toLocaleString('en')} paragraphs · ${SAVE_LABEL[session.saveState]}` : SAVE_LABEL[session.saveState]);
  }, [stats, session.saveState, onStatus]);

  const save = async () => {
    const ok = await session.save();
    if (ok) {
      setNote(null); // "save to keep it" notes are answered by the save
      onSaved();
    }
    return ok;
  };
  const openCompare = () => {
    session.flush(); // the picker lists the sources of every clause typed so far
    setPrompt('compare');
  };
  const rename = async (name: string) => {
    const ok = await session.rename(name);
    if (ok) onSaved();
    return ok;
  };
  control.current = { isDirty: session.isDirty, save, discard: session.discard, keepRecovery: session.keepRecovery, rename };

  // The app follows the draft's name and file: window title, title bar, Drafts list.
  useEffect(() => onTitle(draft.title), [draft.title, onTitle]);
  const reportedPath = useRef(path);
  useEffect(() => {
    if (session.path === reportedPath.current) return;
    reportedPath.current = session.path;
    onPathChange(session.path);
  });

  // The draft's shortcuts (listed on F1): save, save as, compare, the side panels.
  useShortcuts({
    'Ctrl+S': () => void save(),
    'Ctrl+Shift+S': () => setPrompt('save-as'),
    'Ctrl+Alt+C': openCompare,
    'Ctrl+Alt+1': () => setSide('checks'),
    'Ctrl+Alt+2': () => setSide('language'),
    'Ctrl+Alt+3': () => setSide('versions'),
    'Ctrl+Alt+4': () => setSide('negotiation'),
  });

  return (
    <div className="draft-view">
      <DocumentBar
        title={draft.title}
        path={session.path}
        saveState={session.saveState}
        onSave={() => void save()}
        onSaveAs={() => setPrompt('save-as')}
        onRename={() => setPrompt('rename')}
        onNameVersion={() => setPrompt('version')}
        onCompare={openCompare}
        declaration={current}
        onMessage={setNote}
      />
      {session.message ? (
        <Banner key={session.message} kind="error" message={session.message} />
      ) : (
        note && <Banner key={note} message={note} onDismiss={() => setNote(null)} />
      )}
      <div className="draft-body">
        <div className={drop.over ? 'draft-main drop-over' : 'draft-main'} {...drop.dropProps}>
          {drop.error && <Banner key={drop.error} kind="error" message={drop.error} />}
          {viewing ? (
            <div className="version-view">
              <div className="notice">
                Version “{viewing.name}”, read-only.{' '}
                <button className="link" onClick={() => setViewing(null)}>
                  Back to the draft
                </button>
              </div>
              <DeclarationView declaration={docAsDeclaration(viewing.doc, draft.title, draft.id)} kicker={`Version · ${viewing.name}`} />
            </div>
          ) : (
            <Editor
              key={session.revision}
              ref={editorRef}
              autoFocus
              doc={draft.doc}
              onSnapshot={(next) => {
                if (next.doc) session.update(next.doc);
                setSnapshot(next);
              }}
            />
          )}
        </div>
        <SidePanels
          side={side}
          onSide={setSide}
          snapshot={snapshot}
          editor={editorRef}
          versions={draft.versions}
          onNameVersion={() => setPrompt('version')}
          onOpenVersion={setViewing}
          onRestoreVersion={(v) => {
            session.restoreVersion(v);
            setViewing(null);
            setNote(`Restored “${v.name}”. Undo is not available across a restore; the previous text is still in the recovery copy until you save.`);
          }}
          onCompareVersion={(v) => onCompare({ source: versionSource(v), label: v.name, related: true }, currentSource())}
        />
      </div>
      <DraftPrompts
        prompt={prompt}
        path={session.path}
        draft={draft}
        templates={templates}
        versionSource={versionSource}
        onClose={() => setPrompt(null)}
        onSaveAs={(name) =>
          void session.saveAs(name).then((ok) => {
            if (ok) {
              onPathChange(name);
              onSaved();
            }
          })
        }
        onRename={(name) => void rename(name)}
        onNameVersion={(name) => {
          session.addVersion(name);
          setSide('versions');
          setNote(`Version “${name}” named. Save to keep it in the file.`);
        }}
        onCompare={(picked) => onCompare(picked, currentSource())}
      />
    </div>
  );
}
