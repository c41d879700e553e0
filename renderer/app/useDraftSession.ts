import type { DraftSharing } from '../../shared/collab/schemas';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocNode, Draft, Version } from '../../shared/model';
import { sameJson } from '../../shared/same-json';
import { call, EncodedRequest } from '../api';
import { draftRequestBytes } from './draft-bytes';
import { docAsDeclaration, freeDraftPath, pathForTitle, titleLine } from './drafts';

/** How often the recovery copy is written while there are unsaved changes, and after how much idle time. */
const AUTOSAVE_EVERY_MS = 5_000;
const AUTOSAVE_IDLE_MS = 1_500;

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'autosaved' | 'error';

export interface DraftSession {
  path: string;
  draft: Draft;
  saveState: SaveState;
  message: string | null;
  /** The editor reports every change here. */
  update(doc: DocNode): void;
  /** Pulls what the editor has not reported yet; returns the draft as it now stands. */
  flush(): Draft;
  save(): Promise<boolean>;
  saveAs(path: string): Promise<boolean>;
  addVersion(name: string): void;
  restoreVersion(version: Version): void;
  /** Marks the draft as shared live on a server (kept in its file at the next save). */
  setSharing(sharing: DraftSharing): void;
  /** Bumped when the document is replaced from outside the editor (restore), so it reloads. */
  revision: number;
  /** Whether there are changes not yet saved to the file (read at the moment of asking). */
  isDirty(): boolean;
  /** Drops the recovery copy: the user chose not to keep the unsaved changes. */
  discard(): Promise<void>;
  /** Writes the recovery copy now if there are unsaved changes it does not hold yet. */
  keepRecovery(): Promise<void>;
  /** Gives the draft a name of its own (its title line no longer names it), file included, and saves. */
  rename(name: string): Promise<boolean>;
}

const now = () => new Date().toISOString();

/**
 * Owns one open draft: the latest document from the editor, saving (atomic, on the main side),
 * the recovery copy written on a timer and after idle, and named versions. Nothing typed is lost:
 * a failed save keeps the changes in memory and says why.
 */
export function useDraftSession(initial: { path: string; draft: Draft; dirty?: boolean; flushEditor?: () => void }): DraftSession {
  const [path, setPath] = useState(initial.path);
  const [draft, setDraft] = useState(initial.draft);
  const [saveState, setSaveState] = useState<SaveState>(initial.dirty ? 'unsaved' : 'saved');
  const [message, setMessage] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  // What timers and saves read: always the newest state, without waiting for a render.
  const latest = useRef({ path: initial.path, draft: initial.draft, dirty: !!initial.dirty, autosaved: !initial.dirty });
  const flushEditor = useRef(initial.flushEditor);
  flushEditor.current = initial.flushEditor;
  // The editor answers a flush synchronously, through update().
  const flush = useCallback(() => {
    flushEditor.current?.();
    return latest.current.draft;
  }, []);

  const autosave = useCallback(async () => {
    const l = latest.current;
    if (!l.dirty || l.autosaved) return;
    l.autosaved = true;
    try {
      await call('drafts.autosave', new EncodedRequest(await draftRequestBytes({ path: l.path }, l.draft)));
      if (latest.current.dirty) setSaveState('autosaved');
    } catch (error) {
      l.autosaved = false;
      setMessage(`Recovery copy not written: ${(error as Error).message}`);
    }
  }, []);

  useEffect(() => {
    const timer = setInterval(() => void autosave(), AUTOSAVE_EVERY_MS);
    return () => clearInterval(timer);
  }, [autosave]);

  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const change = useCallback(
    (next: (d: Draft) => Draft) => {
      const updated = { ...next(latest.current.draft), updatedAt: now() };
      latest.current.draft = updated;
      setDraft(updated);
      latest.current.dirty = true;
      latest.current.autosaved = false;
      setSaveState('unsaved');
      clearTimeout(idle.current);
      idle.current = setTimeout(() => void autosave(), AUTOSAVE_IDLE_MS);
    },
    [autosave],
  );

  // Closing the window with unsaved changes asks first (the recovery copy is the safety net).
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (latest.current.dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const write = useCallback(async (target: string, mode: 'overwrite' | 'create') => {
    const snapshot = flush();
    setSaveState('saving');
    try {
      const declaration = docAsDeclaration(snapshot.doc, snapshot.title, snapshot.id);
      await call('drafts.save', new EncodedRequest(await draftRequestBytes({ path: target, mode }, { ...snapshot, declaration })));
      if (latest.current.draft === snapshot) {
        latest.current.dirty = false;
        setSaveState('saved');
      } else setSaveState('unsaved');
      setMessage(null);
      return true;
    } catch (error) {
      setSaveState('error');
      setMessage(`Not saved: ${(error as Error).message}`);
      return false;
    }
  }, [flush]);

  /** Gives the draft's file the name `target` (its title changed, or the user renamed it). */
  const move = useCallback(async (target: string) => {
    try {
      await call('drafts.rename', { path: latest.current.path, to: target });
      latest.current.path = target;
      setPath(target);
      return true;
    } catch (error) {
      setSaveState('error');
      setMessage(`Not renamed: ${(error as Error).message}`);
      return false;
    }
  }, []);

  return {
    path,
    draft,
    saveState,
    message,
    revision,
    update(doc) {
      // The editor may report a document equal to the one it was given (normalisation on load).
      // Until the user renames it, the draft is named by its title line.
      if (!sameJson(doc, latest.current.draft.doc)) change((d) => ({ ...d, doc, title: d.named ? d.title : (titleLine(doc) ?? d.title) }));
    },
    flush,
    async save() {
      const current = flush();
      const at = latest.current.path;
      const target = current.named ? at : await pathForTitle(current.title, at).catch(() => at);
      if (target !== at && !(await move(target))) return false;
      return write(target, 'overwrite');
    },
    async rename(name) {
      flush();
      change((d) => ({ ...d, title: name, named: true }));
      const target = await freeDraftPath(name, latest.current.path);
      if (target !== latest.current.path && !(await move(target))) return false;
      return write(target, 'overwrite');
    },
    async saveAs(target) {
      const ok = await write(target, 'create');
      if (ok) {
        latest.current.path = target;
        setPath(target);
      }
      return ok;
    },
    addVersion: (name) => {
      flush();
      change((d) => ({ ...d, versions: [...d.versions, { id: `v${Date.now().toString(36)}`, name, createdAt: now(), doc: d.doc }] }));
    },
    restoreVersion(version) {
      change((d) => ({ ...d, doc: version.doc }));
      setRevision((r) => r + 1);
    },
    setSharing: (sharing) => change((d) => ({ ...d, sharing })),
    isDirty: () => {
      flush();
      return latest.current.dirty;
    },
    keepRecovery: autosave,
    async discard() {
      latest.current.dirty = false;
      latest.current.autosaved = true;
      await call('drafts.discardRecovery', { path: latest.current.path });
    },
  };
}
