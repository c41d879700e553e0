import type { DraftSharing } from '../../shared/collab/schemas';
import { JoinDialog } from '../collab/JoinDialog';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReadResponse } from '../../shared/api';
import { CompareView } from '../compare/CompareView';
import type { EditorHandle } from '../editor/Editor';
import { AuthorDialog } from './AuthorDialog';
import { Banner } from './Banner';
import { ComparePicker, type PickedSource } from './ComparePicker';
import { PromptDialog } from './Dialog';
import { blankDraft, createDraftFile, draftFromCompilation, draftFromDeclaration, renameClosedDraft } from './drafts';
import { CompileDialog } from '../compile/CompileDialog';
import type { CompileResult } from '../../shared/compile/schemas';
import { DraftRescue } from './DraftRescue';
import { DraftView } from './DraftView';
import { LeaveDialog } from './LeaveDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { TemplateView } from './TemplateView';
import { TitleBar } from './TitleBar';
import { useAuthor } from './useAuthor';
import { useCall } from '../useCall';
import { draftOf, useNavigation } from './useNavigation';
import { useShortcuts } from './useShortcuts';
import { useOpenFile } from './useOpenFile';
import { OpenProgress } from './OpenProgress';
import { ViewBoundary } from './ViewBoundary';
import { readChoice, writeChoice } from '../stored-choice';

/** "1,607 words · 25 blocks · 6 warnings" for a template in the status bar. */
function templateStatus(read: ReadResponse, words: number | undefined): string {
  return [words === undefined ? null : `${words.toLocaleString('en')} words`, `${read.declaration.blocks.length} blocks`, `${read.report.warnings.length} warnings`].filter(Boolean).join(' · ');
}

/** Whether a comparison hides the sidebar (the default) or not, as the user last chose. */
const FULL_WIDTH_KEY = 'concord.compare.fullWidth';

