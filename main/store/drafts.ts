/**
 * Drafts on disk, inside the workspace: `.concord` files written atomically (the previous file
 * kept as `.bak`), and recovery copies written by autosave into `.recovery/` until the next
 * real save. A draft on disk is always either the old or the new version, never a mix.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api';
import { DraftFileError, parseDraftFile, recoveryOf, serializeDraft } from '../../shared/draft-file';
import type { DraftSummary, Recovery, RecoveryList } from '../../shared/api';
import type { Draft } from '../../shared/model';
import { writeFileAtomic } from './atomic';
import { withFsErrors } from './fs-errors';
import { assertNoEscapingLink, resolveInWorkspace } from './workspace-path';

export const DRAFT_EXTENSION = '.concord';
const RECOVERY_DIR = '.recovery';
/** Longest percent-encoded recovery name kept readable; longer ones are hashed (disks allow 255 bytes). */
const MAX_ENCODED_NAME = 200;

/**
 * The recovery copy's file name: the draft path percent-encoded, or a hash of it when that would
 * not fit the disk (a title in Chinese, Russian or Arabic triples or more in encoding). The copy
 * itself names its draft (`recoveryOf`), so a hashed name loses nothing.
 */
function recoveryName(rel: string): string {
  const encoded = encodeURIComponent(rel);
  return encoded.length <= MAX_ENCODED_NAME ? encoded : `~${createHash('sha256').update(rel).digest('hex').slice(0, 40)}.concord`;
}

function decodeName(name: string): string | undefined {
  try {
    return decodeURIComponent(name);
  } catch {
    return undefined;
  }
}

/** Opens the drafts of one workspace folder. */
export function openDrafts(workspace: string) {
  const root = path.resolve(workspace);
  const file = (rel: string) => resolveInWorkspace(root, rel, DRAFT_EXTENSION);
  const recoveryFile = (rel: string) => path.join(root, RECOVERY_DIR, recoveryName(rel.replace(/\\/g, '/')));
  /** The draft file for a write, after checking no planted link leads the write outside. */
  const writable = async (rel: string) => {
    const full = file(rel);
    await withFsErrors(rel, async () => {
      await assertNoEscapingLink(root, full, rel);
      await assertNoEscapingLink(root, recoveryFile(rel), rel);
    });
    return full;
  };
  async function read(full: string, rel: string): Promise<Draft> {
    let text: string;
    try {
      text = await fs.readFile(full, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ApiError('not-found', `There is no ${full.endsWith('.bak') ? 'backup of the ' : ''}draft "${rel}" in the workspace.`);
      throw new ApiError('internal', `The draft "${rel}" cannot be read: ${(error as Error).message}`);
    }
    try {
      return parseDraftFile(text, `"${rel}"`);
    } catch (error) {
      if (error instanceof DraftFileError) throw new ApiError('bad-request', error.message);
      throw error;
    }
  }

  /** The recovery copy in `full`, or null when it is missing or damaged (no recovery then). */
  async function readRecoveryFile(full: string, rel?: string): Promise<Recovery | null> {
    try {
      const [text, stat] = await Promise.all([fs.readFile(full, 'utf8'), fs.stat(full)]);
      const draft = parseDraftFile(text);
      const of = rel ?? recoveryOf(text) ?? decodeName(path.basename(full));
      return of === undefined ? null : { path: of, title: draft.title, savedAt: stat.mtime.toISOString(), draft };
    } catch {
      return null;
    }
  }
  const readRecovery = (rel: string) => readRecoveryFile(recoveryFile(rel), rel);

  return {
    root,

    /** Every draft in the workspace, most recently changed first. */
    async list(): Promise<DraftSummary[]> {
      await fs.mkdir(root, { recursive: true });
      const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
      const summaries: DraftSummary[] = [];
      for (const entry of entries) {
        if (!entry.isFile() || !entry.name.toLowerCase().endsWith(DRAFT_EXTENSION)) continue;
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

    /** A draft, with its recovery copy when autosave holds newer work than the file; or its `.bak` copy. */
    async open(rel: string, opts: { backup?: boolean } = {}): Promise<{ draft: Draft; recovery: Recovery | null }> {
      if (opts.backup) return { draft: await read(`${file(rel)}.bak`, `${rel}.bak`), recovery: null };
      const draft = await read(file(rel), rel);
      const recovery = await readRecovery(rel);
      const newer = recovery && recovery.draft.updatedAt > draft.updatedAt ? recovery : null;
      return { draft, recovery: newer };
    },

    /** Saves atomically. `create` refuses to replace an existing file (for "Save as" and new drafts), even in a race. */
    async save(rel: string, draft: Draft, mode: 'overwrite' | 'create'): Promise<{ path: string; updatedAt: string }> {
      const full = await writable(rel);
      await withFsErrors(rel, async () => {
        try {
          await writeFileAtomic(full, serializeDraft(draft), { exclusive: mode === 'create' });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ApiError('conflict', `A draft named "${rel}" already exists; choose another name.`);
          throw error;
        }
        await fs.rm(recoveryFile(rel), { force: true });
      });
      return { path: rel, updatedAt: draft.updatedAt };
    },

    /** Writes the recovery copy; the draft file itself is untouched until the user saves. */
    async autosave(rel: string, draft: Draft): Promise<{ savedAt: string }> {
      await writable(rel);
      await withFsErrors(rel, () => writeFileAtomic(recoveryFile(rel), serializeDraft(draft, rel), { keepBackup: false }));
      return { savedAt: new Date().toISOString() };
    },

    /**
     * Recovery copies holding work newer than their draft (offered after a crash); stray or
     * damaged files are skipped and reported in `warnings`, in words the user is shown.
     */
    async recoveries(): Promise<RecoveryList> {
      const dir = path.join(root, RECOVERY_DIR);
      const names = await fs.readdir(dir).catch(() => [] as string[]);
      const found: RecoveryList['recoveries'] = [];
      const warnings: string[] = [];
      for (const name of names) {
        if (name.startsWith('.')) continue; // temp files of an interrupted write
        const recovery = await readRecoveryFile(path.join(dir, name));
        let full: string | undefined;
        try {
          if (recovery) full = file(recovery.path);
        } catch {
          /* a name no draft can have */
        }
        if (!recovery || !full) {
          warnings.push(`${path.join(RECOVERY_DIR, name)} is not a recovery copy Concord can read; it was left alone.`);
          continue;
        }
        const saved = await read(full, recovery.path).catch(() => null);
        if (!saved || recovery.draft.updatedAt > saved.updatedAt) found.push({ path: recovery.path, title: recovery.title, savedAt: recovery.savedAt });
      }
      for (const warning of warnings) console.warn(`concord: ${warning}`);
      return { recoveries: found, warnings };
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
