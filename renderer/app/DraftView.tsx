import { useEffect, useRef, useState, type RefObject } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { ApiResponse, CompareSource, TemplateSummary } from '../../shared/api';
import type { Draft, Version } from '../../shared/model';
import { ChecksPanel } from '../editor/ChecksPanel';
import { Editor, type EditorHandle } from '../editor/Editor';
import type { DraftWarning } from '../editor/plugins/checks';
import type { DraftStats } from '../editor/stats';
import { SuggestionsPanel } from '../library/SuggestionsPanel';
import { useClauseDrop } from '../library/useClauseDrop';
import { NegotiationPanel } from '../negotiation/NegotiationPanel';
import { ComparePicker, type PickedSource } from './ComparePicker';
import { DeclarationView } from './DeclarationView';
import { Dialog, PromptDialog } from './Dialog';
import { docAsDeclaration, provenanceSources } from './drafts';
import { ExportMenu } from './ExportMenu';
import { useCall } from './useCall';
import { useShortcuts } from './useShortcuts';
import { useDraftSession, type SaveState } from './useDraftSession';
import { VersionsPanel } from './VersionsPanel';

/** What the app asks of the open draft before leaving it. */
export interface DraftControl {
  isDirty(): boolean;
  save(): Promise<boolean>;
  discard(): Promise<void>;
  /** Writes the work in memory to the recovery copy now (after an error in the pane). */
  keepRecovery(): Promise<void>;
}

export interface DraftViewProps {
  path: string;
  control: RefObject<DraftControl | null>;
  templates: TemplateSummary[];
  editorRef: RefObject<EditorHandle | null>;
  onCompare(a: PickedSource, b: PickedSource): void;
  onStatus(text: string): void;
  onPathChange(path: string): void;
  onSaved(): void;
}

/** Opens a draft (offering its recovery copy first when autosave holds newer work). */
export function DraftView(props: DraftViewProps) {
  const opened = useCall('drafts.open', { path: props.path }, props.path);
  const [choice, setChoice] = useState<'file' | 'recovery' | null>(null);
  if (opened.status === 'loading') return <div className="doc-message">Opening {props.path}…</div>;
  if (opened.status === 'failed') return <div className="doc-message error">{opened.message}</div>;
  const { draft, recovery } = opened.data as ApiResponse<'drafts.open'>;
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
  const initial = choice === 'recovery' && recovery ? recovery.draft : draft;
  return <DraftEditor key={`${props.path}:${choice ?? ''}`} {...props} initial={initial} restored={choice === 'recovery'} />;
}