/** The application frame: title bar, sidebar, document area, status bar. */
export function App() {
  const info = useCall('app.info', {}, 'info');
  const templates = useCall('templates.list', {}, 'templates');
  const [draftsKey, setDraftsKey] = useState(0);
  const drafts = useCall('drafts.list', {}, `drafts-${draftsKey}`);
  const recoveries = useCall('drafts.recoveries', {}, 'recoveries');
  const { view, navigate, show, leaving, control: draftControl } = useNavigation();
  const [status, setStatus] = useState('Ready');
  const [picker, setPicker] = useState<null | { first?: PickedSource }>(null);
  const [compiling, setCompiling] = useState(false);
  const [compareFullWidth, setCompareFullWidth] = useState(() => readChoice(FULL_WIDTH_KEY) !== 'no');
  const chooseFullWidth = useCallback((full: boolean) => {
    writeChoice(FULL_WIDTH_KEY, full ? 'yes' : 'no');
    setCompareFullWidth(full);
  }, []);
  const [problem, setProblem] = useState<string | null>(null);
  const editorRef = useRef<EditorHandle | null>(null);
  const [help, setHelp] = useState(false);
  const [joining, setJoining] = useState(false);
  const author = useAuthor(useCallback((error: unknown) => setProblem((error as Error).message), []));
  const fileInput = useRef<HTMLInputElement>(null);
  useShortcuts({
    F1: () => setHelp(true),
    'Ctrl+O': () => fileInput.current?.click(),
    // In a draft, Ctrl+Alt+C compares the draft (DraftView's own binding).
    ...(view.kind === 'draft' ? {} : { 'Ctrl+Alt+C': () => setPicker({}) }),
  });
  const templateId = view.kind === 'template' ? view.id : null;
  const templateRead = useCall('templates.declaration', templateId ? { id: templateId } : null, templateId ?? '');
  const templateList = templates.status === 'done' ? templates.data : [];

  const refreshDrafts = useCallback(() => setDraftsKey((k) => k + 1), []);
  // The drafting pane's rescue writes the work still in memory to the recovery copy first.
  const keepRecovery = useCallback(async () => {
    await draftControl.current?.keepRecovery();
  }, []);

  const fail = (error: unknown) => setProblem((error as Error).message);

  // A draft renamed while open keeps its editor: its view stays keyed by the path it was opened with.
  const openedAs = useRef(new Map<string, string>());
  const draftKey = (path: string) => openedAs.current.get(path) ?? path;
  const openKey = draftKey(draftOf(view) ?? '');
  // The open draft's name as it reports it (its title line, or the name the user gave it).
  const [draftTitle, setDraftTitle] = useState<{ key: string; title: string } | null>(null);
  const onDraftTitle = useCallback((title: string) => setDraftTitle({ key: openKey, title }), [openKey]);
  const [renaming, setRenaming] = useState<{ path: string; title: string } | null>(null);
  const rename = async (path: string, name: string) => {
    try {
      if (draftOf(view) === path && draftControl.current) await draftControl.current.rename(name);
      else await renameClosedDraft(path, name);
      refreshDrafts();
    } catch (error) {
      fail(error);
    }
  };

  const newDraftFromOpen = async () => {
    const read = view.kind === 'file' ? view.read : templateRead.status === 'done' ? templateRead.data : null;
    if (!read) return;
    try {
      const path = await createDraftFile(draftFromDeclaration(read.declaration, read.review));
      refreshDrafts();
      navigate({ kind: 'draft', path });
    } catch (error) {
      fail(error);
    }
  };

  /** A compilation opens as a new draft, in negotiation mode. */
  const openCompilation = async (result: CompileResult) => {
    setCompiling(false);
    try {
      const path = await createDraftFile(draftFromCompilation(result.declaration, result.compilation.delegations));
      refreshDrafts();
      navigate({ kind: 'draft', path });
    } catch (error) {
      fail(error);
    }
  };

  const newBlank = async () => {
    try {
      const path = await createDraftFile(blankDraft('Untitled joint statement'));
      refreshDrafts();
      navigate({ kind: 'draft', path });
    } catch (error) {
      fail(error);
    }
  };

  /** A shared draft joined from a team member's link: a local file bound to the server's copy. */
  const joinShared = async (sharing: DraftSharing) => {
    setJoining(false);
    try {
      const path = await createDraftFile({ ...blankDraft('Shared draft'), sharing });
      refreshDrafts();
      navigate({ kind: 'draft', path });
    } catch (error) {
      fail(error);
    }
  };

  // A file opens in the background: the draft on screen stays editable until it is read.
  const { opening, open: openFile, cancel: cancelOpening } = useOpenFile((read) => navigate({ kind: 'file', read }), fail);

  const title =
    view.kind === 'draft' ? (draftTitle?.key === openKey ? draftTitle.title : view.path) : view.kind === 'file' ? view.read.declaration.title : templateRead.status === 'done' && templateId ? templateRead.data.declaration.title : view.kind === 'compare' ? `${view.b.label} compared with ${view.a.label}` : 'No document open';

  useEffect(() => {
    document.title = view.kind === 'welcome' ? 'Concord' : `${title} — Concord`;
  }, [title, view.kind]);

  return (
    <div className="app">
      <TitleBar
        title={title}
        file={view.kind === 'draft' ? view.path : null}
        newDraft={view.kind === 'template' || view.kind === 'file' ? { from: view.kind, ready: view.kind === 'file' || templateRead.status === 'done', onClick: () => void newDraftFromOpen() } : null}
        fileInput={fileInput}
        onOpenFile={(file) => void openFile(file)}
        onCompareFiles={() => setPicker({})}
        onCompile={() => setCompiling(true)}
        onJoin={() => setJoining(true)}
        onCompareOpen={
          view.kind === 'file'
            ? () => setPicker({ first: { source: { kind: 'declaration', declaration: view.read.declaration }, label: view.read.declaration.title } })
            : view.kind === 'template'
              ? () => setPicker({ first: { source: { kind: 'template', id: view.id }, label: templateList.find((t) => t.id === view.id)?.title ?? 'This template' } })
              : undefined
        }
        author={author}
        onHelp={() => setHelp(true)}
      />
      <div className="app-banners">{problem && <Banner key={problem} kind="error" message={problem} onDismiss={() => setProblem(null)} />}</div>
      <div className={view.kind === 'compare' && compareFullWidth ? 'workbench workbench-full' : 'workbench'}>
        <ViewBoundary name="the sidebar">
        {!(view.kind === 'compare' && compareFullWidth) && <Sidebar
          templates={templates}
          drafts={drafts}
          recoveries={recoveries.status === 'done' ? recoveries.data : { recoveries: [], warnings: [] }}
          selected={view.kind === 'template' ? view.id : view.kind === 'draft' ? view.path : null}
          onOpenTemplate={(id) => navigate({ kind: 'template', id })}
          onOpenDraft={(path) => navigate({ kind: 'draft', path })}
          onNewBlank={() => void newBlank()}
          onRenameDraft={(path, title) => setRenaming({ path, title })}
          canInsert={view.kind === 'draft'}
          onInsertClause={(clause, provenance) => editorRef.current?.insertClause(clause.text, provenance)}
        />}
        </ViewBoundary>
        <main className={view.kind === 'draft' || view.kind === 'compare' ? 'desk desk-flush' : 'desk'}>
          {view.kind === 'welcome' && (
            <div className="welcome">
              <h1>Concord</h1>
              <p>Draft joint statements from earlier declarations, reuse agreed language, and compare versions the way a reviewer reads them.</p>
              <p className="hint">Open a template on the left, or a file of your own, to begin.</p>
            </div>
          )}
          {view.kind === 'template' && (
            <ViewBoundary key={view.id} name="the template view">
              <TemplateView read={templateRead} kicker="Template · read-only" />
            </ViewBoundary>
          )}
          {view.kind === 'file' && (
            <ViewBoundary name="the file view">
              <TemplateView read={{ status: 'done', data: view.read }} kicker="Imported file · read-only" />
            </ViewBoundary>
          )}
          {draftOf(view) !== null && (
            <div className="draft-host" hidden={view.kind !== 'draft'}>
            <ViewBoundary
              key={openKey}
              name="the drafting pane"
              fallback={(error, retry) => (
                <DraftRescue path={draftOf(view) ?? ''} error={error} keepRecovery={keepRecovery} onReopen={retry} />
              )}
            >
            <DraftView
              path={draftOf(view) ?? ''}
              control={draftControl}
              templates={templateList}
              editorRef={editorRef}
              onStatus={setStatus}
              onSaved={refreshDrafts}
              onPathChange={(path) => {
                openedAs.current.set(path, openKey);
                show({ kind: 'draft', path });
              }}
              onTitle={onDraftTitle}
              onCompare={(a, b) => show({ kind: 'compare', a, b, back: view })}
              author={author}
            />
            </ViewBoundary>
            </div>
          )}
          {view.kind === 'compare' && (
            <ViewBoundary name="the comparison">
              <CompareView
                a={view.a.source}
                b={view.b.source}
                aLabel={view.a.label}
                bLabel={view.b.label}
                aMarks={view.a.marks}
                bMarks={view.b.marks}
                onClose={() => show(view.back)}
                reviewer={async () => (await author.ensure('Your name goes on the tracked changes of the Word redline.'))?.name ?? null}
                initialIgnore={view.a.related || view.b.related ? { numbering: true } : {}}
                fullWidth={compareFullWidth}
                onFullWidth={chooseFullWidth}
              />
            </ViewBoundary>
          )}
        </main>
      </div>
      {author.asking && <AuthorDialog initial={author.author} reason={author.asking.reason} onDone={(a) => void author.answer(a)} />}
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
      {joining && <JoinDialog onJoin={(sharing) => void joinShared(sharing)} onClose={() => setJoining(false)} />}
      {renaming && (
        <PromptDialog
          title="Rename this draft"
          label="Draft name"
          initial={renaming.title}
          confirm="Rename"
          onDone={(name) => {
            setRenaming(null);
            if (name) void rename(renaming.path, name);
          }}
        />
      )}
      {leaving && <LeaveDialog leaving={leaving} />}
      {compiling && (
        <CompileDialog
          templates={templateList}
          bases={view.kind === 'draft' ? (draftControl.current?.bases() ?? []) : []}
          onCancel={() => setCompiling(false)}
          onDone={(result) => void openCompilation(result)}
        />
      )}
      {picker && (
        <ComparePicker
          title={picker.first ? `Compare “${picker.first.label}” with…` : 'Compare: choose the earlier text'}
          templates={templateList}
          onCancel={() => setPicker(null)}
          onPick={(picked) => {
            if (!picker.first) setPicker({ first: picked });
            else {
              setPicker(null);
              show({ kind: 'compare', a: picker.first, b: picked, back: view });
            }
          }}
        />
      )}
      <StatusBar
        left={opening ? <OpenProgress opening={opening} onCancel={cancelOpening} /> : view.kind === 'draft' ? status : view.kind === 'template' && templateRead.status === 'done' ? templateStatus(templateRead.data, templateList.find((t) => t.id === view.id)?.words) : 'Ready'}
        right={info.status === 'done' ? `${info.data.shell === 'web' ? 'Browser host' : 'Desktop'} · v${info.data.version}` : ''}
      />
    </div>
  );
}
