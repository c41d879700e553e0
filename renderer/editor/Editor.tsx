/**
 * The drafting editor: one React component owning one ProseMirror EditorView, with the toolbar
 * and the find bar around it. React renders the chrome; the page inside is ProseMirror's alone.
 *
 * The `doc` prop is read when the editor mounts; to open another draft, remount it (give it a
 * new React `key`). Changes come back through `onDocChange`, batched while the user types.
 *
 *   const editor = useRef<EditorHandle>(null);
 *   <Editor key={draft.id} ref={editor} doc={draft.doc} keepSourceNumbering={draft.keepSourceNumbering}
 *     onDocChange={(doc, stats) => ...} onWarnings={setWarnings} />
 *   <ChecksPanel warnings={warnings} onPick={(w) => editor.current?.select(w.from, w.to)} />
 *   editor.current?.insertClause(clause.text, provenance)
 */
import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import { EditorView } from 'prosemirror-view';
import { Selection, TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { DocNode, Provenance } from '../../shared/model';
import type { TextblockKind } from './schema';
import { createDraftState } from './state';
import { docFromJSON } from './convert';
import { draftStats } from './stats';
import type { DraftStats } from './stats';
import { insertParagraphWithProvenance, insertQuotedText, replaceParagraphText, setKeepSourceNumbering } from './commands';
import { listWarnings } from './plugins/checks';
import type { DraftWarning } from './plugins/checks';
import { Toolbar, kindAtCursor } from './Toolbar';
import { FindBar } from './FindBar';
import { announceEditorState } from './state-listeners';
import { asUndoStep, separateFromCommand } from './plugins/undo-steps';
import './editor.css';

/** How long typing must pause before onDocChange serializes the draft. */
const CHANGE_DELAY_MS = 250;

/** What the host can ask of a mounted editor. */
export interface EditorHandle {
  /** Inserts a clause as a new paragraph after the cursor, with its provenance. */
  insertClause(text: string, provenance: Provenance | null, kind?: TextblockKind): void;
  /** Inserts a sentence of agreed language at the cursor, marked with its source. */
  insertQuote(text: string, provenance: Provenance): void;
  /** Replaces the paragraph at the cursor with another text (a library variant). */
  replaceParagraph(text: string, provenance: Provenance | null): void;
  /** The current document as JSON, pending changes included. */
  getDoc(): DocNode;
  /** Selects a range (a warning picked in the checks panel) and scrolls to it. */
  select(from: number, to: number): void;
  focus(): void;
}

/** Where the cursor is, for the host's status bar. */
export interface SelectionInfo {
  kind: string;
  from: number;
  to: number;
}

/** Props of the editor. */
export interface EditorProps {
  /** The draft's document as JSON; read once, at mount. */
  doc: DocNode;
  /** Show the source's numbers instead of computed ones. */
  keepSourceNumbering?: boolean;
  /** The document changed: its JSON and counts, once typing pauses. Never called for merely opening. */
  onDocChange?: (doc: DocNode, stats: DraftStats) => void;
  /** Word and paragraph counts for the status bar: at mount, then with every change. */
  onStats?: (stats: DraftStats) => void;
  /** The user switched "keep source numbering" from the toolbar. */
  onKeepSourceNumberingChange?: (keep: boolean) => void;
  onSelection?: (selection: SelectionInfo) => void;
  /** The drafting checks, for the ChecksPanel: at mount and whenever the document changed, once typing pauses. */
  onWarnings?: (warnings: DraftWarning[]) => void;
  /** Put the cursor in the page when it opens: in the last block when that is empty (a blank draft), else at the start. */
  autoFocus?: boolean;
  /** The view exists (tests, e2e, devtools). */
  onReady?: (view: EditorView) => void;
  ref?: Ref<EditorHandle>;
}

/** Reads the doc prop, or explains why it cannot be opened. */
function initialState(json: DocNode, keys: Record<string, Command>): { state: EditorState } | { error: string } {
  try {
    return { state: createDraftState(docFromJSON(json), keys) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The cursor where writing starts: an empty last block (a blank draft), else the first text. */
function focusOnOpen(view: EditorView): void {
  const { doc } = view.state;
  const last = doc.lastChild;
  const at = last?.isTextblock && last.content.size === 0 ? Selection.atEnd(doc) : Selection.atStart(doc);
  view.dispatch(view.state.tr.setSelection(at));
  view.focus();
}

/** The drafting editor. */
export function Editor(props: EditorProps) {
  const { doc, keepSourceNumbering, ref } = props;
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // Callbacks change identity on every host render; the view reads the latest ones.
  const latest = useRef(props);
  latest.current = props;
  const [state, setState] = useState<EditorState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const changeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Serializing 60,000 words and listing every warning is too much for each keystroke: both
  // wait until typing pauses.
  const report = useCallback((changed: boolean) => {
    if (changeTimer.current !== null) clearTimeout(changeTimer.current);
    changeTimer.current = null;
    const current = view.current?.state;
    if (!current) return;
    const stats = draftStats(current.doc);
    if (changed) latest.current.onDocChange?.(current.doc.toJSON() as DocNode, stats);
    latest.current.onStats?.(stats);
    latest.current.onWarnings?.(listWarnings(current));
  }, []);

  useEffect(() => {
    const host = mount.current;
    if (!host) return;
    const keys: Record<string, Command> = {
      'Mod-f': () => {
        setFindOpen(true);
        return true;
      },
    };
    const opened = initialState(doc, keys);
    if ('error' in opened) {
      setError(opened.error);
      return;
    }
    const editorView = new EditorView(host, {
      state: opened.state,
      attributes: { class: 'cn-page', spellcheck: 'true', lang: 'en', 'aria-label': 'Draft declaration', role: 'textbox', 'aria-multiline': 'true' },
      dispatchTransaction(tr: Transaction) {
        const before = editorView.state;
        const next = before.apply(separateFromCommand(before, tr));
        editorView.updateState(next);
        setState(next);
        announceEditorState(editorView, next);
        const host = latest.current;
        if (tr.docChanged) {
          if (changeTimer.current !== null) clearTimeout(changeTimer.current);
          changeTimer.current = setTimeout(() => report(true), CHANGE_DELAY_MS);
          const keep = next.doc.attrs['keepSourceNumbering'] === true;
          if (keep !== (before.doc.attrs['keepSourceNumbering'] === true)) host.onKeepSourceNumberingChange?.(keep);
        }
        if (!next.selection.eq(before.selection) || tr.docChanged) {
          host.onSelection?.({ kind: kindAtCursor(next), from: next.selection.from, to: next.selection.to });
        }
      },
    });
    view.current = editorView;
    if (latest.current.autoFocus) focusOnOpen(editorView);
    setState(editorView.state);
    report(false);
    latest.current.onReady?.(editorView);
    return () => {
      // Nothing typed is lost when the editor goes away mid-pause.
      if (changeTimer.current !== null) report(true);
      editorView.destroy();
      view.current = null;
    };
    // The doc is read at mount only: remount the editor to open another draft.
  }, []);

  // The host's switch wins over the document's attribute; not an undoable edit. Runs after the
  // mount effect above, so the view exists on the first run.
  useEffect(() => {
    const editorView = view.current;
    if (!editorView || keepSourceNumbering === undefined) return;
    setKeepSourceNumbering(keepSourceNumbering)(editorView.state, (tr) => editorView.dispatch(tr.setMeta('addToHistory', false)));
  }, [keepSourceNumbering]);

  const run = useCallback((command: Command) => {
    const editorView = view.current;
    if (!editorView) return;
    asUndoStep(command)(editorView.state, editorView.dispatch, editorView);
    editorView.focus();
  }, []);

  useImperativeHandle(
    ref,
    (): EditorHandle => ({
      insertClause: (text, provenance, kind) => run(insertParagraphWithProvenance(text, provenance, kind)),
      insertQuote: (text, provenance) => run(insertQuotedText(text, provenance)),
      replaceParagraph: (text, provenance) => run(replaceParagraphText(text, provenance)),
      getDoc: () => {
        const current = view.current?.state.doc;
        if (!current) return doc;
        return current.toJSON() as DocNode;
      },
      select: (from, to) =>
        run((editorState, dispatch) => {
          const size = editorState.doc.content.size;
          const selection = TextSelection.create(editorState.doc, Math.min(from, size), Math.min(to, size));
          dispatch?.(editorState.tr.setSelection(selection).scrollIntoView());
          return true;
        }),
      focus: () => view.current?.focus(),
    }),
    [run, doc],
  );

  if (error) {
    return (
      <div className="cn-editor cn-editor--error" role="alert">
        <p>{error}</p>
      </div>
    );
  }
  return (
    <div className="cn-editor">
      {state && <Toolbar state={state} run={run} />}
      {state && findOpen && (
        <FindBar
          state={state}
          run={(command) => {
            const editorView = view.current;
            if (editorView) command(editorView.state, editorView.dispatch, editorView);
          }}
          onClose={() => {
            setFindOpen(false);
            view.current?.focus();
          }}
        />
      )}
      <div className="cn-desk">
        <div className="cn-sheet" ref={mount} />
      </div>
    </div>
  );
}
