/**
 * "Open file…" as the user sees it: the open runs in the background (the open draft stays
 * editable), its progress shows in the status bar, Cancel stops it. One open at a time: a new
 * one cancels the one before.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReadResponse } from '../../shared/api';
import { cancelOpen, openInPieces, type OpenedFile, type OpenProgress, type OpenRun } from './openFile';

/** The open in flight, named by its file; null when none. */
export type OpeningState = (OpenProgress & { name: string; cancelling: boolean }) | null;

export function useOpenFile(onOpened: (read: ReadResponse) => void, onFailed: (error: unknown) => void) {
  const [state, setState] = useState<OpeningState>(null);
  const current = useRef<OpenRun | null>(null);
  const callbacks = useRef({ onOpened, onFailed });
  callbacks.current = { onOpened, onFailed };
  useEffect(() => () => void (current.current && cancelOpen(current.current)), []);

  const open = useCallback(async (file: OpenedFile) => {
    if (current.current) cancelOpen(current.current);
    const run: OpenRun = { cancelled: false };
    current.current = run;
    const mine = () => current.current === run;
    const show = (p: OpenProgress) => mine() && setState({ ...p, name: file.name, cancelling: run.cancelled });
    show({ stage: 'sending', done: 0, total: file.size });
    try {
      const read = await openInPieces(file, run, show);
      if (read && mine()) callbacks.current.onOpened(read);
    } catch (error) {
      if (mine()) callbacks.current.onFailed(error);
    } finally {
      if (mine()) {
        current.current = null;
        setState(null);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    if (!current.current) return;
    cancelOpen(current.current);
    setState((old) => (old ? { ...old, cancelling: true } : old));
  }, []);

  return { opening: state, open, cancel };
}
