import { useEffect, useState } from 'react';
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { watchEditorState } from './state-listeners';

/** The editor's state for a panel beside it, refreshed once changes pause for `pauseMs`. */
export function useEditorState(view: EditorView | null, pauseMs = 200): EditorState | null {
  const [state, setState] = useState<EditorState | null>(view?.state ?? null);
  useEffect(() => {
    if (!view) return;
    setState(view.state);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchEditorState(view, (next) => {
      clearTimeout(timer);
      timer = setTimeout(() => setState(next), pauseMs);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [view, pauseMs]);
  return state;
}
