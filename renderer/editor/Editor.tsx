/**
 * The drafting editor: one React component owning one ProseMirror EditorView, with the toolbar
 * and the find bar around it. React renders the chrome; the page inside is ProseMirror's alone.
 *
 * The `doc` prop is read when the editor mounts; to open another draft, remount it (give it a
 * new React `key`). The app hears from the editor through one plugin (plugins/bridge.ts): a
 * snapshot at mount and whenever typing pauses; `flush()` sends the pending one at once.
 *
 *   const editor = useRef<EditorHandle>(null);
 *   <Editor key={draft.id} ref={editor} doc={draft.doc} onSnapshot={(s) => ...} />
 *   <ChecksPanel warnings={snapshot.warnings} onPick={(w) => editor.current?.select(w.from, w.to)} />
 *   editor.current?.insertClause(clause.text, provenance)
 */
import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import { flushSync } from 'react-dom';
import { EditorView } from 'prosemirror-view';
import { Selection, TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { DocNode, Provenance } from '../../shared/model';
import type { TextblockKind } from './schema';
import { createDraftState } from './state';
import { docFromJSON } from './convert';
import { insertParagraphWithProvenance, insertQuotedText, replaceParagraphText } from './commands';
import { bridge, flushBridge, type EditorSnapshot } from './plugins/bridge';
import { warmDocJson } from './doc-json';
import { Toolbar, toolbarLook } from './Toolbar';
import { FindBar } from './FindBar';
import { asUndoStep, separateFromCommand } from './plugins/undo-steps';
import { mayWait, typedInOneBlock } from './plugins/typing-pause';
import type { CollabBinding } from '../collab/plugins';
import { asSuggestion, setReviewAuthor, withCause } from './review/suggesting';
import type { Author } from '../../shared/settings/schemas';
import './editor.css';

/** What the host can ask of a mounted editor. */
export interface EditorHandle {
  /** Inserts a clause as a new paragraph after the cursor, with its provenance. */
  insertClause(text: string, provenance: Provenance | null, kind?: TextblockKind): void;
  /** Inserts a sentence of agreed language at the cursor, marked with its source. */
  insertQuote(text: string, provenance: Provenance): void;
  /** Replaces the paragraph at the cursor with another text (a library variant). */
  replaceParagraph(text: string, provenance: Provenance | null): void;
  /** Runs a command on the editor (a panel's action); false when it does not apply. */
  run(command: Command): boolean;
  /** Sends the pending snapshot now, so the host holds every change typed so far. */
  flush(): void;
  /** Selects a range (a warning picked in the checks panel) and scrolls to it. */
  select(from: number, to: number): void;
  focus(): void;
}

/** Props of the editor. */
export interface EditorProps {
  /** The draft's document as JSON; read once, at mount. */
  doc: DocNode;
  /** What the app hears from the editor: at mount, once typing pauses, and on flush. */
  onSnapshot?: (snapshot: EditorSnapshot) => void;
  /** Put the cursor in the page when it opens: in the last block when that is empty (a blank draft), else at the start. */
  autoFocus?: boolean;
  /** A shared draft: the document comes from, and goes to, its Yjs twin (read at mount). */
  collab?: CollabBinding;
  /** Who is writing: the author of suggestions made in Suggesting mode. */
  author?: Author | null;
  /** Ctrl+Alt+M: the user asks to comment the selected words. */
  onCommentRequest?: () => void;
  /** Which view of the suggestions the host shows: the editor with marks, or (editor hidden, still mounted) the text all accepted or all rejected. */
  reviewView?: 'marks' | 'accepted' | 'rejected';
  ref?: Ref<EditorHandle>;
}

/** Reads the doc prop, or explains why it cannot be opened. */
function initialState(json: DocNode, keys: Record<string, Command>, onSnapshot: (snapshot: EditorSnapshot) => void, collab?: CollabBinding): { state: EditorState } | { error: string } {
  try {
    return { state: createDraftState(docFromJSON(json), keys, [bridge(onSnapshot)], collab) };
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
  const { doc, ref } = props;
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The callback changes identity on every host render; the bridge calls the latest one.
  const onSnapshot = useRef(props.onSnapshot);
  onSnapshot.current = props.onSnapshot;
  const onCommentRequest = useRef(props.onCommentRequest);
  onCommentRequest.current = props.onCommentRequest;
  const [state, setState] = useState<EditorState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  // Read by the view's dispatch, which outlives renders: the find bar follows every state.
  const findOpenRef = useRef(false);
  findOpenRef.current = findOpen;
  const shownLook = useRef('');
  // The frame before which the toolbar is looked at again, while typing (see dispatchTransaction).
  const lookFrame = useRef(0);

  useEffect(() => {
    const host = mount.current;
    if (!host) return;
    const keys: Record<string, Command> = {
      'Mod-f': () => {
        setFindOpen(true);
        if (view.current) setState(view.current.state);
        return true;
      },
      'Mod-Alt-m': (editorState) => {
        if (editorState.selection.empty || !onCommentRequest.current) return false;
        onCommentRequest.current();
        return true;
      },
    };
    const opened = initialState(doc, keys, (snapshot) => onSnapshot.current?.(snapshot), props.collab);
    if ('error' in opened) {
      setError(opened.error);
      return;
    }
    // React renders the chrome only when it shows something new (see toolbarLook).
    const showLook = (next: EditorState) => {
      cancelAnimationFrame(lookFrame.current);
      lookFrame.current = 0;
      const look = toolbarLook(next);
      if (look !== shownLook.current || findOpenRef.current) {
        shownLook.current = look;
        setState(next);
      }
    };
    const editorView = new EditorView(host, {
      state: opened.state,
      attributes: { class: 'cn-page', spellcheck: 'true', lang: 'en', 'aria-label': 'Draft declaration', role: 'textbox', 'aria-multiline': 'true' },
      // `this` is the view: a shared draft's sync plugin dispatches while the view is being built.
      dispatchTransaction(this: EditorView, tr: Transaction) {
        const before = this.state;
        const next = before.apply(mayWait(separateFromCommand(before, asSuggestion(before, tr))));
        this.updateState(next);
        // Asking every toolbar command "could you?" costs about a tenth of a millisecond, on each
        // key. While typing in one paragraph (without the find bar, which follows every state) the
        // toolbar is looked at once a frame instead, just before the frame is drawn.
        if (!typedInOneBlock(next) || findOpenRef.current) showLook(next);
        else if (!lookFrame.current) {
          lookFrame.current = requestAnimationFrame(() => {
            lookFrame.current = 0;
            const latest = view.current?.state;
            if (latest) flushSync(() => showLook(latest));
          });
        }
      },
    });
    view.current = editorView;
    if (props.autoFocus) focusOnOpen(editorView);
    shownLook.current = toolbarLook(editorView.state);
    setState(editorView.state);
    // Benchmarks, tests and devtools reach the view when asked to (localStorage.concordDebug = "1").
    if (localStorage.getItem('concordDebug') === '1') (window as unknown as { concordView?: EditorView }).concordView = editorView;
    let closed = false;
    void warmDocJson(editorView.state.doc, doc, () => closed);
    return () => {
      cancelAnimationFrame(lookFrame.current);
      closed = true;
      editorView.destroy();
      view.current = null;
    };
    // The doc is read at mount only: remount the editor to open another draft.
  }, []);

  // The author comes from settings and may change while the draft is open.
  const author = props.author ?? null;
  useEffect(() => {
    const editorView = view.current;
    if (editorView && author) setReviewAuthor(author)(editorView.state, editorView.dispatch);
  }, [author]);

  const run = useCallback((command: Command) => {
    const editorView = view.current;
    if (!editorView) return false;
    const done = asUndoStep(command)(editorView.state, editorView.dispatch, editorView);
    editorView.focus();
    return done;
  }, []);

  useImperativeHandle(
    ref,
    (): EditorHandle => ({
      insertClause: (text, provenance, kind) => void run(withCause('library-insert', insertParagraphWithProvenance(text, provenance, kind))),
      insertQuote: (text, provenance) => void run(withCause('library-insert', insertQuotedText(text, provenance))),
      replaceParagraph: (text, provenance) => void run(replaceParagraphText(text, provenance)),
      run,
      flush: () => {
        if (view.current) flushBridge(view.current);
      },
      select: (from, to) =>
        void run((editorState, dispatch) => {
          const size = editorState.doc.content.size;
          const selection = TextSelection.create(editorState.doc, Math.min(from, size), Math.min(to, size));
          dispatch?.(editorState.tr.setSelection(selection).scrollIntoView());
          return true;
        }),
      focus: () => view.current?.focus(),
    }),
    [run],
  );

  if (error) {
    return (
      <div className="cn-editor cn-editor--error" role="alert">
        <p>{error}</p>
      </div>
    );
  }
  return (
    <div className={`cn-editor cn-view-${props.reviewView ?? 'marks'}`}>
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
