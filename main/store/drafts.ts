/**
 * Drafts on disk, inside the workspace: `.concord` files written atomically (the previous file
 * kept as `.bak`), and recovery copies written by autosave into `.recovery/` until the next
 * real save. A draft on disk is always either the old or the new version, never a mix.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api';
import { DraftFileError, parseDraftFile, serializeDraft } from '../../shared/draft-file';
import type { DraftSummary, Recovery } from '../../shared/api';
import type { Draft } from '../../shared/model';
import { writeFileAtomic } from './atomic';
import { resolveInWorkspace } from './workspace-path';

export const DRAFT_EXTENSION = '.concord';
const RECOVERY_DIR = '.recovery';

/** Opens the drafts of one workspace folder. */
export function openDrafts(workspace: string) {
  const root = path.resolve(workspace);
  const file = (rel: string) => resolveInWorkspace(root, rel, DRAFT_EXTENSION);
  const recoveryFile = (rel: string) => path.join(root, RECOVERY_DIR, `${encodeURIComponent(rel.replace(/\\/g, '/'))}`);

  async function read(full: string, rel: string): Promise<Draft> {
    let text: string;
    try {
      text = await fs.readFile(full, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ApiError('not-found', `There is no draft "${rel}" in the workspace.`);
      throw new ApiError('internal', `The draft "${rel}" cannot be read: ${(error as Error).message}`);
    }
    try {
      return parseDraftFile(text, `"${rel}"`);
    } catch (error) {
      if (error instanceof DraftFileError) throw new ApiError('bad-request', error.message);
      throw error;
    }
  }

  async function readRecovery(rel: string): Promise<Recovery | null> {
    const full = recoveryFile(rel);
    try {
      const [text, stat] = await Promise.all([fs.readFile(full, 'utf8'), fs.stat(full)]);
      const draft = parseDraftFile(text);
      return { path: rel, title: draft.title, savedAt: stat.mtime.toISOString(), draft };
    } catch {
      return null; // a missing or damaged recovery copy is no recovery
    }
  }

  return {
    root,

    /** Every draft in the workspace, most recently changed first. */
    async list(): Promise<DraftSummary[]> {
      await fs.mkdir(root, { recursive: true });
      const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
      const summaries: DraftSummary[] = [];
      for (const entry of entries) {
        if (!entry.isFile() || !entry.name.endsWith(DRAFT_EXTENSION)) continue;
        const rel = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
        if (rel.split('/').some((part) => part.startsWith('.'))) continue;
        try {
          const draft = await read(path.join(root, rel), rel);
          summaries.push({ path: rel, title: draft.title, updatedAt: draft.updatedAt, versions: draft.versions.length, basedOn: draft.basedOn?.title });
        } catch {
          summaries.push({ path: rel, title: `${entry.name} (cannot be read)`, updatedAt: '', versions: 0 });
        }
      }
      return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },

    /** A draft, with its recovery copy when autosave holds newer work than the file. */
    async open(rel: string): Promise<{ draft: Draft; recovery: Recovery | null }> {
      const draft = await read(file(rel), rel);
      const recovery = await readRecovery(rel);
      const newer = recovery && recovery.draft.updatedAt > draft.updatedAt ? recovery : null;
      return { draft, recovery: newer };
    },

    /** Saves atomically. `create` refuses to replace an existing file (for "Save as" and new drafts). */
    async save(rel: string, draft: Draft, mode: 'overwrite' | 'create'): Promise<{ path: string; updatedAt: string }> {
      const full = file(rel);
      if (mode === 'create') {
        const exists = await fs.stat(full).then(
          () => true,
          () => false,
        );
        if (exists) throw new ApiError('conflict', `A draft named "${rel}" already exists; choose another name.`);
      }
      await writeFileAtomic(full, serializeDraft(draft));
      await fs.rm(recoveryFile(rel), { force: true });
      return { path: rel, updatedAt: draft.updatedAt };
    },

    /** Writes the recovery copy; the draft file itself is untouched until the user saves. */
    async autosave(rel: string, draft: Draft): Promise<{ savedAt: string }> {
      file(rel); // validates the path
      await writeFileAtomic(recoveryFile(rel), serializeDraft(draft), { keepBackup: false });
      return { savedAt: new Date().toISOString() };
    },

    /** Recovery copies holding work newer than their draft (offered after a crash). */
    async recoveries(): Promise<Omit<Recovery, 'draft'>[]> {
      const dir = path.join(root, RECOVERY_DIR);
      const names = await fs.readdir(dir).catch(() => [] as string[]);
      const found: Omit<Recovery, 'draft'>[] = [];
      for (const name of names) {
        if (name.startsWith('.')) continue; // temp files of an interrupted write
        const rel = decodeURIComponent(name);
        const recovery = await readRecovery(rel);
        if (!recovery) continue;
        const saved = await read(file(rel), rel).catch(() => null);
        if (!saved || recovery.draft.updatedAt > saved.updatedAt) found.push({ path: rel, title: recovery.title, savedAt: recovery.savedAt });
      }
      return found;
    },

    /**
     * Gives a draft another file name, with its recovery copy and backup. Refuses a name that is
     * taken; the draft's contents are untouched (the app saves them under the new name next).
     */
    async rename(from: string, to: string): Promise<{ path: string }> {
      const source = file(from);
      const target = file(to);
      if (source === target) return { path: to };
      const taken = await fs.stat(target).then(
        () => true,
        () => false,
      );
      // On a case-insensitive disk a change of case alone finds the draft itself there.
      if (taken && source.toLowerCase() !== target.toLowerCase()) throw new ApiError('conflict', `A draft named "${to}" already exists; choose another name.`);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.rename(source, target).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') throw new ApiError('not-found', `There is no draft "${from}" in the workspace.`);
        throw error;
      });
      const moveIfThere = (a: string, b: string) => fs.rename(a, b).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
      await moveIfThere(recoveryFile(from), recoveryFile(to));
      await moveIfThere(`${source}.bak`, `${target}.bak`);
      return { path: to };
    },

    async discardRecovery(rel: string): Promise<void> {
      file(rel);
      await fs.rm(recoveryFile(rel), { force: true });
    },
  };
}

export type DraftStore = ReturnType<typeof openDrafts>;
