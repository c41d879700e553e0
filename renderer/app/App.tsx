import { useCallback, useRef, useState } from 'react';
import type { CompareSource, ReadResponse } from '../../shared/api';
import { call } from '../api';
import { CompareView } from '../compare/CompareView';
import type { EditorHandle } from '../editor/Editor';
import { AuthorDialog } from './AuthorDialog';
import { ComparePicker, fileSource, type PickedSource } from './ComparePicker';
import { blankDraft, createDraftFile, draftFromDeclaration } from './drafts';
import { Dialog } from './Dialog';
import { DraftRescue } from './DraftRescue';
import { DraftView, type DraftControl } from './DraftView';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { TemplateView } from './TemplateView';
import { useAuthor } from './useAuthor';
import { useCall } from './useCall';
import { useShortcuts } from './useShortcuts';
import { ViewBoundary } from './ViewBoundary';

type View =
  | { kind: 'welcome' }
  | { kind: 'template'; id: string }
  | { kind: 'file'; read: ReadResponse }
  | { kind: 'draft'; path: string }
  | { kind: 'compare'; a: PickedSource; b: PickedSource; back: View };

/** `#compare=template:A,template:B` opens a comparison directly (links, tests). */
function viewFromAddress(): View {
  const match = /(?:^#|&)compare=([^&]+)/.exec(window.location.hash);
  const [a, b] = (match?.[1] ? decodeURIComponent(match[1]) : '').split(',');
  const side = (spec: string | undefined): PickedSource | null =>
    spec?.startsWith('template:') ? { source: { kind: 'template', id: spec.slice(9) } as CompareSource, label: spec.slice(9) } : null;
  const sa = side(a);
  const sb = side(b);
  return sa && sb ? { kind: 'compare', a: sa, b: sb, back: { kind: 'welcome' } } : { kind: 'welcome' };
}

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
  const [view, setView] = useState<View>(viewFromAddress);
  const [status, setStatus] = useState('Ready');
  const [picker, setPicker] = useState<null | { first?: PickedSource }>(null);
  const [compareFullWidth, setCompareFullWidth] = useState(() => localStorage.getItem(FULL_WIDTH_KEY) !== 'no');
  const chooseFullWidth = useCallback((full: boolean) => {
    localStorage.setItem(FULL_WIDTH_KEY, full ? 'yes' : 'no');
    setCompareFullWidth(full);
  }, []);
  const [problem, setProblem] = useState<string | null>(null);
  const editorRef = useRef<EditorHandle | null>(null);
  const draftControl = useRef<DraftControl | null>(null);
  const [leaving, setLeaving] = useState<View | null>(null);
  const [help, setHelp] = useState(false);
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

  /** The draft a view shows (a comparison keeps the draft it came from open underneath). */
  const draftOf = (v: View): string | null => (v.kind === 'draft' ? v.path : v.kind === 'compare' ? draftOf(v.back) : null);

  /** Changes view; leaving a draft with unsaved changes asks first. */
  const navigate = (next: View) => {
    const open = draftOf(view);
    if (open && draftOf(next) !== open && draftControl.current?.isDirty()) setLeaving(next);
    else setView(next);
  };
  const fail = (error: unknown) => setProblem((error as Error).message);

  const newDraftFromOpen = async () => {
    const read = view.kind === 'file' ? view.read : templateRead.status === 'done' ? templateRead.data : null;
    if (!read) return;
    try {
      const path = await createDraftFile(draftFromDeclaration(read.declaration));
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

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { source } = await fileSource(file);
      if (source.kind !== 'file') return;
      navigate({ kind: 'file', read: await call('decl.import', source.file) });
    } catch (error) {
      fail(error);
    }
  };

  const title =
    view.kind === 'draft' ? view.path : view.kind === 'file' ? view.read.declaration.title : templateRead.status === 'done' && templateId ? templateRead.data.declaration.title : view.kind === 'compare' ? `${view.b.label} compared with ${view.a.label}` : 'No document open';

  return (
    <div className="app">
      <header className="title-bar">
        <span className="brand">Concord</span>
        <span className="doc-name">{title}</span>
        <span className="title-actions">
          {(view.kind === 'template' || view.kind === 'file') && (
            <button onClick={() => void newDraftFromOpen()} disabled={view.kind === 'template' && templateRead.status !== 'done'}>
              New draft from this {view.kind === 'file' ? 'file' : 'template'}
            </button>
          )}
          <label className="file-button">
            Open file…
            <input ref={fileInput} type="file" accept=".txt,.md,.html,.htm,.docx" aria-label="Open a declaration file" onChange={(e) => void openFile(e.target.files?.[0])} />
          </label>
          {view.kind === 'file' && <button onClick={() => setPicker({ first: { source: { kind: 'declaration', declaration: view.read.declaration }, label: view.read.declaration.title } })}>Compare with…</button>}
          {view.kind === 'template' && <button onClick={() => setPicker({ first: { source: { kind: 'template', id: view.id }, label: templateList.find((t) => t.id === view.id)?.title ?? 'This template' } })}>Compare with…</button>}
          <button onClick={() => setPicker({})}>Compare files…</button>
          <button className="author-chip" onClick={author.edit} title="Your name and colour on suggestions and comments">
            {author.author ? <span className="swatch" style={{ background: author.author.color }} /> : null}
            {author.author?.name ?? 'Set your name…'}
          </button>
          <button onClick={() => setHelp(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (F1)">
            ?
          </button>
        </span>
      </header>
      {problem && (
        <div className="notice error app-notice" role="alert">
          {problem}{' '}
          <button className="link" onClick={() => setProblem(null)}>
            Dismiss
          </button>
        </div>
      )}
      <div className={view.kind === 'compare' && compareFullWidth ? 'workbench workbench-full' : 'workbench'}>
        <ViewBoundary name="the sidebar">
        {!(view.kind === 'compare' && compareFullWidth) && <Sidebar
          templates={templates}
          drafts={drafts}
          recoveries={recoveries.status === 'done' ? recoveries.data : []}
          selected={view.kind === 'template' ? view.id : view.kind === 'draft' ? view.path : null}
          onOpenTemplate={(id) => navigate({ kind: 'template', id })}
          onOpenDraft={(path) => navigate({ kind: 'draft', path })}
          onNewBlank={() => void newBlank()}
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
              key={draftOf(view)}
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
              onPathChange={(path) => setView({ kind: 'draft', path })}
              onCompare={(a, b) => setView({ kind: 'compare', a, b, back: view })}
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
                onClose={() => setView(view.back)}
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
      {leaving && (
        <Dialog
          title="Save changes to this draft?"
          onCancel={() => setLeaving(null)}
          actions={[
            { label: 'Cancel', onClick: () => setLeaving(null) },
            {
              label: 'Don’t save',
              kind: 'danger',
              onClick: () => {
                void draftControl.current?.discard();
                setView(leaving);
                setLeaving(null);
              },
            },
            {
              label: 'Save',
              kind: 'primary',
              onClick: () =>
                void draftControl.current?.save().then((ok) => {
                  if (ok) setView(leaving);
                  setLeaving(null);
                }),
            },
          ]}
        >
          <p>The draft has changes that are not saved to its file. A recovery copy is kept until you decide.</p>
        </Dialog>
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
              setView({ kind: 'compare', a: picker.first, b: picked, back: view });
            }
          }}
        />
      )}
      <StatusBar
        left={view.kind === 'draft' ? status : view.kind === 'template' && templateRead.status === 'done' ? templateStatus(templateRead.data, templateList.find((t) => t.id === view.id)?.words) : 'Ready'}
        right={info.status === 'done' ? `${info.data.shell === 'web' ? 'Browser host' : 'Desktop'} · v${info.data.version}` : ''}
      />
    </div>
  );
}
