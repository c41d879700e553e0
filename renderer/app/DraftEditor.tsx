/**
 * One open draft: the document bar, the editor (or a version, read-only), the side panels and
 * the prompts, around the session that saves it. The app reaches it through `DraftControl`.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Draft, Version } from '../../shared/model';
import { Editor } from '../editor/Editor';
import type { EditorSnapshot } from '../editor/plugins/bridge';
import { useClauseDrop } from '../library/useClauseDrop';
import { Banner } from './Banner';
import type { PickedSource } from './ComparePicker';
import { DeclarationView } from './DeclarationView';
import { DocumentBar, SAVE_LABEL } from './DocumentBar';
import { DraftPrompts, type Prompt } from './DraftPrompts';
import { docAsDeclaration, openingSide } from './drafts';
import type { DraftViewProps } from './DraftView';
import { SidePanels, type Side } from './SidePanels';
import { useDraftSession } from './useDraftSession';
import { useShortcuts } from './useShortcuts';
import { ShareDialog } from '../collab/ShareDialog';
import { describeStatus } from '../collab/session';
import { useSharedDraft } from '../collab/useSharedDraft';
import { docFromJSON } from '../editor/convert';
import { negotiationOf } from '../editor/negotiation-attr';
import { addComment } from '../editor/review/comments';
import { hasReviewContent, reviewedDocxOf } from '../editor/review/to-docx';
import { PromptDialog } from './Dialog';
import { DecidedView } from './DecidedView';
import { comparedDraft } from './compare-draft';

type ReviewView = 'marks' | 'accepted' | 'rejected';

/** One open draft: the document bar, the editor (or a version read-only), the side panels and prompts. */
export function DraftEditor({ path, control, templates, editorRef, onCompare, onStatus, onPathChange, onTitle, onSaved, author, initial, restored }: DraftViewProps & { initial: Draft; restored: boolean }) {
  const session = useDraftSession({ path, draft: initial, dirty: restored, flushEditor: () => editorRef.current?.flush() });
  const [snapshot, setSnapshot] = useState<EditorSnapshot | null>(null);
  const [side, setSide] = useState<Side>(() => openingSide(initial));
  const [prompt, setPrompt] = useState<Prompt | 'share' | null>(null);
  const [viewing, setViewing] = useState<Version | null>(null);
  const [note, setNote] = useState<string | null>(restored ? 'Unsaved work restored from the recovery copy. Save to keep it.' : null);
  const [commenting, setCommenting] = useState(false);
  const [reviewView, setReviewView] = useState<ReviewView>('marks');
  // The document the all-accepted / all-rejected view was made from, read when it was asked for.
  const [decidedFrom, setDecidedFrom] = useState<Draft['doc'] | null>(null);
  const showReview = (view: ReviewView) => {
    setDecidedFrom(view === 'marks' ? null : session.flush().doc);
    setReviewView(view);
  };
  // The status bar holds the review view switch; App renders its slot.
  const [statusSlot, setStatusSlot] = useState<HTMLElement | null>(null);
  useEffect(() => setStatusSlot(document.getElementById('status-extra')), []);
  const { draft } = session;
  const stats = snapshot?.stats;
  // Bumped when a token is entered for a shared draft this machine had none for.
  const [tokenSaved, setTokenSaved] = useState(0);
  const shared = useSharedDraft(draft.sharing, tokenSaved);
  const liveStatus = shared.kind === 'ready' || shared.kind === 'waiting' ? describeStatus(shared.status) : null;
  const versions = shared.kind === 'ready' ? shared.versions : draft.versions;
  /** The draft's suggestions and comments for Word, or null when it has none. */
  const review = () => {
    const doc = docFromJSON(session.flush().doc);
    return hasReviewContent(doc) ? reviewedDocxOf(doc) : null;
  };
  /** The draft's negotiation log (parties and resolutions), so its exports read the brackets as the panel does. */
  const negotiation = () => negotiationOf(docFromJSON(session.flush().doc));
  const ensureAuthor = () => author.ensure('Your name goes on your suggestions and comments.');
  // A clause dragged from the library lands after the paragraph at the cursor.
  const drop = useClauseDrop((clause, provenance) => editorRef.current?.insertClause(clause.text, provenance));

  const current = () => docAsDeclaration(session.flush().doc, draft.title, draft.id);
  const currentSource = (): PickedSource => comparedDraft(session.flush().doc, draft.title, draft.id, `${draft.title} (current)`);
  const versionSource = (v: Version): PickedSource => comparedDraft(v.doc, `${draft.title} — ${v.name}`, `${draft.id}-${v.id}`, v.name, true);

  useEffect(() => {
    const counts = stats ? `${stats.words.toLocaleString('en')} words · ${stats.paragraphs.toLocaleString('en')} paragraphs · ${SAVE_LABEL[session.saveState]}` : SAVE_LABEL[session.saveState];
    onStatus(liveStatus ? `${liveStatus} · ${counts}` : counts);
  }, [stats, session.saveState, onStatus, liveStatus]);

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
  const bases = () => [currentSource(), ...versions.map((v) => ({ ...versionSource(v), label: `${draft.title} — ${v.name}` }))];
  control.current = { isDirty: session.isDirty, save, discard: session.discard, keepRecovery: session.keepRecovery, rename, bases };

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
        onShare={() => setPrompt('share')}
        shared={Boolean(draft.sharing)}
        declaration={current}
        review={review}
        negotiation={negotiation}
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
          ) : draft.sharing && shared.kind !== 'ready' ? (
            <div className="version-view">
              <div className="notice" role="status">
                {shared.kind === 'no-token'
                  ? 'This draft is shared, but this machine has no team token for its server. Use Share… to enter it.'
                  : shared.kind === 'failed'
                    ? `This draft is shared, but its server settings could not be read (${shared.message}). The local copy is shown; reopen the draft to try again.`
                    : `${liveStatus ?? 'Connecting…'} The local copy is shown until the shared text is here.`}
              </div>
              <DeclarationView declaration={docAsDeclaration(draft.doc, draft.title, draft.id)} kicker="Local copy" />
            </div>
          ) : (
            <>
              {decidedFrom && reviewView !== 'marks' && <DecidedView doc={decidedFrom} accept={reviewView === 'accepted'} title={draft.title} onBack={() => showReview('marks')} />}
              <Editor
                key={`${session.revision}:${shared.kind}`}
                collab={shared.kind === 'ready' ? shared.binding : undefined}
                ref={editorRef}
                autoFocus
                doc={draft.doc}
                author={author.author}
                reviewView={reviewView}
                onCommentRequest={() => setCommenting(true)}
                onSnapshot={(next) => {
                  if (next.doc) session.update(next.doc);
                  setSnapshot(next);
                }}
              />
            </>
          )}
        </div>
        <SidePanels
          side={side}
          onSide={setSide}
          snapshot={snapshot}
          editor={editorRef}
          versions={versions}
          onNameVersion={() => setPrompt('version')}
          onOpenVersion={setViewing}
          onRestoreVersion={(v) => {
            session.restoreVersion(v);
            setViewing(null);
            setNote(`Restored “${v.name}”. Undo is not available across a restore; the previous text is still in the recovery copy until you save.`);
          }}
          onCompareVersion={(v) => onCompare(versionSource(v), currentSource())}
          author={author.author}
          ensureAuthor={ensureAuthor}
        />
      </div>
      {statusSlot &&
        createPortal(
          <label className="status-review-view" title="How suggestions show in the page">
            Show{' '}
            <select aria-label="Show suggestions" value={reviewView} onChange={(e) => showReview(e.target.value as ReviewView)}>
              <option value="marks">With marks</option>
              <option value="accepted">All accepted</option>
              <option value="rejected">All rejected</option>
            </select>
          </label>,
          statusSlot,
        )}
      {commenting && (
        <PromptDialog
          title="Comment"
          label="Your comment on the selected words"
          initial=""
          confirm="Comment"
          onDone={(text) => {
            setCommenting(false);
            if (!text) return;
            void ensureAuthor().then((who) => {
              if (!who || !editorRef.current?.run(addComment(who, text))) return;
              setSide('review');
            });
          }}
        />
      )}
      <DraftPrompts
        prompt={prompt === 'share' ? null : prompt}
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
          // A shared draft's versions are made on the shared copy, for everyone.
          if (shared.kind === 'ready') shared.session.addVersion(name, session.flush().doc);
          setSide('versions');
          setNote(`Version “${name}” named. Save to keep it in the file.`);
        }}
        onCompare={(picked) => onCompare(picked, currentSource())}
      />
      {prompt === 'share' && (
        <ShareDialog
          draftId={draft.id}
          sharing={draft.sharing}
          doc={() => session.flush().doc}
          onShared={(sharing) => {
            session.setSharing(sharing);
            void save();
          }}
          onTokenSaved={() => setTokenSaved((n) => n + 1)}
          onClose={() => setPrompt(null)}
        />
      )}
    </div>
  );
}