const SAVE_LABEL: Record<SaveState, string> = { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…', autosaved: 'Unsaved · recovery copy kept', error: 'Not saved' };

type Side = 'checks' | 'language' | 'versions' | 'negotiation';
type Prompt = 'save-as' | 'version' | 'compare' | null;

function DraftEditor({ path, control, templates, editorRef, onCompare, onStatus, onPathChange, onSaved, initial, restored }: DraftViewProps & { initial: Draft; restored: boolean }) {
  const session = useDraftSession({ path, draft: initial, dirty: restored });
  const [stats, setStats] = useState<DraftStats | null>(null);
  const [warnings, setWarnings] = useState<DraftWarning[]>([]);
  const [paragraph, setParagraph] = useState<string | null>(null);
  const [side, setSide] = useState<Side>('checks');
  const [prompt, setPrompt] = useState<Prompt>(null);
  const [viewing, setViewing] = useState<Version | null>(null);
  const [note, setNote] = useState<string | null>(restored ? 'Unsaved work restored from the recovery copy. Save to keep it.' : null);
  const view = useRef<EditorView | null>(null);
  const { draft } = session;
  // A clause dragged from the library lands after the paragraph at the cursor.
  const drop = useClauseDrop((clause, provenance) => editorRef.current?.insertClause(clause.text, provenance));

  const current = () => docAsDeclaration(editorRef.current?.getDoc() ?? draft.doc, draft.title, draft.id);
  const currentSource = (): PickedSource => ({ source: { kind: 'declaration', declaration: current() }, label: `${draft.title} (current)` });
  const versionSource = (v: Version): CompareSource => ({ kind: 'declaration', declaration: docAsDeclaration(v.doc, `${draft.title} — ${v.name}`, `${draft.id}-${v.id}`) });

  useEffect(() => {
    onStatus(stats ? `${stats.words.toLocaleString('en')} words · ${stats.paragraphs.toLocaleString('en')} paragraphs · ${SAVE_LABEL[session.saveState]}` : SAVE_LABEL[session.saveState]);
  }, [stats, session.saveState, onStatus]);

  const save = async () => {
    session.update(editorRef.current?.getDoc() ?? draft.doc);
    const ok = await session.save();
    if (ok) {
      setNote(null); // "save to keep it" notes are answered by the save
      onSaved();
    }
    return ok;
  };
  control.current = {
    isDirty: () => {
      const doc = editorRef.current?.getDoc();
      if (doc) session.update(doc); // typing not yet reported by the editor counts too
      return session.isDirty();
    },
    save,
    discard: session.discard,
    keepRecovery: session.keepRecovery,
  };

  // The draft's shortcuts (listed on F1): save, save as, compare, the side panels.
  useShortcuts({
    'Ctrl+S': () => void save(),
    'Ctrl+Shift+S': () => setPrompt('save-as'),
    'Ctrl+Alt+C': () => setPrompt('compare'),
    'Ctrl+Alt+1': () => setSide('checks'),
    'Ctrl+Alt+2': () => setSide('language'),
    'Ctrl+Alt+3': () => setSide('versions'),
    'Ctrl+Alt+4': () => setSide('negotiation'),
  });

  // The paragraph under the cursor matters only to the suggestions tab; read it once typing
  // pauses, so a keystroke costs no render of the panels beside the editor.
  const paragraphTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const updateParagraph = () => {
    clearTimeout(paragraphTimer.current);
    paragraphTimer.current = setTimeout(() => {
      const v = view.current;
      if (!v || v.isDestroyed) return;
      const { $from } = v.state.selection;
      setParagraph($from.depth > 0 ? $from.node(1).textContent : null);
    }, 250);
  };
  useEffect(() => () => clearTimeout(paragraphTimer.current), []);

  return (
    <div className="draft-view">
      <div className="doc-bar" role="toolbar" aria-label="Draft">
        <span className="doc-bar-title" title={path}>
          {draft.title}
        </span>
        <span className={`save-state save-${session.saveState}`}>{SAVE_LABEL[session.saveState]}</span>
        <button onClick={() => void save()} title="Save (Ctrl+S)">
          Save
        </button>
        <button onClick={() => setPrompt('save-as')} title="Save as (Ctrl+Shift+S)">
          Save as…
        </button>
        <button onClick={() => setPrompt('version')}>Name version…</button>
        <button onClick={() => setPrompt('compare')}>Compare…</button>
        <ExportMenu declaration={current} onMessage={setNote} />
      </div>
      {(note ?? session.message) && (
        <div className={session.message ? 'notice error' : 'notice'} role="status">
          {session.message ?? note}
          <button className="link" onClick={() => setNote(null)}>
            Dismiss
          </button>
        </div>
      )}
      <div className="draft-body">
        <div className={drop.over ? 'draft-main drop-over' : 'draft-main'} {...drop.dropProps}>
          {drop.error && <div className="notice error">{drop.error}</div>}
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
              keepSourceNumbering={draft.keepSourceNumbering}
              onDocChange={(doc, s) => {
                session.update(doc);
                setStats(s);
              }}
              onStats={setStats}
              onKeepSourceNumberingChange={session.setKeepSourceNumbering}
              onWarnings={setWarnings}
              onSelection={updateParagraph}
              onReady={(v) => {
                view.current = v;
                updateParagraph();
                // Benchmarks and devtools reach the view when asked to (localStorage.concordDebug = "1").
                if (localStorage.getItem('concordDebug') === '1') (window as unknown as { concordView?: EditorView }).concordView = v;
              }}
            />
          )}
        </div>
        <aside className="draft-side">
          <div className="side-tabs" role="tablist">
            {(
              [
                ['checks', `Checks (${warnings.length})`],
                ['language', 'Agreed language'],
                ['versions', `Versions (${draft.versions.length})`],
                ['negotiation', 'Negotiation'],
              ] as const
            ).map(([id, label]) => (
              <button key={id} role="tab" aria-selected={side === id} className={side === id ? 'active' : ''} onClick={() => setSide(id)}>
                {label}
              </button>
            ))}
          </div>
          {side === 'checks' && <ChecksPanel warnings={warnings} onPick={(w) => editorRef.current?.select(w.from, w.to)} />}
          {side === 'language' && (
            <SuggestionsPanel
              paragraph={paragraph}
              onReplace={(s) => editorRef.current?.replaceParagraph(s.clause.text, s.provenance)}
              onInsert={(s) => editorRef.current?.insertClause(s.clause.text, s.provenance)}
            />
          )}
          {side === 'negotiation' && <NegotiationPanel view={view.current} versions={draft.versions} onJump={(from, to) => editorRef.current?.select(from, to)} />}
          {side === 'versions' && (
            <VersionsPanel
              versions={draft.versions}
              onName={() => setPrompt('version')}
              onOpen={setViewing}
              onRestore={(v) => {
                session.restoreVersion(v);
                setViewing(null);
                setNote(`Restored “${v.name}”. Undo is not available across a restore; the previous text is still in the recovery copy until you save.`);
              }}
              onCompare={(v) => onCompare({ source: versionSource(v), label: v.name, related: true }, currentSource())}
            />
          )}
        </aside>
      </div>
      {prompt === 'save-as' && (
        <PromptDialog
          title="Save as"
          label="File name in your workspace"
          initial={path.replace(/\.concord$/, ' copy.concord')}
          confirm="Save"
          validate={(v) => (/\.concord$/.test(v.trim()) ? null : 'The name must end in .concord.')}
          onDone={(name) => {
            setPrompt(null);
            if (!name) return;
            session.update(editorRef.current?.getDoc() ?? draft.doc);
            void session.saveAs(name).then((ok) => {
              if (ok) {
                onPathChange(name);
                onSaved();
              }
            });
          }}
        />
      )}
      {prompt === 'version' && (
        <PromptDialog
          title="Name this version"
          label="Version name"
          initial={draft.versions.length === 0 ? 'Zero draft' : `Rev. ${draft.versions.length}`}
          confirm="Name version"
          onDone={(name) => {
            setPrompt(null);
            if (!name) return;
            session.update(editorRef.current?.getDoc() ?? draft.doc);
            session.addVersion(name);
            setSide('versions');
            setNote(`Version “${name}” named. Save to keep it in the file.`);
          }}
        />
      )}
      {prompt === 'compare' && (
        <ComparePicker
          title={`Compare “${draft.title}” with…`}
          templates={templates}
          basedOn={draft.basedOn}
          clauseSources={provenanceSources(editorRef.current?.getDoc() ?? draft.doc)}
          versions={draft.versions.map((version) => ({ version, source: () => versionSource(version) }))}
          onCancel={() => setPrompt(null)}
          onPick={(picked) => {
            setPrompt(null);
            onCompare(picked, currentSource());
          }}
        />
      )}
    </div>
  );
}
